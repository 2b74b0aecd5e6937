#include "store/postgres/pglifecyclestore.h"

#include "store/leadcodec.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"
#include "store/storeerror.h"
#include "util/isotime.h"

#include <QCoreApplication>

namespace lb {

namespace {

// What of a lead changed since it was read: its row (a new version) or its stage.
enum class Changed
{
    Row,
    Stage
};

// Refuses a move whose lead changed since it was read: who changed it and when come from the
// lead's row, or for a stage from its newest stage history line (as SqliteLifecycleStore).
[[noreturn]] void refuseChanged(const QSqlDatabase& db, qint64 leadId, Changed what)
{
    QSqlQuery current = pg::prepare(
        db, what == Changed::Stage
                ? QStringLiteral("SELECT by_user, at FROM stage_history WHERE lead_id = ? "
                                 "ORDER BY at DESC, id DESC LIMIT 1")
                : QStringLiteral("SELECT updated_by, updated_at FROM leads WHERE id = ?"));
    current.addBindValue(leadId);
    pg::exec(current);
    const bool found = current.next();
    if (!found && what == Changed::Row)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Store", "lead %1 no longer exists").arg(leadId));
    // The same words as LeadRepository::update, so one translation serves both.
    throw StoreError(StoreError::Kind::Conflict,
                     //: %1 the lead id, %2 the user who changed it, %3 when (date and time)
                     QCoreApplication::translate(
                         "lb::Store", "lead %1 was changed by %2 at %3; reload it and try again")
                         .arg(leadId)
                         .arg(found ? current.value(0).toString() : QString(),
                              found ? current.value(1).toString() : QString()));
}

} // namespace

void PgLifecycleStore::writeStage(Lead& lead, Stage to, const QDateTime& at,
                                  const std::optional<QString>& newOwner,
                                  const std::optional<ConversionLink>& link, const QString& actor)
{
    const QSqlDatabase db = m_workspace.database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Resolved before the UPDATE is prepared: ensure() runs statements of its own.
    const QVariant ownerId = !newOwner || newOwner->isEmpty()
                                 ? QVariant(QMetaType::fromType<qint64>())
                                 : QVariant(m_workspace.users().ensure(*newOwner));
    QString sql =
        QStringLiteral("UPDATE leads SET updated_at = ?, updated_by = ?, version = version + 1");
    if (newOwner)
        sql += QStringLiteral(", owner_id = ?");
    if (link)
        sql += QStringLiteral(", converted_account_id = ?, converted_contact_id = ?, "
                              "converted_opportunity_id = ?");
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    QSqlQuery query = pg::prepare(db, sql);
    query.addBindValue(toIsoUtc(now));
    query.addBindValue(actor);
    if (newOwner)
        query.addBindValue(ownerId);
    if (link) {
        query.addBindValue(link->accountId);
        query.addBindValue(link->contactId);
        query.addBindValue(link->opportunityId ? QVariant(*link->opportunityId)
                                               : QVariant(QMetaType::fromType<qint64>()));
    }
    query.addBindValue(lead.id);
    query.addBindValue(lead.version);
    pg::exec(query, QStringLiteral("move lead"));
    if (query.numRowsAffected() != 1)
        refuseChanged(db, lead.id, Changed::Row);
    // The stage is kept beside the score. A rescore moves leads to MQL there without touching
    // the lead's row (nor its version): the stage the move starts from is checked instead.
    QSqlQuery stage =
        pg::prepare(db, QStringLiteral("UPDATE lead_scores SET stage = ?, stage_changed_at = ? "
                                       "WHERE lead_id = ? AND stage = ?"));
    stage.addBindValue(stageName(to));
    stage.addBindValue(leadcodec::stageTimeOf(at));
    stage.addBindValue(lead.id);
    stage.addBindValue(stageName(lead.stage));
    pg::exec(stage, QStringLiteral("move lead"));
    if (stage.numRowsAffected() != 1)
        refuseChanged(db, lead.id, Changed::Stage);
    lead.stage = to;
    lead.stageChangedAt = at;
    if (newOwner)
        lead.owner = *newOwner;
    if (link)
        lead.converted = link;
    lead.updatedAt = now;
    lead.updatedBy = actor;
    lead.version += 1;
}

} // namespace lb
