#include "dashboard/reportpdf.h"

#include "dashboard/dashboardpanel.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

namespace lb {

namespace {

// Paints `widget` into `target`, scaled to fit and keeping its proportions. Painting (rather
// than a picture of the screen) keeps chart texts as text in the PDF.
void paintScaled(QPainter& painter, QWidget* widget, const QRect& target)
{
    const QSize size = widget->size();
    if (size.isEmpty())
        return;
    const qreal scale =
        std::min(target.width() / qreal(size.width()), target.height() / qreal(size.height()));
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
}

} // namespace

bool ReportPdf::write(const QString& path, const QString& heading,
                      const QList<DashboardPanel*>& panels, QString* error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    writer.setResolution(144);
    writer.setTitle(heading);
    writer.setCreator(QStringLiteral("Leadbench"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            //: %1 the PDF file chosen
            *error = tr("Leadbench could not write %1.").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    const int pages = pagesFor(panels.size());
    const int headingHeight = painter.fontMetrics().height() * 3;
    const int footerHeight = painter.fontMetrics().height() * 2;
    const int tileHeight = (page.height() - headingHeight - footerHeight) / 2;
    for (int index = 0; index < panels.size(); ++index) {
        const int onPage = index % 2;
        if (onPage == 0) {
            if (index > 0)
                writer.newPage();
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(QRect(0, 0, page.width(), headingHeight),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, heading);
            font.setBold(false);
            painter.setFont(font);
            //: Page footer of the PDF report
            painter.drawText(QRect(0, page.height() - footerHeight, page.width(), footerHeight),
                             Qt::AlignRight | Qt::AlignBottom,
                             tr("Page %1 of %2").arg(index / 2 + 1).arg(pages));
        }
        DashboardPanel* panel = panels.at(index);
        const QRect tile(0, headingHeight + onPage * tileHeight, page.width(), tileHeight - 12);
        QRect target = tile;
        if (panel->table()) { // a table has its title outside the content
            QFont font = painter.font();
            font.setBold(true);
            painter.setFont(font);
            painter.drawText(tile, Qt::AlignLeft | Qt::AlignTop, panel->title());
            font.setBold(false);
            painter.setFont(font);
            target.setTop(tile.top() + painter.fontMetrics().height() * 3 / 2);
        }
        paintScaled(painter, panel->content(), target);
    }
    if (!painter.end()) {
        if (error)
            //: %1 the PDF file chosen
            *error = tr("Leadbench could not write %1.").arg(path);
        return false;
    }
    // Like every export: names and figures of people, for its owner's eyes only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QFileInfo(path).size() > 0;
}

} // namespace lb
