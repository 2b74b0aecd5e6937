#include "dashboard/dashboardpanel.h"

#include "main/retranslate.h"

#include <QChart>
#include <QChartView>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lb {

DashboardPanel::DashboardPanel(const QString& name, QWidget* parent) : QFrame(parent)
{
    setObjectName(name);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    // The view's own empty chart stands until the first load replaces it through setChart(),
    // which deletes it: QChartView::setChart() gives up the old chart without deleting it.
    build(m_view);
}

DashboardPanel::DashboardPanel(const QString& name, const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(name);
    m_table = new QTableWidget(this);
    m_table->setMinimumHeight(220);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    build(m_table);
    m_title->setText(title);
    m_title->show();
    m_save->hide(); // a table goes into the PDF report; a PNG of it helps nobody
}

void DashboardPanel::setTitle(const QString& title)
{
    m_title->setText(title);
}

void DashboardPanel::build(QWidget* content)
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->hide(); // a chart has its title inside
    m_save = new QToolButton(this);
    m_save->setAutoRaise(true);
    retranslate(m_save, [this] {
        m_save->setText(tr("Save as PNG…"));
        m_save->setToolTip(tr("Save this chart as a PNG picture"));
    });
    connect(m_save, &QToolButton::clicked, this, &DashboardPanel::askAndSavePng);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addStretch();
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(header);
    layout->addWidget(content, 1);
}

void DashboardPanel::setChart(QChart* chart)
{
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old; // the view gives up ownership of the chart it replaces
}

QChart* DashboardPanel::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

QString DashboardPanel::title() const
{
    return m_view ? m_view->chart()->title() : m_title->text();
}

QWidget* DashboardPanel::content() const
{
    return m_view ? static_cast<QWidget*>(m_view) : m_table;
}

bool DashboardPanel::savePng(const QString& path) const
{
    return content()->grab().save(path, "PNG");
}

void DashboardPanel::askAndSavePng()
{
    const QString suggested =
        QStringLiteral("%1-%2.png").arg(objectName(), QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"), suggested,
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Chart not saved"),
                             //: %1 the picture file chosen for the export
                             tr("Leadbench could not write %1.").arg(path));
}

} // namespace lb
