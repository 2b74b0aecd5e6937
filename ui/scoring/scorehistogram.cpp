#include "scoring/scorehistogram.h"

#include "main/themecolors.h"

#include <QPainter>
#include <algorithm>

namespace lb {

ScoreHistogram::ScoreHistogram(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(100);
}

ScoreHistogram::Bands ScoreHistogram::bandsOf(const std::array<qint64, 101>& histogram)
{
    Bands bands{};
    for (size_t total = 0; total < histogram.size(); ++total)
        bands[std::min<size_t>(total / 10, 9)] += histogram[total];
    return bands;
}

void ScoreHistogram::setDistributions(const std::array<qint64, 101>& current,
                                      const std::array<qint64, 101>& candidate, double threshold)
{
    m_current = bandsOf(current);
    m_candidate = bandsOf(candidate);
    m_threshold = threshold;
    update();
}

void ScoreHistogram::clear()
{
    m_current = {};
    m_candidate = {};
    update();
}

void ScoreHistogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const QRectF plot = QRectF(rect()).adjusted(4, 4, -4, -metrics.height() - 6);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    qint64 highest = 1;
    for (size_t i = 0; i < m_current.size(); ++i)
        highest = std::max({highest, m_current[i], m_candidate[i]});
    const double bandWidth = plot.width() / 10.0;
    const QColor currentColor = theme::neutralColor(palette());
    const QColor candidateColor = theme::behaviorColor(palette());
    for (int band = 0; band < 10; ++band) {
        const double left = plot.left() + band * bandWidth;
        const double barWidth = bandWidth * 0.4;
        auto bar = [&](qint64 count, double x, const QColor& color) {
            const double height = plot.height() * double(count) / double(highest);
            painter.fillRect(QRectF(x, plot.bottom() - height, barWidth, height), color);
        };
        bar(m_current[size_t(band)], left + bandWidth * 0.1, currentColor);
        bar(m_candidate[size_t(band)], left + bandWidth * 0.5, candidateColor);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(left, plot.bottom() + 2, bandWidth, metrics.height()),
                         Qt::AlignCenter, QString::number(band * 10));
    }
    // Legend, top right: which colour is which model.
    double legendX = plot.right();
    for (const auto& [text, color] :
         {std::pair{tr("edited"), candidateColor}, std::pair{tr("current"), currentColor}}) {
        const double width = metrics.horizontalAdvance(text) + 18;
        legendX -= width;
        painter.fillRect(QRectF(legendX, plot.top() + 3, 10, 10), color);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(legendX + 13, plot.top() + 3 + metrics.ascent() - 1), text);
    }
    if (m_threshold > 0 && m_threshold <= 100) {
        const double x = plot.left() + m_threshold / 100.0 * plot.width();
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

} // namespace lb
