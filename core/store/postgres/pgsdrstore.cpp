// OwnerStore and TouchStore on the team workspace's own connection (they join its
// transactions), as store/sqlite/sqlitesdrstore.cpp.
#include "store/postgres/pgsdrstore.h"

#include "store/leadcodec.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace lb {

namespace {

class PgOwnerStore final : public OwnerStore
{
public:
    explicit PgOwnerStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    void writeOwner(Lead& lead, const QString& owner, const QString& actor) override
    {
        const QSqlDatabase db = m_workspace.database();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QVariant ownerId = owner.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                 : QVariant(m_workspace.users().ensure(owner));
        // The trigger leads_owner_copy (pgschema.cpp) copies owner_id beside the score.
        QSqlQuery query = pg::prepare(
            db, QStringLiteral("UPDATE leads SET owner_id = ?, updated_at = ?, updated_by = ?, "
                               "version = version + 1 WHERE id = ? AND version = ?"));
        query.addBindValue(ownerId);
        query.addBindValue(toIsoUtc(now));
        query.addBindValue(actor);
        query.addBindValue(lead.id);
        query.addBindValue(lead.version);
        pg::exec(query, QStringLiteral("assign owner"));
        if (query.numRowsAffected() != 1)
            refuseChanged(db, lead.id);
        lead.owner = owner;
        lead.updatedAt = now;
        lead.updatedBy = actor;
        lead.version += 1;
    }

