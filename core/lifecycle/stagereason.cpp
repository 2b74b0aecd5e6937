#include "lifecycle/stagereason.h"

#include "lifecycle/systemtext.h"

#include <QCoreApplication>

namespace lb {

namespace {

QString normalizeKey(QString text)
{
    text = text.trimmed().toLower();
    text.replace(QLatin1Char(' '), QLatin1Char('_'));
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    return text;
}

} // namespace

const QList<StageReasonDefinition>& stageReasons()
{
    static const QList<StageReasonDefinition> reasons = {
        {QStringLiteral("no_budget"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "No budget"))},
        {QStringLiteral("no_authority"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "No authority"))},
        {QStringLiteral("no_need"), QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "No need"))},
        {QStringLiteral("bad_timing"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Bad timing"))},
        {QStringLiteral("competitor"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Competitor"))},
        {QStringLiteral("student"), QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Student"))},
        {QStringLiteral("duplicate"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Duplicate"))},
        {QStringLiteral("invalid_contact_data"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Invalid contact data"))},
        {QStringLiteral("unresponsive"),
         QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Unresponsive"))},
        //: A reason not in the list; the user types it.
        {QStringLiteral("other"), QStringLiteral(QT_TRANSLATE_NOOP("lb::Lifecycle", "Other"))},
    };
    return reasons;
}

QString reasonLabel(const QString& key)
{
    for (const StageReasonDefinition& reason : stageReasons()) {
        if (reason.key == key)
            return QCoreApplication::translate("lb::Lifecycle", reason.label.toUtf8().constData());
    }
    return key;
}

QString StageReason::toStored() const
{
    if (detail.isEmpty())
        return key;
    if (key.isEmpty())
        return escapeUserText(detail);
    return key + QStringLiteral(": ") + detail;
}

QString StageReason::display() const
{
    QString label = key.isEmpty() ? QString() : reasonLabel(key);
    if (detail.isEmpty())
        return label;
    if (label.isEmpty())
        return detail;
    return label + QStringLiteral(": ") + detail;
}

StageReason parseStageReason(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString head = colon < 0 ? trimmed : trimmed.left(colon);
    const QString tail = colon < 0 ? QString() : trimmed.mid(colon + 1).trimmed();
    const QString key = normalizeKey(head);
    for (const StageReasonDefinition& reason : stageReasons()) {
        if (reason.key == key || normalizeKey(reason.label) == key)
            return {reason.key, tail};
    }
    return {QStringLiteral("other"), trimmed};
}

QString displayStoredReason(const QString& stored)
{
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    const QString head = colon < 0 ? stored.trimmed() : stored.left(colon).trimmed();
    for (const StageReasonDefinition& reason : stageReasons()) {
        if (reason.key == head)
            return StageReason{reason.key, colon < 0 ? QString() : stored.mid(colon + 1).trimmed()}
                .display();
    }
    // The demo data of earlier versions stored the English labels.
    for (const StageReasonDefinition& reason : stageReasons()) {
        if (reason.label == stored)
            return reasonLabel(reason.key);
    }
    return displayStoredText(stored);
}

} // namespace lb
