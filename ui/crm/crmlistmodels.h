#pragma once

#include "model/labels.h"
#include "store/crmlists.h"

#include <QAbstractTableModel>
#include <QList>

namespace lb {

class Workspace;

// opportunityStageLabel(), the translated name of an opportunity stage, is in model/labels.h.
// An amount with its currency as the lists show it ("25 000 €"); "–" when unknown.
QString opportunityAmountText(std::optional<double> amount, const QString& currency);

// The account list (issue 20), lazily: it reads one keyset page of the store at a time as the
// view scrolls (fetchMore), so 100,000 accounts cost a few pages of memory.
class AccountListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DomainColumn,
        CountryColumn,
        ContactsColumn,
        PipelineColumn,
        WonColumn,
        OwnerColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 100;

    explicit AccountListModel(QObject* parent = nullptr);

    // The workspace to read (not owned); nullptr shows an empty list.
    void setWorkspace(Workspace* workspace);
    void setSearch(const QString& search);
    // Drops the rows read so far and reads the first page again.
    void reload();
    const AccountRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Workspace* m_workspace = nullptr;
    QString m_search;
    QList<AccountRow> m_rows;
    bool m_atEnd = true;
};

// The opportunity list, newest first, lazily like the account list, under the filters of
// OpportunityQuery (its limit and beforeId are the model's).
class OpportunityListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AccountColumn,
        AmountColumn,
        CloseColumn,
        StageColumn,
        OwnerColumn,
        SourceColumn,
        AgeColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int pageSize = 100;

    explicit OpportunityListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setQuery(const OpportunityQuery& query);
    const OpportunityQuery& query() const { return m_query; }
    void reload();
    const OpportunityRow* rowAt(int row) const;
    // The row of the opportunity among those read so far, or -1.
    int rowOf(qint64 opportunityId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Workspace* m_workspace = nullptr;
    OpportunityQuery m_query;
    QList<OpportunityRow> m_rows;
    bool m_atEnd = true;
};

} // namespace lb
