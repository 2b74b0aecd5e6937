#pragma once

#include "model/crm.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>

namespace lb {

class Workspace;

// Framework answers and the frameworks a lead uses. The current answer to a criterion is the
// one not superseded; the older ones are its history and are never rewritten.
class QualificationStore
{
public:
    virtual ~QualificationStore() = default;

    // The frameworks the lead uses, in the order they were first used.
    virtual QStringList frameworksOf(qint64 leadId) = 0;
    // Records that the lead uses the framework (idempotent).
    virtual void useFramework(qint64 leadId, const QString& framework) = 0;

    // Current answers of every framework of the lead.
    virtual QList<Answer> currentAnswers(qint64 leadId) = 0;
    // Every answer ever given to one criterion, newest first.
    virtual QList<Answer> answerHistory(qint64 leadId, const QString& framework,
                                        const QString& criterion) = 0;
    // Supersedes the current answer (if any) at answer.at and stores the new one; sets its id.
    virtual void recordAnswer(Answer& answer) = 0;
    // Supersedes the criterion's current answer at `at` without a new one: the criterion is
    // open again, the withdrawn answer stays in its history. No-op when there is none.
    virtual void withdrawAnswer(qint64 leadId, const QString& framework, const QString& criterion,
                                const QDateTime& at) = 0;
    // Number of answers (current and history) the lead has.
    virtual qint64 answerCount(qint64 leadId) = 0;

    // The role of a user (sdr, manager, admin); empty when the user is unknown.
    virtual QString userRole(const QString& userName) = 0;
    // Creates the user when needed; role is sdr, manager or admin.
    virtual void setUserRole(const QString& userName, const QString& role) = 0;
};

} // namespace lb
