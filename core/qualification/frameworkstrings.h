#pragma once

#include <QSet>
#include <QString>

namespace lb {

// The translated form of a criterion name or question from the framework resources. The texts
// are listed in frameworkstrings.cpp so that lupdate sees them; a text missing there is shown
// untranslated (and a test fails).
QString translateFrameworkText(const QString& sourceText);

// Every source text frameworkstrings.cpp declares, for the test that keeps it complete.
const QSet<QString>& frameworkSourceTexts();

} // namespace lb
