#pragma once

#include "reports/allreports.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace lb {

class DashboardLoader;
class DashboardPanel;

// The manager's dashboard: the shared filters (period, owner, source) over a grid of charts
// and tables, made from the reports on a worker thread. A click on a bar or a count asks the
// workbench to list exactly the leads behind it.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    // The workspace to report on; loads at once when visible.
    void setWorkspace(const QString& path);
    // Loads again with the same filters (after imports, rescoring, stage moves, others' changes).
    void reload();

    ReportFilter filter() const;
    void setPeriod(const QDate& from, const QDate& to);
    void setOwner(const QString& owner); // "" for any owner
    void setSource(const QString& source);

    // What the charts show now; empty before the first load.
    const std::optional<reports::AllReports>& reports() const { return m_reports; }
    QList<DashboardPanel*> panels() const { return m_panels; }
    bool isLoading() const;
    // One line naming the period and filters, for the PDF and the window title.
    QString describeFilter() const;

    bool exportPdf(const QString& path, QString* error) const;

Q_SIGNALS:
    void leadsRequested(const lb::LeadFilter& leads, const QString& label);
    // The charts show a new load.
    void refreshed();
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setTexts();
    QWidget* createFilterBar();
    void presetChosen(int index);
    void filtersEdited();
    void show(const reports::AllReports& all);

    QString m_path;
    DashboardLoader* m_loader;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_source = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_periodLabel = nullptr;
    QLabel* m_dash = nullptr;
    QList<DashboardPanel*> m_panels;
    std::optional<reports::AllReports> m_reports;
    bool m_stale = true; // a load is due when next shown
    bool m_updatingFilters = false;
};

} // namespace lb
