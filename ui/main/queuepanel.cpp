#include "main/queuepanel.h"

#include "leads/leadtablemodel.h"

#include <QLocale>

namespace lb {

namespace {
constexpr int stageRole = Qt::UserRole + 1;
const QList<Stage> queueOrder = {Stage::New,     Stage::MQL,          Stage::SAL,      Stage::SQL,
                                 Stage::Nurture, Stage::Disqualified, Stage::Converted};
} // namespace

QueuePanel::QueuePanel(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("queuePanel"));
    setAccessibleName(tr("Queues"));
    setUniformItemSizes(true);
    auto* all = new QListWidgetItem(this);
    all->setData(stageRole, -1);
    for (Stage stage : queueOrder) {
        auto* item = new QListWidgetItem(this);
        item->setData(stageRole, int(stage));
    }
    relabel();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this,
            [this] { Q_EMIT queueChosen(currentStage()); });
    setMinimumWidth(170);
}

void QueuePanel::setCounts(const QMap<Stage, qint64>& counts)
{
    m_counts = counts;
    relabel();
}

std::optional<Stage> QueuePanel::currentStage() const
{
    const QListWidgetItem* item = currentItem();
    if (!item || item->data(stageRole).toInt() < 0)
        return std::nullopt;
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
        const QString name = stage < 0 ? tr("All leads") : LeadTableModel::stageLabel(Stage(stage));
        const qint64 n = stage < 0 ? total : m_counts.value(Stage(stage));
        entry->setText(QStringLiteral("%1  (%2)").arg(name, locale.toString(n)));
    }
}

} // namespace lb
