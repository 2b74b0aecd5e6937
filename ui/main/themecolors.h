#pragma once

#include <QColor>
#include <QPalette>

namespace lb::theme {

// Colours with a meaning (errors, score parts) in a shade that reads on the palette in use:
// the light theme's deep tones turn into lighter ones on a dark window, where they would
// otherwise sink into the background. Everything else comes from the palette itself.

// True when the palette's base (the background of fields and tables) is dark.
bool isDark(const QPalette& palette);
bool isDark();

// Text that says something is wrong (validation, refusals, negative points).
QColor errorText(const QPalette& palette);
// The background of a row or field that is wrong, under the palette's normal text.
QColor errorBackground(const QPalette& palette);
// The score's parts: fit and behaviour.
QColor fitColor(const QPalette& palette);
QColor behaviorColor(const QPalette& palette);
// Bars of a second series next to a highlighted one (the current model in the histogram).
QColor neutralColor(const QPalette& palette);

// A dark palette for the Fusion style: used by the dark-theme checks and by LEADBENCH_THEME=dark.
QPalette darkPalette();
// With LEADBENCH_THEME=dark in the environment, switches the application to Fusion with
// darkPalette() (to try the look without changing the desktop theme).
void applyFromEnvironment();

// The style sheet rule for an error label's text, e.g. "color: #ff8a80".
QString errorTextStyle(const QPalette& palette);

} // namespace lb::theme
