#include "store/sqlite/sqliteleadexportsource.h"

#include "model/leadfields.h"
#include "store/sqlite/leadcolumns.h"
#include "store/sqlite/sqliteleadrepository.h"
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

// Binds one value of a filter's condition (text, whole number or number) at `index`; the texts
// are kept in `texts` until the statement is done with them.
void bindValue(sqlite3_stmt* statement, int index, const QVariant& value,
               std::vector<QByteArray>& texts)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        if (value.isNull())
            sqlite3_bind_null(statement, index);
        else
            sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        if (value.isNull())
            sqlite3_bind_null(statement, index);
        else
            sqlite3_bind_double(statement, index, value.toDouble());
        return;
    default:
        if (value.isNull()) {
            sqlite3_bind_null(statement, index);
            return;
        }
        texts.push_back(value.toString().toUtf8());
        sqlite3_bind_text(statement, index, texts.back().constData(), int(texts.back().size()),
                          SQLITE_STATIC);
    }
}

} // namespace

QStringList SqliteLeadExportSource::customFieldNames(const LeadFilter& leads)
{
    const sqlite::SqlPart condition = SqliteLeadRepository(m_workspace).condition(leads);
    QSqlQuery query = sqlite::prepare(
        m_workspace.database(),
        QStringLiteral("SELECT DISTINCT j.key FROM leads l JOIN lead_scores s ON s.lead_id = "
                       "l.id, json_each(l.custom) j WHERE l.custom IS NOT NULL AND ") +
            condition.sql + QStringLiteral(" ORDER BY 1"));
    for (const QVariant& value : condition.values)
        query.addBindValue(value);
    sqlite::exec(query);
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

qint64 SqliteLeadExportSource::forEach(const LeadFilter& leads,
                                       const std::function<void(const LeadExportRow&)>& row)
{
    sqlite3* db = m_workspace.handle();
    const sqlite::SqlPart condition = SqliteLeadRepository(m_workspace).condition(leads);
    // The columns of LeadExportRow: the exported fields in the table's order, score and grade.
    QByteArray columns;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (spec.has(LeadFieldFlag::Exported))
            columns += sqlite::fieldSelect(spec) + ", ";
    }
    const QByteArray sql =
        "SELECT l.id, " + columns +
        QByteArrayLiteral("s.score, s.grade, l.custom FROM leads l JOIN lead_scores s ON "
                          "s.lead_id = l.id LEFT JOIN users u ON u.id = l.owner_id WHERE l.id > ? "
                          "AND ") +
        condition.sql.toUtf8() + QByteArrayLiteral(" ORDER BY l.id LIMIT ?");
    StatementGuard guard;
    sqlite::check(db, sqlite3_prepare_v2(db, sql.constData(), -1, &guard.statement, nullptr),
                  sql.constData());
    sqlite3_stmt* statement = guard.statement;
    // ?1 is the last id of the page before, the filter's values follow, the page size is last.
    std::vector<QByteArray> texts;
    texts.reserve(size_t(condition.values.size()));
    for (qsizetype i = 0; i < condition.values.size(); ++i)
        bindValue(statement, int(i) + 2, condition.values.at(i), texts);
    sqlite3_bind_int(statement, int(condition.values.size()) + 2, pageSize);

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
        sqlite::check(db, rc, sql.constData());
        count += rows;
        if (rows < pageSize)
            break;
    }
    return count;
}

} // namespace lb
