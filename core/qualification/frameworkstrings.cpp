#include "qualification/frameworkstrings.h"

#include <QCoreApplication>

namespace lb {

namespace {

// The criterion names and questions of resources/frameworks/*.json, here so that lupdate
// extracts them into the .ts files (the JSON files themselves are not scanned).
//: Criterion names are short headings; questions are what an SDR asks the prospect.
const char* const sourceTexts[] = {
    QT_TRANSLATE_NOOP("lb::Frameworks", "Authority"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Who makes the decision to buy?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Need"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What problem do you need to solve?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Urgency"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "By when must this be solved?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Money"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Is money set aside for solving this, and how much?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Budget"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Is there a budget for this, and how much?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Timeline"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "When do you plan to decide?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Challenges"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What challenges are you facing right now?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Prioritization"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "How high is this on your list of priorities?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Goals"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What are your goals for the coming year?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Plans"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "How do you plan to reach those goals?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Negative consequences"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What happens if you do not reach the goals?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Positive implications"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What changes for you when the goals are reached?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Metrics"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Which numbers would show that the solution works?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Economic buyer"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Who controls the money for this purchase?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Decision criteria"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "On what criteria will you choose a supplier?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Decision process"),
    QT_TRANSLATE_NOOP("lb::Frameworks",
                      "What steps does the decision go through, and who is involved?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Identify pain"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "What does the problem cost you today?"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Champion"),
    QT_TRANSLATE_NOOP("lb::Frameworks", "Who inside the company wants this to happen?"),
};

} // namespace

QString translateFrameworkText(const QString& sourceText)
{
    const QByteArray utf8 = sourceText.toUtf8();
    return QCoreApplication::translate("lb::Frameworks", utf8.constData());
}

const QSet<QString>& frameworkSourceTexts()
{
    static const QSet<QString> texts = [] {
        QSet<QString> set;
        for (const char* text : sourceTexts)
            set.insert(QString::fromUtf8(text));
        return set;
    }();
    return texts;
}

} // namespace lb
