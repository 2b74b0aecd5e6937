#include "leads/columnchooser.h"

#include "leads/leadtablemodel.h"
#include "main/appsettings.h"

#include <QAction>
#include <QDataStream>
#include <QDate>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QMenu>
#include <QTableView>

namespace lb {

namespace {

// What the settings keep starts with this, then the column set it was made for: a header state
// of another column set (QHeaderView keeps only positions) would put sizes and places on the
// wrong columns, so it is dropped instead.
constexpr char stateMagic[] = "leadbench-columns";
constexpr qint32 stateVersion = 1;
// A header section's room beside its text: margins and the sort arrow.
constexpr int headerPadding = 26;

// Stable names of the columns, in the model's order: they say which column set a kept state is
// for. A new column, or one removed, makes every kept state a stranger (defaults again).
QStringList columnKeys()
{
    static const QStringList keys = {
        QStringLiteral("score"),  QStringLiteral("name"),         QStringLiteral("company"),
        QStringLiteral("title"),  QStringLiteral("stage"),        QStringLiteral("owner"),
        QStringLiteral("source"), QStringLiteral("lastActivity"), QStringLiteral("daysInStage")};
    Q_ASSERT(keys.size() == LeadTableModel::ColumnCount);
    return keys;
}

} // namespace

ColumnChooser::ColumnChooser(QTableView* table) : QObject(table), m_table(table)
{
    setObjectName(QStringLiteral("columnChooser"));
    QHeaderView* head = header();
    head->setSectionResizeMode(QHeaderView::Interactive);
    head->setSectionsMovable(true);
    head->setStretchLastSection(true);
    head->setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    connect(head, &QHeaderView::sectionResized, this, &ColumnChooser::fitHeaderHeight);
    head->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(head, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
    resetColumns();
}

QHeaderView* ColumnChooser::header() const
{
    return m_table->horizontalHeader();
}

bool ColumnChooser::shownByDefault(int column)
{
    // What an SDR works a queue by: who, where, how far, whose, how fresh, how long waiting.
    // Title and source are a right-click away; with them the row no longer fits beside the lead
    // view on a 1366-pixel screen.
    return column != LeadTableModel::TitleColumn && column != LeadTableModel::SourceColumn;
}

void ColumnChooser::applyDefaultWidths()
{
    QHeaderView* head = header();
    const QFontMetrics text = m_table->fontMetrics();
    const QFontMetrics headerText = head->fontMetrics();
    const int chars = text.averageCharWidth();
    constexpr int cellPadding = 14;
    auto widest = [&](const QStringList& values) {
        int width = 0;
        for (const QString& value : values)
            width = std::max(width, text.horizontalAdvance(value));
        return width + cellPadding;
    };
    QStringList stages;
    for (Stage stage : allStages)
        stages << LeadTableModel::stageLabel(stage);
    const QLocale locale;
    const QString date = locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        int width = 0;
        switch (column) {
        case LeadTableModel::ScoreColumn:
            width = 13 * chars; // the bar and "84 A"
            break;
        case LeadTableModel::NameColumn:
        case LeadTableModel::CompanyColumn:
        case LeadTableModel::TitleColumn:
            width = 19 * chars;
            break;
        case LeadTableModel::StageColumn:
            width = widest(stages);
            break;
        case LeadTableModel::OwnerColumn:
        case LeadTableModel::SourceColumn:
            width = 13 * chars;
            break;
        case LeadTableModel::LastActivityColumn:
            width = widest({date});
            break;
        case LeadTableModel::DaysInStageColumn:
            width = widest({QStringLiteral("999")}) + icon + 4; // overdue rows carry a mark
            break;
        default:
            break;
        }
        // A long title ("Viimeisin aktiviteetti") wraps onto a second line rather than widen
        // its column past the screen: the column is as wide as its longest word.
        int longestWord = 0;
        const QString title =
            m_table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        for (const QString& word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, headerText.horizontalAdvance(word));
        head->resizeSection(column, std::max(width, longestWord + headerPadding));
    }
    fitHeaderHeight();
}

void ColumnChooser::fitHeaderHeight()
{
    // Two lines where a title wraps in its section, one where every title fits.
    QHeaderView* head = header();
    const QFontMetrics metrics = head->fontMetrics();
    int lines = 1;
    for (int column = 0; column < head->count(); ++column) {
        if (head->isSectionHidden(column))
            continue;
        const QString title =
            m_table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (metrics.horizontalAdvance(title) + headerPadding > head->sectionSize(column))
            lines = 2;
    }
    const int height = lines * metrics.lineSpacing() + 8;
    if (head->minimumHeight() != height)
        head->setMinimumHeight(height);
}

void ColumnChooser::resetColumns()
{
    QHeaderView* head = header();
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        if (head->visualIndex(column) != column)
            head->moveSection(head->visualIndex(column), column);
        head->setSectionHidden(column, !shownByDefault(column));
    }
    applyDefaultWidths();
}

