#include "scoring/rulelabels.h"

#include "scoring/scoreresult.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::scoring {

namespace {
// The rule labels of resources/models/default.json, listed so that lupdate extracts them.
// Keep in step with that file; a label missing here is simply shown untranslated.
[[maybe_unused]] const char* const defaultModelLabels[] = {
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Decision-maker title"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Manager title"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "50-1000 employees"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "10-49 employees"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Over 1000 employees"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Revenue at least 5 M"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Software industry"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Industry we serve well"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Nordic country"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Baltic or German-speaking country"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Budget of 10,000 or more"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Expected decision date known"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Competitor domain"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Free e-mail address"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Student or intern"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "E-mail opens"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Web visits"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Content downloads"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Blog comments"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Social follows"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Event or webinar registrations"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Trial signup"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Contact request"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "Unsubscribed"),
    QT_TRANSLATE_NOOP("lb::DefaultModel", "E-mail bounced"),
};
} // namespace

QString displayRuleLabel(const QString& label)
{
    return QCoreApplication::translate("lb::DefaultModel", label.toUtf8().constData());
}

QString displayContributionLabel(const Contribution& line)
{
    if (line.kind == Contribution::Kind::Rule)
        return displayRuleLabel(line.label);
    const QString bound = QLocale().toString(line.bound);
    if (line.rule == QLatin1String(fitMaxRule))
        //: Explanation line: the points over the model's fit maximum; %1 the maximum
        return QCoreApplication::translate("lb::scoring", "Fit capped at %1").arg(bound);
    if (line.rule == QLatin1String(behaviorMaxRule))
        //: Explanation line: the points over the model's behaviour maximum; %1 the maximum
        return QCoreApplication::translate("lb::scoring", "Behaviour capped at %1").arg(bound);
    //: Explanation line: the points a behaviour rule's cap took off; %1 rule label, %2 the cap
    return QCoreApplication::translate("lb::scoring", "%1: capped at %2")
        .arg(displayRuleLabel(line.label), bound);
}

} // namespace lb::scoring
