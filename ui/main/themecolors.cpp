#include "main/themecolors.h"

#include <QApplication>
#include <QStyleFactory>

namespace lb::theme {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QColor errorText(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor errorBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5c, 0x22, 0x22) : QColor(0xff, 0xcd, 0xd2);
}

QColor fitColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32);
}

QColor behaviorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x42, 0xa5, 0xf5) : QColor(0x15, 0x65, 0xc0);
}

QColor neutralColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x78, 0x90, 0x9c) : QColor(0x90, 0xa4, 0xae);
}

QString errorTextStyle(const QPalette& palette)
{
    return QStringLiteral("color: %1").arg(errorText(palette).name());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x44));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6d, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x48));
    return p;
}

void applyFromEnvironment()
{
    if (qEnvironmentVariable("LEADBENCH_THEME")
            .compare(QLatin1String("dark"), Qt::CaseInsensitive) != 0)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

} // namespace lb::theme
