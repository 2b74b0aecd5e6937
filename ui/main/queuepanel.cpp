#include "main/queuepanel.h"

#include "leads/leadtablemodel.h"
#include "main/retranslate.h"

#include <QLabel>
#include <QLocale>
#include <QResizeEvent>

namespace lb {

namespace {
constexpr int stageRole = Qt::UserRole + 1;
constexpr int allLeads = -1;
constexpr int myLeads = -2;
constexpr int overdueLeads = -3;
const QList<Stage> queueOrder = {Stage::New,     Stage::MQL,          Stage::SAL,      Stage::SQL,
                                 Stage::Nurture, Stage::Disqualified, Stage::Converted};
} // namespace

QueuePanel::QueuePanel(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("queuePanel"));
    setUniformItemSizes(true);
    auto* mine = new QListWidgetItem(this);
    mine->setData(stageRole, myLeads);
    auto* all = new QListWidgetItem(this);
    all->setData(stageRole, allLeads);
    for (Stage stage : queueOrder) {
        auto* item = new QListWidgetItem(this);
        item->setData(stageRole, int(stage));
        if (stage == Stage::MQL) { // the MQLs that waited too long, right below them
            auto* overdue = new QListWidgetItem(this);
            overdue->setData(stageRole, overdueLeads);
        }
    }
    // Below the queues, inside the panel's frame: the list keeps its room above it.
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("queueCountsNote"));
    m_note->setWordWrap(true);
    m_note->setMargin(4);
    m_note->hide();
    retranslate(this, [this] {
        setAccessibleName(tr("Queues"));
        //: Under the queue list while a search or filter is active: the numbers in brackets are
        //: of the whole queues, not of what the table shows
        m_note->setText(tr("Counts are of whole queues, without the search and filters."));
        m_note->setToolTip(tr("The table shows the leads that match; the status bar counts them."));
        relabel(); // names, counts as the locale writes them, and the width they need
        placeNote();
    });
    setCurrentRow(1); // All leads
    connect(this, &QListWidget::currentRowChanged, this,
            [this] { Q_EMIT queueChosen(currentStage()); });
}

void QueuePanel::setCounts(const QMap<Stage, qint64>& counts, qint64 myLeadCount)
{
    m_counts = counts;
    m_myLeads = myLeadCount;
    m_countsKnown = true;
    relabel();
}

void QueuePanel::forgetCounts()
{
    m_countsKnown = false;
    relabel();
}

void QueuePanel::setOverdueCount(qint64 overdue)
{
    m_overdue = overdue;
    relabel();
}

bool QueuePanel::overdueChosen() const
{
    const QListWidgetItem* item = currentItem();
    return item && item->data(stageRole).toInt() == overdueLeads;
}

bool QueuePanel::myLeadsChosen() const
{
    const QListWidgetItem* item = currentItem();
    return item && item->data(stageRole).toInt() == myLeads;
}

QString QueuePanel::currentQueueName() const
{
    const QListWidgetItem* item = currentItem();
    if (!item)
        return {};
    switch (const int stage = item->data(stageRole).toInt()) {
    case allLeads:
        return {};
    case myLeads:
        return tr("My leads");
    case overdueLeads:
        return tr("Overdue");
    default:
        return queueName(Stage(stage));
    }
}

void QueuePanel::setFiltersActive(bool active)
{
    if (active == m_filtersActive)
        return;
    m_filtersActive = active;
    m_note->setVisible(active);
    placeNote();
    relabel();
}

void QueuePanel::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    placeNote();
}

void QueuePanel::placeNote()
{
    const int width = viewport()->width();
    const int height = m_filtersActive ? m_note->heightForWidth(width) : 0;
    setViewportMargins(0, 0, 0, height);
    const QRect area = contentsRect();
    m_note->setGeometry(area.left(), area.bottom() + 1 - height, area.width(), height);
}

std::optional<Stage> QueuePanel::currentStage() const
{
    const QListWidgetItem* item = currentItem();
    if (item && item->data(stageRole).toInt() == overdueLeads)
        return Stage::MQL;
    if (!item || item->data(stageRole).toInt() < 0)
        return std::nullopt; // all leads, or my leads in any stage
    return Stage(item->data(stageRole).toInt());
}

void QueuePanel::relabel()
{
    const QLocale locale;
    qint64 total = 0;
    for (qint64 count : m_counts)
        total += count;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* entry = item(row);
        const int stage = entry->data(stageRole).toInt();
        QString name;
        qint64 n = 0;
        if (stage == myLeads) {
            name = tr("My leads");
            n = m_myLeads;
        } else if (stage == overdueLeads) {
            //: Queue: MQLs not touched within the hours the settings allow
            name = tr("Overdue");
            n = m_overdue;
        } else if (stage == allLeads) {
            name = tr("All leads");
            n = total;
        } else {
            name = queueName(Stage(stage));
            n = m_counts.value(Stage(stage));
        }
        entry->setText(
            QStringLiteral("%1  (%2)")
                .arg(name, m_countsKnown ? locale.toString(n) : QStringLiteral("\u2026")));
        entry->setToolTip(
            m_filtersActive
                //: Tooltip of a queue while a search or filter is active; %n is its count
                ? tr("%n lead(s) in the whole queue; the search and filters are not counted.", "",
                     int(std::min<qint64>(n, INT_MAX)))
                : QString());
    }
    // Wide enough for the longest queue name in any language, with its count.
    setMinimumWidth(std::max(170, sizeHintForColumn(0) + 2 * frameWidth() + 8));
}

QString QueuePanel::queueName(Stage stage)
{
    switch (stage) {
    //: Queue of leads in stage New
    case Stage::New:
        return tr("New leads");
    //: Queue: marketing qualified leads waiting for an SDR to accept them
    case Stage::MQL:
        return tr("MQLs to accept");
    //: Queue: sales accepted leads being qualified
    case Stage::SAL:
        return tr("SAL in progress");
    //: Queue: sales qualified leads waiting to be converted
    case Stage::SQL:
        return tr("SQL ready to convert");
    default:
        return LeadTableModel::stageLabel(stage);
    }
}

} // namespace lb