void ColumnChooser::save() const
{
    // Each column's place, whether it shows and its width, by column name. (QHeaderView's own
    // saveState() kept positions only, and in Qt 6.4 refused to restore a state it had saved
    // with sections both moved and hidden.)
    const QHeaderView* head = header();
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << QByteArray(stateMagic) << stateVersion << columnKeys();
    for (int column = 0; column < head->count(); ++column)
        out << qint32(head->visualIndex(column)) << head->isSectionHidden(column)
            << qint32(head->sectionSize(column));
    settings::leadTableHeader.set(bytes);
}

void ColumnChooser::restore()
{
    const QByteArray bytes = settings::leadTableHeader.value();
    if (bytes.isEmpty())
        return;
    QDataStream in(bytes);
    QByteArray magic;
    qint32 version = 0;
    QStringList keys;
    in >> magic >> version >> keys;
    if (in.status() != QDataStream::Ok || magic != stateMagic || version != stateVersion ||
        keys != columnKeys())
        return; // another program's, an older column set's, or damaged: the defaults stay
    struct Kept
    {
        qint32 visual = 0;
        bool hidden = false;
        qint32 size = 0;
    };
    QList<Kept> kept(LeadTableModel::ColumnCount);
    QList<int> byPlace(LeadTableModel::ColumnCount, -1);
    int shown = 0;
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        Kept& one = kept[column];
        in >> one.visual >> one.hidden >> one.size;
        if (in.status() != QDataStream::Ok || one.visual < 0 ||
            one.visual >= LeadTableModel::ColumnCount || byPlace.at(one.visual) >= 0)
            return; // not one place per column
        byPlace[one.visual] = column;
        shown += one.hidden ? 0 : 1;
    }
    if (shown == 0)
        return; // a table without columns has no header to bring one back with
    QHeaderView* head = header();
    for (int place = 0; place < LeadTableModel::ColumnCount; ++place)
        head->moveSection(head->visualIndex(byPlace.at(place)), place);
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        head->setSectionHidden(column, kept.at(column).hidden);
        // A column dragged to nothing could not be found again with the mouse.
        if (!kept.at(column).hidden && kept.at(column).size >= head->minimumSectionSize())
            head->resizeSection(column, kept.at(column).size);
    }
    fitHeaderHeight();
}

QMenu* ColumnChooser::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView* head = header();
    const int shown = head->count() - head->hiddenSectionCount();
    // In the order the columns stand, so the menu reads like the header.
    for (int visual = 0; visual < head->count(); ++visual) {
        const int column = head->logicalIndex(visual);
        const QString title =
            m_table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction* action = menu->addAction(title);
        action->setObjectName(QStringLiteral("column.") + columnKeys().at(column));
        action->setCheckable(true);
        action->setChecked(!head->isSectionHidden(column));
        // The last column shown stays: a table without columns has no header to bring one back.
        action->setEnabled(head->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { header()->setSectionHidden(column, !on); });
    }
    menu->addSeparator();
    //: Header context menu of the lead table: default columns, order and widths again
    QAction* reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("column.reset"));
    connect(reset, &QAction::triggered, this, &ColumnChooser::resetColumns);
    return menu;
}

void ColumnChooser::showMenu(const QPoint& at)
{
    QMenu* menu = createMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(header()->viewport()->mapToGlobal(at));
}

} // namespace lb
