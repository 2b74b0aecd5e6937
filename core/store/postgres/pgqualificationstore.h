#pragma once

#include "store/qualificationstore.h"

namespace lb {

class PgWorkspace;

// QualificationStore of a team workspace, on the workspace's own connection (joins its
// transactions): the same rows and order as SqliteQualificationStore.
class PgQualificationStore final : public QualificationStore
{
public:
    explicit PgQualificationStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    QStringList frameworksOf(qint64 leadId) override;
    void useFramework(qint64 leadId, const QString& framework) override;
    QList<Answer> currentAnswers(qint64 leadId) override;
    QList<Answer> answerHistory(qint64 leadId, const QString& framework,
                                const QString& criterion) override;
    void recordAnswer(Answer& answer) override;
    void withdrawAnswer(qint64 leadId, const QString& framework, const QString& criterion,
                        const QDateTime& at) override;
    qint64 answerCount(qint64 leadId) override;
    QString userRole(const QString& userName) override;
    void setUserRole(const QString& userName, const QString& role) override;

private:
    PgWorkspace& m_workspace;
};

} // namespace lb
