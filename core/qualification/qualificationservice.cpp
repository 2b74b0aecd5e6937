#include "qualification/qualificationservice.h"

#include "lifecycle/leadguard.h"
#include "store/qualificationstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <algorithm>

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
    : m_workspace(workspace), m_catalog(catalog), m_store(makeQualificationStore(workspace))
{
}

QualificationService::~QualificationService() = default;

QualificationSettings QualificationService::settings()
{
    return QualificationSettings::load(m_workspace.settings());
}

QString QualificationService::normalizeValue(const CriterionDefinition& criterion,
                                             const QString& value)
{
    const QString trimmed = value.trimmed();
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
        if (!ok || amount < 0)
            throw QualificationError(
                QCoreApplication::translate(
                    "lb::Qualification",
                    "criterion %1: value \"%2\" is not an amount (a number such as 25000)")
                    .arg(criterion.key, value));
        return QString::number(amount, 'f', amount == qRound64(amount) ? 0 : 2);
    }
    case ValueKind::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            throw QualificationError(
                QCoreApplication::translate("lb::Qualification",
                                            "criterion %1: value \"%2\" is not a date (YYYY-MM-DD)")
                    .arg(criterion.key, value));
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
