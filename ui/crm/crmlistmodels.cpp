#include "crm/crmlistmodels.h"

#include "io/countrynames.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace lb {

QString opportunityAmountText(std::optional<double> amount, const QString& currency)
{
    if (!amount)
        return QStringLiteral("–");
    const QString number = QLocale().toString(*amount, 'f', 0);
    return currency == QLatin1String("EUR") || currency.isEmpty()
               ? number + QStringLiteral(" €")
               : number + QLatin1Char(' ') + currency;
}

// --- accounts ----------------------------------------------------------------------------

AccountListModel::AccountListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AccountListModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void AccountListModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void AccountListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_workspace == nullptr;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

const AccountRow* AccountListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AccountListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || !m_workspace)
        return;
    AccountQuery query;
    query.search = m_search;
    query.limit = pageSize;
    if (!m_rows.isEmpty())
        query.after = m_rows.constLast();
    const QList<AccountRow> page = m_workspace->crmLists().accounts(query);
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    const AccountRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ContactsColumn && index.column() <= WonColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row->name;
    case DomainColumn:
        return row->domain;
    case CountryColumn:
        return io::countryName(row->country);
    case ContactsColumn:
        return row->contacts;
    case PipelineColumn:
        return opportunityAmountText(row->openPipeline, {});
    case WonColumn:
        return opportunityAmountText(row->won, {});
    case OwnerColumn:
        return row->owner;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account");
    case DomainColumn:
        //: Column: the account's e-mail domain
        return tr("Domain");
    case CountryColumn:
        return tr("Country");
    case ContactsColumn:
        return tr("Contacts");
    case PipelineColumn:
        //: Column: the amounts of the account's deals still being worked
        return tr("Open pipeline");
    case WonColumn:
        //: Column: the amounts of the account's won deals
        return tr("Won");
    case OwnerColumn:
        return tr("Owner");
    }
    return {};
}

// --- opportunities -----------------------------------------------------------------------

OpportunityListModel::OpportunityListModel(QObject* parent) : QAbstractTableModel(parent) {}

void OpportunityListModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void OpportunityListModel::setQuery(const OpportunityQuery& query)
{
    m_query = query;
    reload();
}

void OpportunityListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_workspace == nullptr;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

const OpportunityRow* OpportunityListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OpportunityListModel::rowOf(qint64 opportunityId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == opportunityId)
            return i;
    return -1;
}

int OpportunityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpportunityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OpportunityListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OpportunityListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || !m_workspace)
        return;
    OpportunityQuery query = m_query;
    query.limit = pageSize;
    query.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<OpportunityRow> page = m_workspace->crmLists().opportunities(query);
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant OpportunityListModel::data(const QModelIndex& index, int role) const
{
    const OpportunityRow* row = rowAt(index.row());
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn || index.column() == AgeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row->name;
    case AccountColumn:
        return row->accountName;
    case AmountColumn:
        return opportunityAmountText(row->amount, row->currency);
    case CloseColumn:
        return row->closeDate.isValid() ? QLocale().toString(row->closeDate, QLocale::ShortFormat)
                                        : QStringLiteral("–");
    case StageColumn:
        return opportunityStageLabel(row->stage);
    case OwnerColumn:
        return row->owner;
    case SourceColumn:
        return row->leadSource;
    case AgeColumn:
        // Whole days, like the lead table's Days in stage (a number sorts and reads at a glance).
        return row->stageChangedAt.isValid()
                   ? QVariant(std::max<qint64>(
                         row->stageChangedAt.daysTo(QDateTime::currentDateTimeUtc()), 0))
                   : QVariant();
    }
    return {};
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Opportunity");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    case CloseColumn:
        //: Column: the day the deal is expected to close
        return tr("Expected close");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case SourceColumn:
        return tr("Lead source");
    case AgeColumn:
        //: Column: how many days the deal has been in its stage
        return tr("Days in stage");
    }
    return {};
}

} // namespace lb
