#include "store/postgres/pgqualificationstore.h"

#include "store/leadcodec.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/teamroles.h"
#include "util/isotime.h"

namespace lb {

namespace {

const QString answerColumns =
    QStringLiteral("id, lead_id, framework, criterion, status, note, value, by_user, at");

Answer readAnswer(const QSqlQuery& q)
{
    Answer answer;
    answer.id = q.value(0).toLongLong();
    answer.leadId = q.value(1).toLongLong();
    answer.framework = q.value(2).toString();
    answer.criterion = q.value(3).toString();
    answer.status = answerStatusFromName(q.value(4).toString()).value_or(AnswerStatus::Unknown);
    answer.note = q.value(5).toString();
    answer.value = q.value(6).toString();
    answer.by = q.value(7).toString();
    answer.at = fromIsoUtc(q.value(8).toString());
    return answer;
}

} // namespace

QStringList PgQualificationStore::frameworksOf(qint64 leadId)
{
    // lead_frameworks has no order of its own; the first answer (or, without one, the name)
    // gives a stable order. false orders before true, as SQLite's 0 before 1.
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT f.framework FROM lead_frameworks f WHERE f.lead_id = ? ORDER BY "
                       "(SELECT min(a.id) FROM framework_answers a WHERE a.lead_id = f.lead_id "
                       "AND a.framework = f.framework) IS NULL, (SELECT min(a.id) FROM "
                       "framework_answers a WHERE a.lead_id = f.lead_id AND a.framework = "
                       "f.framework), f.framework"));
    query.addBindValue(leadId);
    pg::exec(query, QStringLiteral("lead frameworks"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

void PgQualificationStore::useFramework(qint64 leadId, const QString& framework)
{
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("INSERT INTO lead_frameworks(lead_id, framework) "
                                                 "VALUES(?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    pg::exec(query, QStringLiteral("use framework"));
}

QList<Answer> PgQualificationStore::currentAnswers(qint64 leadId)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT ") + answerColumns +
            QStringLiteral(" FROM framework_answers WHERE lead_id = ? AND superseded_at IS NULL "
                           "ORDER BY framework, id"));
    query.addBindValue(leadId);
    pg::exec(query, QStringLiteral("current answers"));
    QList<Answer> result;
    while (query.next())
        result << readAnswer(query);
    return result;
}

QList<Answer> PgQualificationStore::answerHistory(qint64 leadId, const QString& framework,
                                                  const QString& criterion)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT ") + answerColumns +
            QStringLiteral(" FROM framework_answers WHERE lead_id = ? AND framework = ? AND "
                           "criterion = ? ORDER BY at DESC, id DESC"));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    query.addBindValue(criterion);
    pg::exec(query, QStringLiteral("answer history"));
    QList<Answer> result;
    while (query.next())
        result << readAnswer(query);
    return result;
}

void PgQualificationStore::recordAnswer(Answer& answer)
{
    if (!answer.at.isValid())
        answer.at = QDateTime::currentDateTimeUtc();
    const QSqlDatabase db = m_workspace.database();
    QSqlQuery supersede = pg::prepare(
        db, QStringLiteral("UPDATE framework_answers SET superseded_at = ? WHERE lead_id = ? AND "
                           "framework = ? AND criterion = ? AND superseded_at IS NULL"));
    supersede.addBindValue(toIsoUtc(answer.at));
    supersede.addBindValue(answer.leadId);
    supersede.addBindValue(answer.framework);
    supersede.addBindValue(answer.criterion);
    pg::exec(supersede, QStringLiteral("supersede answer"));
    QSqlQuery insert = pg::prepare(
        db,
        QStringLiteral("INSERT INTO framework_answers(lead_id, framework, criterion, status, "
                       "note, value, by_user, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(answer.leadId);
    insert.addBindValue(answer.framework);
    insert.addBindValue(answer.criterion);
    insert.addBindValue(answerStatusName(answer.status));
    // A null QString binds as NULL; the column wants text.
    insert.addBindValue(answer.note.isNull() ? QStringLiteral("") : answer.note);
    insert.addBindValue(leadcodec::textOrNull(answer.value));
    insert.addBindValue(answer.by);
    insert.addBindValue(toIsoUtc(answer.at));
    pg::exec(insert, QStringLiteral("record answer"));
    answer.id = insert.next() ? insert.value(0).toLongLong() : 0;
}

void PgQualificationStore::withdrawAnswer(qint64 leadId, const QString& framework,
                                          const QString& criterion, const QDateTime& at)
{
    QSqlQuery query = pg::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE framework_answers SET superseded_at = ? WHERE lead_id = ? AND "
                       "framework = ? AND criterion = ? AND superseded_at IS NULL"));
    query.addBindValue(toIsoUtc(at));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    query.addBindValue(criterion);
    pg::exec(query, QStringLiteral("withdraw answer"));
}

qint64 PgQualificationStore::answerCount(qint64 leadId)
{
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("SELECT count(*) FROM framework_answers WHERE lead_id = ?"));
    query.addBindValue(leadId);
    pg::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString PgQualificationStore::userRole(const QString& userName)
{
    // Once the team has roles, the server says what the connected login is; what the users
    // table says of a name is only what was written there (and the server refuses what the
    // login may not do anyway).
    TeamRoles* team = m_workspace.teamRoles();
    if (team && team->initialized()) {
        const QString login =
            pg::scalar(m_workspace.database(), QStringLiteral("SELECT session_user")).toString();
        if (login.compare(userName, Qt::CaseInsensitive) == 0)
            return team->connectedRole();
    }
    // users.name compares without case, as its COLLATE NOCASE does on SQLite (the unique index
    // users_name is on lower(name)).
    QSqlQuery query =
        pg::prepare(m_workspace.database(),
                    QStringLiteral("SELECT role FROM users WHERE lower(name) = lower(?)"));
    query.addBindValue(userName);
    pg::exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

void PgQualificationStore::setUserRole(const QString& userName, const QString& role)
{
    const qint64 id = m_workspace.users().ensure(userName);
    QSqlQuery query = pg::prepare(m_workspace.database(),
                                  QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    query.addBindValue(role);
    query.addBindValue(id);
    pg::exec(query, QStringLiteral("set user role"));
}

} // namespace lb
