#include "leads/leadtablemodel.h"

#include "model/labels.h"
#include "store/repositories.h"

#include "main/themecolors.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

namespace lb {

namespace {
// Enough pages for a few screens in each direction and a jump or two: about 60 KB each.
constexpr int maxCachedPages = 64;

// The store's order for a column's header order. Days in stage counts up from the stored
// moment, so its ascending order (fewest days first) is the moment's descending one.
LeadSort sortFor(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    switch (column) {
    case LeadTableModel::StageColumn:
        return {LeadSortKey::Stage, descending};
    case LeadTableModel::LastActivityColumn:
        return {LeadSortKey::LastActivity, descending};
    case LeadTableModel::DaysInStageColumn:
        return {LeadSortKey::StageChangedAt, !descending};
    default:
        return {LeadSortKey::Score, descending};
    }
}
} // namespace

LeadTableModel::LeadTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void LeadTableModel::setRepository(LeadRepository* repository)
{
    m_repository = repository;
    reload();
}

void LeadTableModel::setFilter(const LeadFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void LeadTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_count = m_repository ? m_repository->count(m_filter) : 0;
    endResetModel();
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<LeadRow>& LeadTableModel::page(int pageIndex) const
{
    if (auto it = m_pages.find(pageIndex); it != m_pages.end()) {
        m_pageOrder.removeOne(pageIndex);
        m_pageOrder.append(pageIndex);
        return *it;
    }
    // Seek from the last row of the page before when we have it: scrolling down costs an
    // index seek, not a skip over every row above.
    const LeadRow* after = nullptr;
    if (auto previous = m_pages.constFind(pageIndex - 1);
        previous != m_pages.constEnd() && !previous->isEmpty())
        after = &previous->constLast();
    const QList<LeadRow> rows =
        m_repository->rows(m_filter, m_sort, qint64(pageIndex) * pageSize, pageSize, after);
    if (m_pages.size() >= maxCachedPages && !m_pageOrder.isEmpty())
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(pageIndex);
    return *m_pages.insert(pageIndex, rows);
}

const LeadRow* LeadTableModel::rowAt(int row) const
{
    if (!m_repository || row < 0 || row >= m_count)
        return nullptr;
    const QList<LeadRow>& rows = page(row / pageSize);
    const int offset = row % pageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

QString LeadTableModel::stageLabel(Stage stage)
{
    return lb::stageLabel(stage);
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const LeadRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case LeadIdRole:
        return row->id;
    case ScoreRole:
        return row->score;
    case GradeRole:
        return row->grade;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return row->email;
        if (index.column() == DaysInStageColumn && row->overdue) {
            const QDateTime since = QDateTime::fromString(row->stageChangedAt, Qt::ISODate);
            const int hours = int(since.secsTo(QDateTime::currentDateTimeUtc()) / 3600);
            //: Tooltip of an overdue lead's Days in stage cell; %n is whole hours
            return tr("Overdue: MQL for %n hour(s) without a logged touch", "", hours);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysInStageColumn && row->overdue)
            return theme::errorText(QGuiApplication::palette());
        return {};
    case Qt::DecorationRole:
        if (index.column() == DaysInStageColumn && row->overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ScoreColumn:
        return row->score;
    case NameColumn: {
        const QString name = (row->firstName + QLatin1Char(' ') + row->lastName).trimmed();
        return name.isEmpty() ? row->email : name;
    }
    case CompanyColumn:
        return row->company;
    case TitleColumn:
        return row->title;
    case StageColumn:
        return stageLabel(row->stage);
    case OwnerColumn:
        return row->owner;
    case SourceColumn:
        return row->source;
    case LastActivityColumn: {
        const QDateTime at = QDateTime::fromString(row->lastActivityAt, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)
                            : QString();
    }
    case DaysInStageColumn: {
        const QDateTime since = QDateTime::fromString(row->stageChangedAt, Qt::ISODate);
        return since.isValid() ? QVariant(since.daysTo(QDateTime::currentDateTimeUtc()))
                               : QVariant();
    }
    default:
        return {};
    }
}

void LeadTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case TitleColumn:
        return tr("Title");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case SourceColumn:
        return tr("Source");
    case LastActivityColumn:
        return tr("Last activity");
    //: Column header: how many days the lead has been in its current stage
    case DaysInStageColumn:
        return tr("Days in stage");
    default:
        return {};
    }
}

bool LeadTableModel::isSortable(int column)
{
    return column == ScoreColumn || column == StageColumn || column == LastActivityColumn ||
           column == DaysInStageColumn;
}

int LeadTableModel::sortColumn() const
{
    switch (m_sort.key) {
    case LeadSortKey::Stage:
        return StageColumn;
    case LeadSortKey::LastActivity:
        return LastActivityColumn;
    case LeadSortKey::StageChangedAt:
        return DaysInStageColumn;
    default:
        return ScoreColumn;
    }
}

Qt::SortOrder LeadTableModel::sortOrder() const
{
    const bool descending =
        m_sort.key == LeadSortKey::StageChangedAt ? !m_sort.descending : m_sort.descending;
    return descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const LeadSort sort = sortFor(column, order);
    if (sort == m_sort)
        return;
    m_sort = sort;
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    endResetModel();
}

} // namespace lb
