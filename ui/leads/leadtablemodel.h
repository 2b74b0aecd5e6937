#pragma once

#include "store/leadquery.h"
#include "store/leadrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace lb {

class LeadRepository;

// The lead table over a whole workspace, lazily: it knows how many rows the filter matches and
// reads only the 256-row pages the view asks for, seeking by key from the previous page when
// it has it. Sorting and filtering are query parameters, so a million leads cost a few
// hundred rows of memory. (QSortFilterProxyModel is quadratic at that size; see
// docs/qt-6.4-notes.md.)
class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ScoreColumn,
        NameColumn,
        CompanyColumn,
        TitleColumn,
        StageColumn,
        OwnerColumn,
        SourceColumn,
        LastActivityColumn,
        DaysInStageColumn,
        ColumnCount
    };
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
        ScoreRole,
        GradeRole
    };
    static constexpr int pageSize = 256;

    explicit LeadTableModel(QObject* parent = nullptr);

    // The repository of the open workspace (not owned); nullptr shows an empty table.
    void setRepository(LeadRepository* repository);
    void setFilter(const LeadFilter& filter);
    const LeadFilter& filter() const { return m_filter; }
    const LeadSort& leadSort() const { return m_sort; }
    // The column and header order the current sort shows as.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    // The SLA moment for marking overdue rows, taken by the next reload() (the filter's own,
    // without reading anything now).
    void setSlaCutoff(const QDateTime& cutoff) { m_filter.slaCutoff = cutoff; }
    // Re-reads the count and drops cached pages (after an edit or an import).
    void reload();
    // Another language is in effect: the headers and the labels (stages, tooltips) read anew.
    // data() and headerData() translate as they are read; this tells the views to read again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The row shown at `row` (fetching its page if needed); nullptr past the end.
    const LeadRow* rowAt(int row) const;
    // How many pages are held in memory now (for tests and benchmarks).
    int cachedPages() const { return int(m_pages.size()); }

    static QString stageLabel(Stage stage);
    // Columns with an index behind them; the others would sort a million rows per page.
    static bool isSortable(int column);

private:
    const QList<LeadRow>& page(int pageIndex) const;

    LeadRepository* m_repository = nullptr;
    LeadFilter m_filter;
    LeadSort m_sort;
    qint64 m_count = 0;
    mutable QHash<int, QList<LeadRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
};

} // namespace lb
