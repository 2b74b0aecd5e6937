#pragma once

#include <QIcon>
#include <QString>

namespace lb::icons {

// The application's icons, drawn with QPainter paths on a 24 x 24 grid (the Qt in use may
// have no SVG plugin): sharp at every size and device pixel ratio, one stroke style, and
// legible on light and dark themes — outlines take the palette's text colour as it is when
// painted, the accents are mid-tone colours that read on both.
//
// Names: import, export, accept, qualify, nurture, disqualify, convert, undo, redo, search,
// settings, backup, app. An unknown name gives a null icon.
QIcon icon(const QString& name);

// Every name icon() knows.
QStringList names();

// The window icon: a funnel in a rounded square.
inline QIcon app()
{
    return icon(QStringLiteral("app"));
}

} // namespace lb::icons
