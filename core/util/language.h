#pragma once

#include <QString>

class QCoreApplication;

namespace lb {

// Installs Leadbench's and Qt's own translations for `language` ("fi", "sv", "en"; empty: the
// system's) in place of those an earlier call installed, and makes the language's locale the
// default (numbers, dates). Returns the language in effect. Safe to call again while windows
// are open: each gets QEvent::LanguageChange and sets its texts anew (ui/main/retranslate.h).
// English gets a catalogue too: the plural forms
// ("1 lead", "2 leads") of the messages written "%n lead(s)".
//
// LEADBENCH_TRANSLATIONS=DIR: a catalogue found in DIR (leadbench_sv.qm, qt_extra_sv.qm, ...,
// made with lrelease) is used instead of the embedded one, so that translators preview their
// work without rebuilding the programs.
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace lb
