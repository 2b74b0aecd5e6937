#include "qualification/qualificationservice.h"

#include "lifecycle/leadguard.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace lb {

const FrameworkReadiness* LeadQualification::framework(const QString& id) const
{
    for (const FrameworkReadiness& readiness : frameworks) {
        if (readiness.framework->id.compare(id, Qt::CaseInsensitive) == 0)
            return &readiness;
    }
    return nullptr;
}

double LeadQualification::bestReadiness() const
{
    double best = 0.0;
    for (const FrameworkReadiness& readiness : frameworks)
        best = std::max(best, readiness.readiness);
    return best;
}

QStringList LeadQualification::disqualifying() const
{
    QStringList result;
    for (const FrameworkReadiness& readiness : frameworks) {
        for (const QString& key : readiness.disqualifying)
            result << readiness.framework->id + QLatin1Char('/') + key;
    }
    return result;
}

QualificationService::QualificationService(Workspace& workspace, const FrameworkCatalog& catalog)
    : m_workspace(workspace), m_catalog(catalog), m_store(&workspace.qualification())
{
}

QualificationSettings QualificationService::settings()
{
    return QualificationSettings::load(m_workspace.settings());
}

QString QualificationService::normalizeValue(const CriterionDefinition& criterion,
                                             const QString& value)
{
    QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    switch (criterion.kind) {
    case ValueKind::Amount: {
        QString digits = trimmed;
        digits.remove(QLatin1Char(' '));
        digits.remove(QChar(0x00A0));
        digits.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double amount = digits.toDouble(&ok);
        // toDouble() reads "inf" and "nan" too: an amount is a finite number.
        if (!ok || !std::isfinite(amount) || amount < 0)
            throw QualificationError(
                QCoreApplication::translate("lb::Qualification",
                                            //: %1 a criterion's name (Budget), %2 what was typed
                                            "%1: “%2” is not an amount (a number such as 25000).")
                    .arg(criterion.displayName(), value));
        // To the cent, without decimals when whole after that: 12.999 is "13" like 13 (it was
        // "13.00", which read again became "13"). Beyond 10^15 a double has no cents to round.
        // (std::trunc, not qRound64: an amount beyond the range of qint64 is still a whole
        // number, and converting it to one is undefined.)
        const double stored = amount < 1e15 ? std::round(amount * 100) / 100 : amount;
        return QString::number(stored, 'f', stored == std::trunc(stored) ? 0 : 2);
    }
    case ValueKind::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            throw QualificationError(
                QCoreApplication::translate("lb::Qualification",
                                            //: %1 a criterion's name (Timeline), %2 what was typed
                                            "%1: “%2” is not a date (YYYY-MM-DD).")
                    .arg(criterion.displayName(), value));
        return date.toString(Qt::ISODate);
    }
    case ValueKind::Contact:
    case ValueKind::Text:
        return trimmed;
    }
    return trimmed;
}

Answer QualificationService::record(const Lead& lead, const AnswerInput& input,
                                    const QString& actor)
{
    if (const auto refusal = readOnlyReason(lead))
        throw QualificationError(*refusal);
    const FrameworkDefinition* framework = m_catalog.find(input.framework);
    if (!framework)
        throw QualificationError(
            QCoreApplication::translate("lb::Qualification", "unknown framework \"%1\" (one of %2)")
                .arg(input.framework, m_catalog.ids().join(QStringLiteral(", "))));
    const CriterionDefinition* criterion = framework->criterion(input.criterion.trimmed());
    if (!criterion)
        throw QualificationError(
            QCoreApplication::translate("lb::Qualification",
                                        "framework %1 has no criterion \"%2\" (one of %3)")
                .arg(framework->id, input.criterion,
                     framework->criterionKeys().join(QStringLiteral(", "))));
    Answer answer;
    answer.leadId = lead.id;
    answer.framework = framework->id;
    answer.criterion = criterion->key;
    answer.status = input.status;
    answer.note = input.note.trimmed();
    answer.value = normalizeValue(*criterion, input.value);
    answer.by = actor;
    answer.at = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_workspace);
    m_store->useFramework(lead.id, framework->id);
    m_store->recordAnswer(answer);
    transaction.commit();
    return answer;
}

