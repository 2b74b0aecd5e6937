#include "dashboard/dashboardwindow.h"

#include "dashboard/dashboardview.h"
#include "main/appsettings.h"
#include "main/retranslate.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>

namespace lb {

DashboardWindow::DashboardWindow(QWidget* parent)
    : QMainWindow(parent, Qt::Window), m_view(new DashboardView(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setCentralWidget(m_view);

    QMenu* file = menuBar()->addMenu(QString());
    QAction* exportAction = file->addAction(QString(), this, &DashboardWindow::exportReport);
    exportAction->setObjectName(QStringLiteral("dashboard.export"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* close = file->addAction(QString(), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QMenu* view = menuBar()->addMenu(QString());
    QAction* refresh = view->addAction(QString(), m_view, &DashboardView::reload);
    refresh->setObjectName(QStringLiteral("dashboard.refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    retranslate(this, [=, this] {
        setWindowTitle(tr("Dashboard — Leadbench"));
        file->setTitle(tr("&File"));
        exportAction->setText(tr("&Export Report…"));
        close->setText(tr("&Close"));
        view->setTitle(tr("&View"));
        refresh->setText(tr("&Refresh"));
    });

    // Room for two charts side by side, within the screen (1366 × 768 laptops too).
    resize(QSize(1280, 860).boundedTo(screen()->availableGeometry().size()));
    restoreGeometry(settings::dashboardGeometry.value());
}

DashboardWindow::~DashboardWindow()
{
    settings::dashboardGeometry.set(saveGeometry());
}

void DashboardWindow::exportReport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    //: Suggested file name of the PDF report; keep it short, no spaces
    const QString suggested = QDir(folder).filePath(
        tr("pipeline-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_view->exportPdf(path, &error))
        QMessageBox::warning(this, tr("Report not exported"), error);
}

} // namespace lb
