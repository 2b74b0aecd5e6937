#pragma once

#include <functional>

class QObject;

namespace lb {

// Keeps a widget's translated texts in one function, run now and again on every
// QEvent::LanguageChange the widget receives: installing another language
// (lb::installTranslations, from Settings) sends one to every widget, so an open window
// follows the new language without a restart. The watcher is a child of `owner` and goes with
// it. Texts that depend on data (counts, the lead shown) are best re-shown from `setTexts` by
// calling the function that shows them.
void retranslate(QObject* owner, std::function<void()> setTexts);

// The same, but `onChange` runs only on a change of language, not now: for objects whose
// constructor sets its texts already (a model that emits headerDataChanged, say).
void onLanguageChange(QObject* owner, std::function<void()> onChange);

} // namespace lb
