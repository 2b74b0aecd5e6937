#include "crm/committeewidget.h"

#include "crm/committee.h"
#include "leads/leadtablemodel.h"
#include "main/retranslate.h"
#include "model/stage.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb {

namespace {

constexpr int listLimit = 300;
constexpr int KindRole = Qt::UserRole + 1; // "lead" or "contact"
constexpr int IdRole = Qt::UserRole + 2;   // the lead's id, or the contact's account id

QString personName(const QString& first, const QString& last, const QString& email)
{
    const QString name = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? email : name;
}

QString link(const QString& target, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(target, text.toHtmlEscaped());
}

// A lead stage as the lead table names it (translated); the stored name if unknown.
QString leadStageText(const QString& name)
{
    const std::optional<Stage> stage = stageFromName(name);
    return stage ? LeadTableModel::stageLabel(*stage) : name;
}

} // namespace

CommitteeWidget::CommitteeWidget(QWidget* parent)
    : QWidget(parent), m_links(new QLabel(this)), m_people(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("committeeWidget"));
    m_links->setObjectName(QStringLiteral("convertedLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_links, &QLabel::linkActivated, this, &CommitteeWidget::followLink);
    m_people->setObjectName(QStringLiteral("committeeTable"));
    retranslate(m_people, [this] {
        m_people->setHorizontalHeaderLabels(
            //: Columns of the buying committee: the people at the lead's company
            {tr("Name"), tr("Title"), tr("Stage"), tr("Owner"), tr("Company")});
    });
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->verticalHeader()->hide();
    m_people->setWordWrap(false);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->installEventFilter(this);
    connect(m_people, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { activate(row); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_links);
    layout->addWidget(m_people, 1);
}

void CommitteeWidget::showLead(Workspace& workspace, const Lead& lead)
{
    m_people->setRowCount(0);
    CrmStore& crm = workspace.crm();
    if (lead.converted) {
        QStringList parts;
        if (const auto account = crm.account(lead.converted->accountId))
            //: Link in the Committee tab to the account a converted lead became
            parts << tr("Account: %1")
                         .arg(link(QStringLiteral("account:%1").arg(account->id), account->name));
        if (const auto contact = crm.contact(lead.converted->contactId))
            //: Link in the Committee tab to the contact a converted lead became
            parts << tr("Contact: %1")
                         .arg(link(
                             QStringLiteral("account:%1").arg(contact->accountId),
                             personName(contact->firstName, contact->lastName, contact->email)));
        if (lead.converted->opportunityId)
            if (const auto deal = crm.opportunity(*lead.converted->opportunityId))
                //: Link in the Committee tab to the opportunity (deal) of a converted lead
                parts << tr("Opportunity: %1")
                             .arg(link(QStringLiteral("opportunity:%1").arg(deal->id), deal->name));
        m_links->setText(tr("Converted into") + QStringLiteral(" ") +
                         parts.join(QStringLiteral(" · ")));
    } else {
        m_links->setText(tr("Other people at this company; double-click one to open it."));
    }

    const CommitteeKey key = committeeOfLead(lead);
    const QList<CommitteeLead> leads = workspace.crmLists().committeeLeads(key, listLimit);
    const QList<Contact> contacts = workspace.crmLists().committeeContacts(key, listLimit);
    m_people->setRowCount(int(leads.size() + contacts.size()));
    int row = 0;
    auto put = [&](const QString& kind, qint64 id, const QStringList& cells) {
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(KindRole, kind);
            item->setData(IdRole, id);
            m_people->setItem(row, column, item);
        }
        ++row;
    };
    for (const CommitteeLead& l : leads)
        put(QStringLiteral("lead"), l.id,
            {personName(l.firstName, l.lastName, l.email), l.title, leadStageText(l.stage), l.owner,
             l.company});
    for (const Contact& c : contacts) {
        const auto account = crm.account(c.accountId);
        //: Stage column of a contact (a person at a customer account, not a lead)
        put(QStringLiteral("contact"), c.accountId,
            {personName(c.firstName, c.lastName, c.email), c.title, tr("Contact"), QString(),
             account ? account->name : QString()});
    }
    m_people->resizeColumnsToContents();
}

bool CommitteeWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_people && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_people->currentRow() >= 0) {
            activate(m_people->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CommitteeWidget::activate(int row)
{
    const QTableWidgetItem* item = m_people->item(row, 0);
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (item->data(KindRole).toString() == QLatin1String("lead"))
        Q_EMIT leadRequested(id);
    else
        Q_EMIT accountRequested(id);
}

void CommitteeWidget::followLink(const QString& target)
{
    const qint64 id = target.section(QLatin1Char(':'), 1).toLongLong();
    if (target.startsWith(QLatin1String("account:")))
        Q_EMIT accountRequested(id);
    else if (target.startsWith(QLatin1String("opportunity:")))
        Q_EMIT opportunityRequested(id);
}

} // namespace lb