AnswerChange QualificationService::change(const Lead& lead, const AnswerInput& input,
                                          const QString& actor)
{
    Transaction transaction(m_workspace);
    // The criterion's current answer, which record() is about to supersede (an unknown
    // framework or criterion is refused by record() below).
    std::optional<Answer> before;
    if (const FrameworkDefinition* framework = m_catalog.find(input.framework)) {
        if (const CriterionDefinition* criterion = framework->criterion(input.criterion.trimmed()))
            before = currentAnswer(lead.id, framework->id, criterion->key);
    }
    AnswerChange result;
    result.after = record(lead, input, actor);
    result.leadId = lead.id;
    result.framework = result.after->framework;
    result.criterion = result.after->criterion;
    result.before = before;
    transaction.commit();
    return result;
}

std::optional<Answer> QualificationService::currentAnswer(qint64 leadId, const QString& framework,
                                                          const QString& criterion)
{
    for (const Answer& answer : m_store->currentAnswers(leadId)) {
        if (answer.framework == framework && answer.criterion == criterion)
            return answer;
    }
    return std::nullopt;
}

AnswerChange QualificationService::revert(const AnswerChange& done, const QString& actor)
{
    Transaction transaction(m_workspace);
    const std::optional<Lead> lead = m_workspace.leads().find(done.leadId);
    if (!lead)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Qualification", "lead %1 no longer exists")
                .arg(done.leadId));
    if (const auto refusal = readOnlyReason(*lead))
        throw QualificationError(*refusal);
    const std::optional<Answer> current =
        currentAnswer(done.leadId, done.framework, done.criterion);
    const bool unchanged = current ? done.after && done.after->id == current->id : !done.after;
    if (!unchanged) {
        // The criterion by its translated name: "BANT: Authority", never "BANT/authority".
        const FrameworkDefinition* framework = m_catalog.find(done.framework);
        const CriterionDefinition* criterion =
            framework ? framework->criterion(done.criterion) : nullptr;
        const QString name = (framework ? framework->title : done.framework) +
                             QStringLiteral(": ") +
                             (criterion ? criterion->displayName() : done.criterion);
        throw QualificationError(
            current
                //: %1 a framework and criterion ("BANT: Authority"), %2 who answered it last
                ? QCoreApplication::translate("lb::Qualification",
                                              "%2 has answered %1 again since, and that answer "
                                              "stays. Reload the lead to see it.")
                      .arg(name, current->by)
                //: %1 a framework and criterion ("BANT: Authority")
                : QCoreApplication::translate("lb::Qualification",
                                              "The answer to %1 was withdrawn since. Reload the "
                                              "lead to see it.")
                      .arg(name));
    }
    AnswerChange result;
    result.leadId = done.leadId;
    result.framework = done.framework;
    result.criterion = done.criterion;
    result.before = current;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (done.before) {
        Answer again = *done.before;
        again.id = 0;
        again.by = actor;
        // Never before the answer it supersedes, so the history stays in time order.
        again.at = current && current->at > now ? current->at : now;
        m_store->useFramework(done.leadId, done.framework);
        m_store->recordAnswer(again);
        result.after = again;
    } else {
        m_store->withdrawAnswer(done.leadId, done.framework, done.criterion, now);
    }
    transaction.commit();
    return result;
}

void QualificationService::useFramework(const Lead& lead, const QString& frameworkName)
{
    if (const auto refusal = readOnlyReason(lead))
        throw QualificationError(*refusal);
    const FrameworkDefinition* framework = m_catalog.find(frameworkName);
    if (!framework)
        throw QualificationError(
            QCoreApplication::translate("lb::Qualification", "unknown framework \"%1\" (one of %2)")
                .arg(frameworkName, m_catalog.ids().join(QStringLiteral(", "))));
    m_store->useFramework(lead.id, framework->id);
}

LeadQualification QualificationService::load(qint64 leadId, const QDateTime& now)
{
    LeadQualification result;
    result.leadId = leadId;
    result.settings = settings();
    const QList<Answer> answers = m_store->currentAnswers(leadId);
    for (const QString& id : m_store->frameworksOf(leadId)) {
        // A framework no longer shipped keeps its rows but cannot be assessed.
        if (const FrameworkDefinition* framework = m_catalog.find(id))
            result.frameworks << computeReadiness(*framework, answers, now,
                                                  result.settings.freshnessDays);
    }
    return result;
}

QList<Answer> QualificationService::history(qint64 leadId, const QString& framework,
                                            const QString& criterion)
{
    const FrameworkDefinition* definition = m_catalog.find(framework);
    return m_store->answerHistory(leadId, definition ? definition->id : framework, criterion);
}

} // namespace lb
