#include "store/postgres/pgleadexportsource.h"

#include "model/leadfields.h"
#include "store/leadcodec.h"
#include "store/leadrow.h"
#include "store/postgres/pglibpq.h"
#include "store/postgres/pgsupport.h"
#include "store/postgres/pgworkspace.h"

#include <cmath>
#include <cstdio>
#include <libpq-fe.h>
#include <set>

namespace lb {

namespace {

constexpr int pageSize = 10000;

// A REAL as SQLite 3.40 gives it as text (sqlite3_column_text, "%!.15g"): 15 significant
// digits, and always a decimal point ("50000.0", "1.0e+20"), so that an export reads the same
// from both backends.
void appendSqliteReal(QByteArray& out, double value)
{
    if (std::isinf(value)) {
        out += value > 0 ? "Inf" : "-Inf";
        return;
    }
    char text[40];
    const int length = std::snprintf(text, sizeof text, "%.15g", value);
    const QByteArrayView digits(text, length);
    if (digits.contains('.') || digits.contains('n') || digits.contains('N')) {
        out += digits;
        return;
    }
    const qsizetype exponent = digits.indexOf('e');
    if (exponent < 0) {
        out += digits;
        out += ".0";
    } else {
        out += digits.first(exponent);
        out += ".0";
        out += digits.sliced(exponent);
    }
}

// Rolls a snapshot transaction back however the export ends (it wrote nothing).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(PgWorkspace& workspace) : m_workspace(workspace)
    {
        // Inside a transaction of its own caller the export reads what that one sees.
        if (m_workspace.inTransaction())
            return;
        pg::exec(m_workspace.database(),
                 QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        m_open = true;
    }
    ~ReadSnapshot()
    {
        if (m_open) {
            QSqlQuery end(m_workspace.database());
            end.exec(QStringLiteral("ROLLBACK"));
        }
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    PgWorkspace& m_workspace;
    bool m_open = false;
};

} // namespace

void PgLeadExportSource::forEachPage(const LeadFilter& leads,
                                     const std::function<void(const QString&)>& page)
{
    const ReadSnapshot snapshot(m_workspace);
    const LeadSort byId{LeadSortKey::Id, false};
    LeadRow last;
    bool first = true;
    for (;;) {
        // Paged by key: each page is a fresh seek on the primary key, never an OFFSET scan.
        const QList<LeadRow> rows =
            m_workspace.leads().rows(leads, byId, 0, pageSize, first ? nullptr : &last);
        if (rows.isEmpty())
            break;
        QString ids = QStringLiteral("{");
        for (const LeadRow& row : rows) {
            if (ids.size() > 1)
                ids += QLatin1Char(',');
            ids += QString::number(row.id);
        }
        ids += QLatin1Char('}');
        page(ids);
        if (rows.size() < pageSize)
            break;
        last = rows.constLast();
        first = false;
    }
}

QStringList PgLeadExportSource::customFieldNames(const LeadFilter& leads)
{
    PGconn* connection = pg::nativeHandle(m_workspace.database());
    // Sorted by their UTF-8 bytes, as SQLite's ORDER BY sorts text.
    std::set<QByteArray> names;
    forEachPage(leads, [&](const QString& ids) {
        const pg::Result keys = pg::execParams(
            connection,
            "SELECT DISTINCT j.key FROM leads l, json_object_keys(l.custom::json) AS j(key) "
            "WHERE l.custom IS NOT NULL AND l.id = ANY($1::bigint[])",
            pg::Params().text(ids), {});
        for (int r = 0; r < PQntuples(keys.get()); ++r)
            names.emplace(PQgetvalue(keys.get(), r, 0), PQgetlength(keys.get(), r, 0));
    });
    QStringList list;
    for (const QByteArray& name : names)
        list << QString::fromUtf8(name);
    return list;
}

qint64 PgLeadExportSource::forEach(const LeadFilter& leads,
                                   const std::function<void(const LeadExportRow&)>& row)
{
    PGconn* connection = pg::nativeHandle(m_workspace.database());
    // The columns of LeadExportRow: the exported fields in the table's order, score and grade.
    QByteArray columns;
    std::array<bool, LeadExportRow::columnCount> real{};
    int column = 0;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (spec.has(LeadFieldFlag::Exported)) {
            columns += leadcodec::fieldSelect(spec) + ", ";
            real[size_t(column++)] = spec.type == FieldType::Number;
        }
    }
    const QByteArray sql =
        "SELECT l.id, " + columns +
        QByteArrayLiteral("s.score, s.grade, l.custom FROM leads l JOIN lead_scores s ON "
                          "s.lead_id = l.id LEFT JOIN users u ON u.id = l.owner_id WHERE l.id = "
                          "ANY($1::bigint[]) ORDER BY l.id");

    LeadExportRow out;
    QByteArray numbers; // the REALs of the row, as SQLite writes them
    qint64 count = 0;
    forEachPage(leads, [&](const QString& ids) {
        const pg::Result page =
            pg::execParams(connection, sql.constData(), pg::Params().text(ids), {});
        const PGresult* result = page.get();
        const int rows = PQntuples(result);
        for (int r = 0; r < rows; ++r) {
            numbers.clear();
            std::array<qsizetype, LeadExportRow::columnCount> ends{};
            for (int c = 0; c < LeadExportRow::columnCount; ++c) {
                if (PQgetisnull(result, r, c + 1)) {
                    out.values[size_t(c)] = QByteArrayView();
                } else if (real[size_t(c)]) {
                    appendSqliteReal(numbers, QByteArray(PQgetvalue(result, r, c + 1)).toDouble());
                    ends[size_t(c)] = numbers.size();
                } else {
                    out.values[size_t(c)] =
                        QByteArrayView(PQgetvalue(result, r, c + 1), PQgetlength(result, r, c + 1));
                }
            }
            // Viewed once written: the buffer may have moved meanwhile.
            qsizetype start = 0;
            for (int c = 0; c < LeadExportRow::columnCount; ++c) {
                if (ends[size_t(c)] == 0)
                    continue;
                out.values[size_t(c)] =
                    QByteArrayView(numbers.constData() + start, ends[size_t(c)] - start);
                start = ends[size_t(c)];
            }
            const int custom = LeadExportRow::columnCount + 1;
            out.customJson =
                PQgetisnull(result, r, custom)
                    ? QByteArrayView()
                    : QByteArrayView(PQgetvalue(result, r, custom), PQgetlength(result, r, custom));
            row(out);
        }
        count += rows;
    });
    return count;
}

} // namespace lb
