#include "scoring/scorebar.h"

#include "main/themecolors.h"
#include "util/localeformat.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace lb {

ScoreBar::ScoreBar(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ScoreBar::setParts(double fit, double behavior, double threshold)
{
    m_fit = fit;
    m_behavior = behavior;
    m_threshold = threshold;
    //: Tooltip of the score bar: %1 fit points, %2 behaviour points, %3 the MQL threshold (points)
    setToolTip(
        tr("Fit %1 + behaviour %2; MQL at %3")
            .arg(fmt::number(fit, 1), fmt::number(behavior, 1), QLocale().toString(threshold)));
    update();
}

void ScoreBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(area, palette().color(QPalette::Base));
    const double scale = area.width() / 100.0;
    const double fitWidth = std::clamp(m_fit, 0.0, 100.0) * scale;
    const double behaviorWidth =
        std::clamp(m_behavior, 0.0, 100.0 - std::clamp(m_fit, 0.0, 100.0)) * scale;
    painter.fillRect(QRectF(area.left(), area.top(), fitWidth, area.height()),
                     theme::fitColor(palette()));
    painter.fillRect(QRectF(area.left() + fitWidth, area.top(), behaviorWidth, area.height()),
                     theme::behaviorColor(palette()));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area);
    if (m_threshold > 0 && m_threshold <= 100) {
        const double x = area.left() + m_threshold * scale;
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

} // namespace lb
