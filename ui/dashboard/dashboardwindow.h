#pragma once

#include <QMainWindow>

namespace lb {

class DashboardView;

// The dashboard in a window of its own, beside the workbench (a manager keeps both open):
// Export report… (PDF), Refresh, and its size and place remembered.
class DashboardWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit DashboardWindow(QWidget* parent = nullptr);
    ~DashboardWindow() override;

    DashboardView* view() const { return m_view; }
    void exportReport();

private:
    DashboardView* m_view;
};

} // namespace lb
