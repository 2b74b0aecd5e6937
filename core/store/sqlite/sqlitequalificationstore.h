#pragma once

#include "store/qualificationstore.h"

namespace lb {

class SqliteWorkspace;

// QualificationStore on the workspace's own connection (joins its transactions).
class SqliteQualificationStore final : public QualificationStore
{
public:
    explicit SqliteQualificationStore(SqliteWorkspace& workspace) : m_workspace(workspace) {}

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
    SqliteWorkspace& m_workspace;
};

} // namespace lb
