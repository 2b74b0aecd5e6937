#include "leads/profileeditservice.h"

#include "lifecycle/leadguard.h"
#include "scoring/rescorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lb {

namespace {

QString problemsText(const QList<ProfileProblem>& problems)
{
    QStringList lines;
    for (const ProfileProblem& problem : problems)
        lines << QStringLiteral("%1: %2").arg(problem.field, problem.message);
    return lines.join(QLatin1Char('\n'));
}

Lead storedLead(Workspace& workspace, qint64 leadId)
{
    std::optional<Lead> lead = workspace.leads().find(leadId);
    if (!lead)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::ProfileEdit", "lead %1 no longer exists").arg(leadId));
    if (const auto refusal = readOnlyReason(*lead))
        throw StoreError(StoreError::Kind::Invalid, *refusal);
    return *lead;
}

void checkVersion(const Lead& current, qint64 expectedVersion)
{
    if (current.version != expectedVersion)
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("lb::ProfileEdit",
                                        "lead %1 was changed by %2 since version %3; reload it")
                .arg(current.id)
                .arg(current.updatedBy)
                .arg(expectedVersion));
}

} // namespace

ProfileEditError::ProfileEditError(QList<ProfileProblem> problems)
    : UserError(problemsText(problems)), m_problems(std::move(problems))
{
}

bool sameProfile(const Lead& a, const Lead& b)
{
    for (const QString& field : editableProfileFields()) {
        if (leadFieldText(a, field) != leadFieldText(b, field))
            return false;
    }
    return a.custom == b.custom;
}

ProfileEdit ProfileEditService::write(qint64 leadId, qint64 expectedVersion, const Lead& values,
                                      const QString& actor)
{
    Transaction transaction(m_workspace);
    ProfileEdit edit;
    edit.before = storedLead(m_workspace, leadId);
    checkVersion(edit.before, expectedVersion);
    edit.after = edit.before;
    copyProfile(values, edit.after);
    m_workspace.leads().update(edit.after, actor);
    scoring::rescoreLeads(m_workspace, {leadId}, QDateTime::currentDateTimeUtc());
    transaction.commit();
    // The score the rescoring wrote is part of the lead as stored now.
    if (std::optional<Lead> stored = m_workspace.leads().find(leadId))
        edit.after = *stored;
    return edit;
}

std::optional<ProfileEdit> ProfileEditService::edit(qint64 leadId,
                                                    std::optional<qint64> expectedVersion,
                                                    const QMap<QString, QString>& texts,
                                                    const QString& actor)
{
    Transaction transaction(m_workspace);
    const Lead current = storedLead(m_workspace, leadId);
    if (expectedVersion)
        checkVersion(current, *expectedVersion);
    Lead edited = current;
    const QList<ProfileProblem> problems = applyProfileTexts(edited, texts);
    if (!problems.isEmpty())
        throw ProfileEditError(problems);
    if (sameProfile(current, edited))
        return std::nullopt;
    ProfileEdit done = write(leadId, current.version, edited, actor);
    transaction.commit();
    return done;
}

} // namespace lb