    void append(OwnerChange& change) override
    {
        if (!change.at.isValid())
            change.at = QDateTime::currentDateTimeUtc();
        QSqlQuery query = pg::prepare(
            m_workspace.database(),
            QStringLiteral("INSERT INTO owner_history(lead_id, at, from_owner, to_owner, by_user) "
                           "VALUES(?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(change.leadId);
        query.addBindValue(toIsoUtc(change.at));
        query.addBindValue(leadcodec::textOrNull(change.from));
        query.addBindValue(leadcodec::textOrNull(change.to));
        query.addBindValue(change.by);
        pg::exec(query, QStringLiteral("append owner history"));
        change.id = query.next() ? query.value(0).toLongLong() : 0;
    }

    QList<OwnerChange> forLead(qint64 leadId) override
    {
        QSqlQuery query = pg::prepare(
            m_workspace.database(),
            QStringLiteral("SELECT id, at, from_owner, to_owner, by_user FROM owner_history "
                           "WHERE lead_id = ? ORDER BY at, id"));
        query.addBindValue(leadId);
        pg::exec(query);
        QList<OwnerChange> changes;
        while (query.next()) {
            OwnerChange change;
            change.id = query.value(0).toLongLong();
            change.leadId = leadId;
            change.at = fromIsoUtc(query.value(1).toString());
            change.from = query.value(2).toString();
            change.to = query.value(3).toString();
            change.by = query.value(4).toString();
            changes << change;
        }
        return changes;
    }

    QList<qint64> unownedIn(Stage stage) override
    {
        QSqlQuery query = pg::prepare(
            m_workspace.database(),
            QStringLiteral("SELECT lead_id FROM lead_scores WHERE stage = ? AND owner_id IS NULL "
                           "ORDER BY stage_changed_at, lead_id"));
        query.addBindValue(stageName(stage));
        pg::exec(query);
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

private:
    // The same words as LeadRepository::update, so one translation serves both.
    [[noreturn]] static void refuseChanged(const QSqlDatabase& db, qint64 leadId)
    {
        QSqlQuery current = pg::prepare(
            db, QStringLiteral("SELECT updated_by, updated_at FROM leads WHERE id = ?"));
        current.addBindValue(leadId);
        pg::exec(current);
        if (!current.next())
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::Store", "lead %1 no longer exists").arg(leadId));
        throw StoreError(
            StoreError::Kind::Conflict,
            //: %1 the lead id, %2 the user who changed it, %3 when (date and time)
            QCoreApplication::translate("lb::Store",
                                        "lead %1 was changed by %2 at %3; reload it and try again")
                .arg(leadId)
                .arg(current.value(0).toString(), current.value(1).toString()));
    }

    PgWorkspace& m_workspace;
};

class PgTouchStore final : public TouchStore
{
public:
    explicit PgTouchStore(PgWorkspace& workspace) : m_workspace(workspace) {}

    void add(Touch& touch) override
    {
        QSqlQuery query = pg::prepare(
            m_workspace.database(),
            QStringLiteral("INSERT INTO touches(lead_id, at, type, outcome, note, by_user, "
                           "logged_at) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(touch.leadId);
        query.addBindValue(toIsoUtc(touch.at));
        query.addBindValue(touchTypeKey(touch.type));
        query.addBindValue(touch.outcome ? QVariant(touchOutcomeKey(*touch.outcome))
                                         : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(touch.note.isNull() ? QStringLiteral("") : touch.note);
        query.addBindValue(touch.by);
        query.addBindValue(toIsoUtc(touch.loggedAt));
        pg::exec(query, QStringLiteral("log touch"));
        touch.id = query.next() ? query.value(0).toLongLong() : 0;
        // A touch is activity on the lead as a marketing event is (the Last activity column
        // and its order): moved forward only, as events move it.
        QSqlQuery activity =
            pg::prepare(m_workspace.database(),
                        QStringLiteral("UPDATE leads SET last_activity_at = ? WHERE id = ? AND "
                                       "(last_activity_at IS NULL OR last_activity_at < ?)"));
        activity.addBindValue(toIsoUtc(touch.at));
        activity.addBindValue(touch.leadId);
        activity.addBindValue(toIsoUtc(touch.at));
        pg::exec(activity, QStringLiteral("log touch"));
    }

    bool remove(qint64 touchId) override
    {
        QSqlQuery query =
            pg::prepare(m_workspace.database(), QStringLiteral("DELETE FROM touches WHERE id = ?"));
        query.addBindValue(touchId);
        pg::exec(query, QStringLiteral("remove touch"));
        return query.numRowsAffected() == 1;
    }

    QList<Touch> forLead(qint64 leadId) override
    {
        QSqlQuery query = pg::prepare(
            m_workspace.database(),
            QStringLiteral("SELECT id, at, type, outcome, note, by_user, logged_at FROM touches "
                           "WHERE lead_id = ? ORDER BY at DESC, id DESC"));
        query.addBindValue(leadId);
        pg::exec(query);
        QList<Touch> touches;
        while (query.next()) {
            Touch touch;
            touch.id = query.value(0).toLongLong();
            touch.leadId = leadId;
            touch.at = fromIsoUtc(query.value(1).toString());
            touch.type = touchTypeFromKey(query.value(2).toString()).value_or(TouchType::Note);
            if (!query.isNull(3))
                touch.outcome = touchOutcomeFromKey(query.value(3).toString());
            touch.note = query.value(4).toString();
            touch.by = query.value(5).toString();
            touch.loggedAt = fromIsoUtc(query.value(6).toString());
            touches << touch;
        }
        return touches;
    }

    std::optional<QDateTime> firstTouchAt(qint64 leadId) override
    {
        QSqlQuery query =
            pg::prepare(m_workspace.database(),
                        QStringLiteral("SELECT min(at) FROM touches WHERE lead_id = ?"));
        query.addBindValue(leadId);
        pg::exec(query);
        if (!query.next() || query.isNull(0))
            return std::nullopt;
        return fromIsoUtc(query.value(0).toString());
    }

private:
    PgWorkspace& m_workspace;
};

} // namespace

std::unique_ptr<OwnerStore> makePgOwnerStore(PgWorkspace& workspace)
{
    return std::make_unique<PgOwnerStore>(workspace);
}

std::unique_ptr<TouchStore> makePgTouchStore(PgWorkspace& workspace)
{
    return std::make_unique<PgTouchStore>(workspace);
}

} // namespace lb
