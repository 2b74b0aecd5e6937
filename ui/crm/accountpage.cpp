#include "crm/accountpage.h"

#include "crm/committee.h"
#include "crm/crmlistmodels.h"
#include "io/countrynames.h"
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

constexpr int listLimit = 500;
constexpr int IdRole = Qt::UserRole + 1;

QTableWidget* makeTable(QWidget* parent, const QString& name, int columns)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    // The name takes the room left (eliding when short of it); the others fit their contents.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    return table;
}

void setRow(QTableWidget* table, int row, qint64 id, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setData(IdRole, id);
        table->setItem(row, column, item);
    }
}

QString personName(const QString& first, const QString& last, const QString& email)
{
    const QString name = QStringList{first, last}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? email : name;
}

// A lead stage as the lead table names it (translated); the stored name if unknown.
QString leadStageText(const QString& name)
{
    const std::optional<Stage> stage = stageFromName(name);
    return stage ? LeadTableModel::stageLabel(*stage) : name;
}

} // namespace

AccountPage::AccountPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_details(new QLabel(this)),
      m_contacts(makeTable(this, QStringLiteral("accountContacts"), 4)),
      m_opportunities(makeTable(this, QStringLiteral("accountOpportunities"), 5)),
      m_committee(makeTable(this, QStringLiteral("accountCommittee"), 4))
{
    setObjectName(QStringLiteral("accountPage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    m_opportunitiesLabel = new QLabel(this);
    layout->addWidget(m_opportunitiesLabel);
    layout->addWidget(m_opportunities, 2);
    m_contactsLabel = new QLabel(this);
    layout->addWidget(m_contactsLabel);
    layout->addWidget(m_contacts, 1);
    m_committeeLabel = new QLabel(this);
    layout->addWidget(m_committeeLabel);
    layout->addWidget(m_committee, 2);
    for (QTableWidget* table : {m_opportunities, m_committee}) {
        table->installEventFilter(this);
        connect(table, &QTableWidget::cellDoubleClicked, this,
                [this, table](int row, int) { activate(table, row); });
    }
    showAccount(nullptr, 0);
    // The account shown is worded anew by the window (CrmWindow::reload).
    retranslate(this, [this] { setTexts(); });
}

void AccountPage::setTexts()
{
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("E-mail"), tr("Phone")});
    m_opportunities->setHorizontalHeaderLabels(
        {tr("Opportunity"), tr("Amount"), tr("Expected close"), tr("Stage"), tr("Owner")});
    m_committee->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Stage"), tr("Owner")});
    m_opportunitiesLabel->setText(tr("Opportunities"));
    m_contactsLabel->setText(tr("Contacts"));
    //: Heading: the leads at this company (converted into it, same company name or e-mail domain)
    m_committeeLabel->setText(tr("Buying committee (leads at this company)"));
    if (m_accountId == 0)
        m_title->setText(tr("No account chosen"));
}

void AccountPage::showAccount(Workspace* workspace, qint64 accountId)
{
    m_accountId = accountId;
    for (QTableWidget* table : {m_contacts, m_opportunities, m_committee})
        table->setRowCount(0);
    const std::optional<Account> account =
        workspace && accountId ? workspace->crm().account(accountId) : std::nullopt;
    if (!account) {
        m_accountId = 0;
        m_title->setText(tr("No account chosen"));
        m_details->clear();
        return;
    }
    m_title->setText(account->name);
    const std::optional<AccountRow> row = workspace->crmLists().accountRow(accountId);
    QStringList details;
    if (!account->domain.isEmpty())
        details << account->domain;
    if (!account->country.isEmpty())
        details << io::countryName(account->country);
    if (row) {
        //: On the account page: the amounts of its open and won deals
        details << tr("open pipeline %1, won %2")
                       .arg(opportunityAmountText(row->openPipeline, {}),
                            opportunityAmountText(row->won, {}));
    }
    if (!account->owner.isEmpty())
        //: On the account page: who owns the account
        details << tr("owner %1").arg(account->owner);
    m_details->setText(details.join(QStringLiteral(" · ")));

    const QList<Contact> contacts = workspace->crmLists().contactsOf(accountId, listLimit);
    m_contacts->setRowCount(int(contacts.size()));
    for (int i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts[i];
        setRow(m_contacts, i, c.id,
               {personName(c.firstName, c.lastName, c.email), c.title, c.email, c.phone});
    }

    OpportunityQuery query;
    query.accountId = accountId;
    query.limit = listLimit;
    const QList<OpportunityRow> deals = workspace->crmLists().opportunities(query);
    m_opportunities->setRowCount(int(deals.size()));
    for (int i = 0; i < deals.size(); ++i) {
        const OpportunityRow& o = deals[i];
        setRow(m_opportunities, i, o.id,
               {o.name, opportunityAmountText(o.amount, o.currency),
                o.closeDate.isValid() ? QLocale().toString(o.closeDate, QLocale::ShortFormat)
                                      : QStringLiteral("–"),
                opportunityStageLabel(o.stage), o.owner});
    }

    const QList<CommitteeLead> leads =
        workspace->crmLists().committeeLeads(committeeOfAccount(*account), listLimit);
    m_committee->setRowCount(int(leads.size()));
    for (int i = 0; i < leads.size(); ++i) {
        const CommitteeLead& l = leads[i];
        setRow(m_committee, i, l.id,
               {personName(l.firstName, l.lastName, l.email), l.title, leadStageText(l.stage),
                l.owner});
        m_committee->item(i, 0)->setToolTip(l.email);
    }
    for (QTableWidget* table : {m_contacts, m_opportunities, m_committee})
        for (int column = 1; column < table->columnCount(); ++column)
            table->resizeColumnToContents(column);
}

bool AccountPage::eventFilter(QObject* watched, QEvent* event)
{
    auto* table = qobject_cast<QTableWidget*>(watched);
    if (table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && table->currentRow() >= 0) {
            activate(table, table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountPage::activate(QTableWidget* table, int row)
{
    const QTableWidgetItem* item = table->item(row, 0);
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (table == m_committee)
        Q_EMIT leadRequested(id);
    else if (table == m_opportunities)
        Q_EMIT opportunityRequested(id);
}

} // namespace lb
