#include "main/icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>
#include <functional>

namespace lb::icons {

namespace {

// Mid-tone accents: about 3:1 against white and against a dark window alike.
const QColor green(0x2f, 0x9e, 0x5a);
const QColor leaf(0x4c, 0x9a, 0x3f);
const QColor blue(0x3d, 0x84, 0xc6);
const QColor red(0xd9, 0x4f, 0x4a);
const QColor appBlue(0x2f, 0x6d, 0xb5);

// Draws on a 24 x 24 grid; the painter's pen is the ink (2 units, round ends), no brush.
using Drawing = std::function<void(QPainter& painter, const QColor& ink)>;

void stroke(QPainter& painter, const QColor& color, const QPainterPath& path)
{
    QPen pen = painter.pen();
    pen.setColor(color);
    painter.setPen(pen);
    painter.drawPath(path);
}

QPainterPath polyline(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    bool first = true;
    for (const QPointF& point : points) {
        if (first)
            path.moveTo(point);
        else
            path.lineTo(point);
        first = false;
    }
    return path;
}

QPainterPath tray()
{
    return polyline({{4, 14}, {4, 20}, {20, 20}, {20, 14}});
}

QPainterPath undoArrow()
{
    QPainterPath path = polyline({{9, 14}, {4, 9}, {9, 4}});
    path.moveTo(4, 9);
    path.lineTo(14.5, 9);
    path.cubicTo(17.6, 9, 20, 11.4, 20, 14.5);
    path.cubicTo(20, 17.6, 17.6, 20, 14.5, 20);
    path.lineTo(11, 20);
    return path;
}

QPainterPath gear()
{
    QPainterPath path;
    const QPointF center(12, 12);
    const auto at = [&](double radius, double degrees) {
        const double a = qDegreesToRadians(degrees);
        return center + QPointF(radius * std::cos(a), radius * std::sin(a));
    };
    for (int tooth = 0; tooth < 8; ++tooth) {
        const double base = tooth * 45.0;
        const QPointF points[] = {at(7, base - 16.5), at(9.8, base - 9), at(9.8, base + 9),
                                  at(7, base + 16.5)};
        for (int i = 0; i < 4; ++i) {
            if (tooth == 0 && i == 0)
                path.moveTo(points[i]);
            else
                path.lineTo(points[i]);
        }
    }
    path.closeSubpath();
    path.addEllipse(center, 3, 3);
    return path;
}

const QHash<QString, Drawing>& drawings()
{
    static const QHash<QString, Drawing> all = {
        {QStringLiteral("import"),
         [](QPainter& p, const QColor& ink) {
             stroke(p, ink, tray());
             QPainterPath arrow = polyline({{12, 3}, {12, 14}});
             arrow.addPath(polyline({{7.5, 9.5}, {12, 14}, {16.5, 9.5}}));
             stroke(p, blue, arrow);
         }},
        {QStringLiteral("export"),
         [](QPainter& p, const QColor& ink) {
             stroke(p, ink, tray());
             QPainterPath arrow = polyline({{12, 15}, {12, 4}});
             arrow.addPath(polyline({{7.5, 8.5}, {12, 4}, {16.5, 8.5}}));
             stroke(p, blue, arrow);
         }},
        {QStringLiteral("accept"),
         [](QPainter& p, const QColor&) {
             QPainterPath path;
             path.addEllipse(QPointF(12, 12), 9, 9);
             path.addPath(polyline({{7.5, 12.5}, {10.5, 15.5}, {16.5, 9}}));
             stroke(p, green, path);
         }},
        {QStringLiteral("qualify"),
         [](QPainter& p, const QColor& ink) {
             QPainterPath shield;
             shield.moveTo(12, 3);
             shield.lineTo(19, 6);
             shield.lineTo(19, 11);
             shield.cubicTo(19, 16, 15.5, 19.5, 12, 21);
             shield.cubicTo(8.5, 19.5, 5, 16, 5, 11);
             shield.lineTo(5, 6);
             shield.closeSubpath();
             stroke(p, ink, shield);
             stroke(p, blue, polyline({{8.8, 12}, {11.2, 14.4}, {15.4, 9.8}}));
         }},
        {QStringLiteral("nurture"),
         [](QPainter& p, const QColor& ink) {
             stroke(p, ink, polyline({{7, 21}, {17, 21}}));
             QPainterPath plant = polyline({{12, 21}, {12, 10}});
             plant.moveTo(12, 14);
             plant.cubicTo(7.5, 14, 5, 11.5, 5, 7);
             plant.cubicTo(9.5, 7, 12, 9.5, 12, 14);
             plant.moveTo(12, 11);
             plant.cubicTo(12, 6.5, 14.5, 4, 19, 4);
             plant.cubicTo(19, 8.5, 16.5, 11, 12, 11);
             stroke(p, leaf, plant);
         }},
        {QStringLiteral("disqualify"),
         [](QPainter& p, const QColor&) {
             QPainterPath path;
             path.addEllipse(QPointF(12, 12), 9, 9);
             path.addPath(polyline({{5.7, 5.7}, {18.3, 18.3}}));
             stroke(p, red, path);
         }},
        {QStringLiteral("convert"),
         [](QPainter& p, const QColor& ink) {
             QPainterPath bag;
             bag.addRoundedRect(QRectF(3, 8, 18, 12), 2, 2);
             bag.addPath(polyline({{9, 8}, {9, 5}, {15, 5}, {15, 8}}));
             stroke(p, ink, bag);
             stroke(p, blue, polyline({{3, 13.5}, {21, 13.5}}));
         }},
        {QStringLiteral("undo"),
         [](QPainter& p, const QColor& ink) { stroke(p, ink, undoArrow()); }},
        {QStringLiteral("redo"),
         [](QPainter& p, const QColor& ink) {
             // The undo arrow, mirrored.
             stroke(p, ink, QTransform(-1, 0, 0, 1, 24, 0).map(undoArrow()));
         }},
        {QStringLiteral("search"),
         [](QPainter& p, const QColor& ink) {
             QPainterPath path;
             path.addEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
             path.addPath(polyline({{15.3, 15.3}, {20.5, 20.5}}));
             stroke(p, ink, path);
         }},
        {QStringLiteral("settings"),
         [](QPainter& p, const QColor& ink) { stroke(p, ink, gear()); }},
        {QStringLiteral("backup"),
         [](QPainter& p, const QColor& ink) {
             QPainterPath drum;
             drum.addEllipse(QRectF(5, 3.5, 14, 5));
             drum.moveTo(5, 6);
             drum.lineTo(5, 18);
             drum.arcTo(QRectF(5, 15.5, 14, 5), 180, 180);
             drum.lineTo(19, 6);
             stroke(p, ink, drum);
             QPainterPath band;
             band.moveTo(5, 12);
             band.arcTo(QRectF(5, 9.5, 14, 5), 180, 180);
             stroke(p, blue, band);
         }},
        {QStringLiteral("app"),
         [](QPainter& p, const QColor&) {
             p.setPen(Qt::NoPen);
             p.setBrush(appBlue);
             p.drawRoundedRect(QRectF(1, 1, 22, 22), 5, 5);
             QPainterPath funnel = polyline(
                 {{5.5, 6.5}, {18.5, 6.5}, {13.6, 12.8}, {13.6, 18}, {10.4, 19.6}, {10.4, 12.8}});
             funnel.closeSubpath();
             p.setBrush(Qt::white);
             p.drawPath(funnel);
         }},
    };
    return all;
}

// Paints an icon at whatever size and device pixel ratio is asked, in the colours of the
// palette at that moment (so a theme change needs no new icons).
class PathIconEngine final : public QIconEngine
{
public:
    explicit PathIconEngine(QString name) : m_name(std::move(name)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const Drawing drawing = drawings().value(m_name);
        if (!drawing)
            return;
        const QPalette palette = QApplication::palette();
        QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Selected)
            ink = palette.color(QPalette::Active, QPalette::HighlightedText);
        const double side = std::min(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.38);
        // Small icons get a slightly lighter stroke so the shapes stay open.
        QPen pen(ink, side < 20 ? 1.8 : 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        drawing(*painter, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}, {128, 128}, {256, 256}};
    }
    bool isNull() override { return false; }
    QIconEngine* clone() const override { return new PathIconEngine(m_name); }
    QString key() const override { return QStringLiteral("lb.path"); }
    QString iconName() override { return m_name; }

private:
    QString m_name;
};

} // namespace

QIcon icon(const QString& name)
{
    if (!drawings().contains(name))
        return {};
    return QIcon(new PathIconEngine(name));
}

QStringList names()
{
    QStringList result = drawings().keys();
    result.sort();
    return result;
}

} // namespace lb::icons
