#include "store/sqlite/sqlitequalificationstore.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
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

QStringList SqliteQualificationStore::frameworksOf(qint64 leadId)
{
    // lead_frameworks has no order of its own; the first answer (or, without one, the name)
    // gives a stable order.
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT f.framework FROM lead_frameworks f WHERE f.lead_id = ? ORDER BY "
                       "(SELECT min(a.id) FROM framework_answers a WHERE a.lead_id = f.lead_id "
                       "AND a.framework = f.framework) IS NULL, (SELECT min(a.id) FROM "
                       "framework_answers a WHERE a.lead_id = f.lead_id AND a.framework = "
                       "f.framework), f.framework"));
    query.addBindValue(leadId);
    sqlite::exec(query, QStringLiteral("lead frameworks"));
    QStringList result;
    while (query.next())
        result << query.value(0).toString();
    return result;
}

void SqliteQualificationStore::useFramework(qint64 leadId, const QString& framework)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("INSERT OR IGNORE INTO lead_frameworks(lead_id, framework) VALUES(?, ?)"));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    sqlite::exec(query, QStringLiteral("use framework"));
}

QList<Answer> SqliteQualificationStore::currentAnswers(qint64 leadId)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT ") + answerColumns +
            QStringLiteral(" FROM framework_answers WHERE lead_id = ? AND superseded_at IS NULL "
                           "ORDER BY framework, id"));
    query.addBindValue(leadId);
    sqlite::exec(query, QStringLiteral("current answers"));
    QList<Answer> result;
    while (query.next())
        result << readAnswer(query);
    return result;
}

QList<Answer> SqliteQualificationStore::answerHistory(qint64 leadId, const QString& framework,
                                                      const QString& criterion)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT ") + answerColumns +
            QStringLiteral(" FROM framework_answers WHERE lead_id = ? AND framework = ? AND "
                           "criterion = ? ORDER BY at DESC, id DESC"));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    query.addBindValue(criterion);
    sqlite::exec(query, QStringLiteral("answer history"));
    QList<Answer> result;
    while (query.next())
        result << readAnswer(query);
    return result;
}

void SqliteQualificationStore::recordAnswer(Answer& answer)
{
    if (!answer.at.isValid())
        answer.at = QDateTime::currentDateTimeUtc();
    const QSqlDatabase db = m_workspace.database();
    QSqlQuery supersede = sqlite::prepare(
        db, QStringLiteral("UPDATE framework_answers SET superseded_at = ? WHERE lead_id = ? AND "
                           "framework = ? AND criterion = ? AND superseded_at IS NULL"));
    supersede.addBindValue(toIsoUtc(answer.at));
    supersede.addBindValue(answer.leadId);
    supersede.addBindValue(answer.framework);
    supersede.addBindValue(answer.criterion);
    sqlite::exec(supersede, QStringLiteral("supersede answer"));
    QSqlQuery insert = sqlite::prepare(
        db, QStringLiteral("INSERT INTO framework_answers(lead_id, framework, criterion, status, "
                           "note, value, by_user, at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(answer.leadId);
    insert.addBindValue(answer.framework);
    insert.addBindValue(answer.criterion);
    insert.addBindValue(answerStatusName(answer.status));
    // A null QString binds as NULL; the column wants text.
    insert.addBindValue(answer.note.isNull() ? QStringLiteral("") : answer.note);
    insert.addBindValue(sqlite::textOrNull(answer.value));
    insert.addBindValue(answer.by);
    insert.addBindValue(toIsoUtc(answer.at));
    sqlite::exec(insert, QStringLiteral("record answer"));
    answer.id = insert.lastInsertId().toLongLong();
}

void SqliteQualificationStore::withdrawAnswer(qint64 leadId, const QString& framework,
                                              const QString& criterion, const QDateTime& at)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("UPDATE framework_answers SET superseded_at = ? WHERE lead_id = ? AND "
                       "framework = ? AND criterion = ? AND superseded_at IS NULL"));
    query.addBindValue(toIsoUtc(at));
    query.addBindValue(leadId);
    query.addBindValue(framework);
    query.addBindValue(criterion);
    sqlite::exec(query, QStringLiteral("withdraw answer"));
}

qint64 SqliteQualificationStore::answerCount(qint64 leadId)
{
    QSqlQuery query =
        sqlite::prepare(m_workspace.database(),
                        QStringLiteral("SELECT count(*) FROM framework_answers WHERE lead_id = ?"));
    query.addBindValue(leadId);
    sqlite::exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString SqliteQualificationStore::userRole(const QString& userName)
{
    QSqlQuery query = sqlite::prepare(m_workspace.database(),
                                      QStringLiteral("SELECT role FROM users WHERE name = ?"));
    query.addBindValue(userName);
    sqlite::exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

void SqliteQualificationStore::setUserRole(const QString& userName, const QString& role)
{
    const qint64 id = m_workspace.users().ensure(userName);
    QSqlQuery query = sqlite::prepare(m_workspace.database(),
                                      QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    query.addBindValue(role);
    query.addBindValue(id);
    sqlite::exec(query, QStringLiteral("set user role"));
}

} // namespace lb
