#pragma once

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QToolButton;

namespace lb {

// One tile of the dashboard: a chart (or a table) under its title, with "Save as PNG…".
class DashboardPanel final : public QFrame
{
    Q_OBJECT

public:
    // A chart panel; `name` becomes the object name and the PNG file's suggested name.
    DashboardPanel(const QString& name, QWidget* parent = nullptr);
    // A table panel with a title of its own.
    DashboardPanel(const QString& name, const QString& title, QWidget* parent = nullptr);

    // Shows `chart` (the panel takes it), replacing the one before.
    void setChart(QChart* chart);
    QChart* chart() const;
    QTableWidget* table() const { return m_table; }
    QString title() const;
    // A table panel's title (a chart's is inside the chart).
    void setTitle(const QString& title);
    // What the PDF prints: the chart view or the table.
    QWidget* content() const;

    // Writes the panel's picture to `path` as PNG; false when it cannot be written.
    bool savePng(const QString& path) const;

private:
    void build(QWidget* content);
    void askAndSavePng();

    QLabel* m_title = nullptr;
    QChartView* m_view = nullptr;
    QTableWidget* m_table = nullptr;
    QToolButton* m_save = nullptr;
};

} // namespace lb
