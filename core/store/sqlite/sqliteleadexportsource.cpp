#include "store/sqlite/sqliteleadexportsource.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"

#include <sqlite3.h>

namespace lb {

namespace {

constexpr int pageSize = 10000;

// Finalises the statement however the export ends.
struct StatementGuard
{
    sqlite3_stmt* statement = nullptr;
    ~StatementGuard() { sqlite3_finalize(statement); }
};

} // namespace

std::unique_ptr<LeadExportSource> makeLeadExportSource(Workspace& workspace)
{
    return std::make_unique<SqliteLeadExportSource>(dynamic_cast<SqliteWorkspace&>(workspace));
}

QStringList SqliteLeadExportSource::customFieldNames(std::optional<Stage> stage)
{
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT DISTINCT j.key FROM leads l JOIN lead_scores s ON s.lead_id = "
                       "l.id, json_each(l.custom) j WHERE l.custom IS NOT NULL AND (? IS NULL OR "
                       "s.stage = ?) ORDER BY 1"));
    const QVariant stageValue =
        stage ? QVariant(stageName(*stage)) : QVariant(QMetaType::fromType<QString>());
    query.addBindValue(stageValue);
    query.addBindValue(stageValue);
    sqlite::exec(query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

qint64 SqliteLeadExportSource::forEach(std::optional<Stage> stage,
                                       const std::function<void(const LeadExportRow&)>& row)
{
    sqlite3* db = m_workspace.handle();
    const char* sql =
        "SELECT l.id, l.email, l.first_name, l.last_name, l.phone, l.title, l.company, l.website, "
        "l.industry, l.employees, l.annual_revenue, l.budget, l.expected_close, l.country, "
        "l.city, l.source, u.name, s.stage, s.score, s.grade, l.custom FROM leads l JOIN "
        "lead_scores s ON s.lead_id = l.id LEFT JOIN users u ON u.id = l.owner_id WHERE l.id > ?1 "
        "AND (?2 IS NULL OR s.stage = ?2) "
        "ORDER BY l.id LIMIT ?3";
    StatementGuard guard;
    sqlite::check(db, sqlite3_prepare_v2(db, sql, -1, &guard.statement, nullptr), sql);
    sqlite3_stmt* statement = guard.statement;
    const QByteArray stageText = stage ? stageName(*stage).toUtf8() : QByteArray();
    if (stage)
        sqlite3_bind_text(statement, 2, stageText.constData(), int(stageText.size()),
                          SQLITE_STATIC);
    sqlite3_bind_int(statement, 3, pageSize);

    LeadExportRow out;
    qint64 lastId = 0;
    qint64 count = 0;
    for (;;) {
        // Paged by key: each page is a fresh seek on the primary key, never an OFFSET scan.
        sqlite3_bind_int64(statement, 1, lastId);
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            lastId = sqlite3_column_int64(statement, 0);
            for (int c = 0; c < LeadExportRow::columnCount; ++c) {
                const auto* text =
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, c + 1));
                out.values[c] =
                    QByteArrayView(text, text ? sqlite3_column_bytes(statement, c + 1) : 0);
            }
            const auto* custom = reinterpret_cast<const char*>(
                sqlite3_column_text(statement, LeadExportRow::columnCount + 1));
            out.customJson = QByteArrayView(
                custom,
                custom ? sqlite3_column_bytes(statement, LeadExportRow::columnCount + 1) : 0);
            row(out);
            ++rows;
        }
        sqlite3_reset(statement);
        sqlite::check(db, rc, sql);
        count += rows;
        if (rows < pageSize)
            break;
    }
    return count;
}

} // namespace lb
