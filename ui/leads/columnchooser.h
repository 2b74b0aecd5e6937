#pragma once

#include <QObject>

class QHeaderView;
class QMenu;
class QTableView;

namespace lb {

// Which columns of the lead table show, in what order and how wide (issue 21): the header's
// context menu checks columns on and off and resets them, the sections drag to a new place, and
// the arrangement is kept in the app settings across restarts. The defaults fit a 1366×768
// screen with the lead view open in every language the program speaks.
class ColumnChooser final : public QObject
{
    Q_OBJECT

public:
    // Arranges `table`'s header (a LeadTableModel's) with the defaults.
    explicit ColumnChooser(QTableView* table);

    // The columns shown when nothing is remembered, or after "Reset columns".
    static bool shownByDefault(int column);
    void resetColumns();
    // Puts back the arrangement the settings keep; one of another column set (an older version
    // of the program) or one that would show nothing is ignored and the defaults stay.
    void restore();
    // Keeps the arrangement in the settings.
    void save() const;
    // The header's context menu as it is now (one checkable entry per column, then Reset).
    QMenu* createMenu(QWidget* parent);

private:
    QHeaderView* header() const;
    void showMenu(const QPoint& at);
    // Sets a column's default width from its header text and content in this language.
    void applyDefaultWidths();
    // Makes the header two lines high while a title wraps in its section.
    void fitHeaderHeight();

    QTableView* m_table;
};

} // namespace lb
