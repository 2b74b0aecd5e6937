#include "support/workspacedump.h"

#include "store/sqlite/sqliteschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <sqlite3.h>

namespace lb::test {

namespace {

// A statement over a plain connection, finalised on scope exit.
class Statement
{
public:
    Statement(sqlite3* db, const QByteArray& sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" in ") +
                      QString::fromUtf8(sql);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool step() { return m_statement && sqlite3_step(m_statement) == SQLITE_ROW; }
    sqlite3_stmt* get() const { return m_statement; }
    QString error() const { return m_error; }
    QString text(int column) const
    {
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }

private:
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

// "2026-12-03T11:34:37Z" or with milliseconds: the shapes toIsoUtc/toIsoUtcExact write.
bool looksLikeIsoTime(const unsigned char* text, int size)
{
    return (size == 20 || size == 24) && text[4] == '-' && text[10] == 'T' && text[size - 1] == 'Z';
}

class RowHasher
{
public:
    explicit RowHasher(const DumpOptions& options)
        : m_fromSecs(options.nowFrom.toSecsSinceEpoch()), m_toSecs(options.nowTo.toSecsSinceEpoch())
    {
    }

    void add(sqlite3_stmt* row, int columns)
    {
        for (int i = 0; i < columns; ++i) {
            const int type = sqlite3_column_type(row, i);
            m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&type), sizeof type));
            if (type == SQLITE_INTEGER) {
                const qint64 value = sqlite3_column_int64(row, i);
                if (isNow(value) || isNow(value / 1000))
                    m_hash.addData("now");
                else
                    m_hash.addData(
                        QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
            } else if (type == SQLITE_FLOAT) {
                const double value = sqlite3_column_double(row, i);
                m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
            } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
                const auto* bytes = static_cast<const unsigned char*>(
                    type == SQLITE_TEXT ? sqlite3_column_text(row, i)
                                        : sqlite3_column_blob(row, i));
                const int size = sqlite3_column_bytes(row, i);
                if (type == SQLITE_TEXT && looksLikeIsoTime(bytes, size) &&
                    isNow(QDateTime::fromString(
                              QString::fromLatin1(reinterpret_cast<const char*>(bytes), size),
                              Qt::ISODateWithMs)
                              .toSecsSinceEpoch())) {
                    m_hash.addData("now");
                    continue;
                }
                m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
                m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(bytes), size));
            }
        }
    }
    QByteArray result() const { return m_hash.result(); }

private:
    bool isNow(qint64 secs) const { return secs >= m_fromSecs && secs <= m_toSecs; }

    qint64 m_fromSecs;
    qint64 m_toSecs;
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
};

// History and scores agree: the checks a workspace of the current version must pass however a
// command ended. Each query counts the rows that break one rule.
void reconcile(sqlite3* db, QStringList& problems)
{
    const QList<std::pair<QByteArray, QString>> rules = {
        {"SELECT (SELECT count(*) FROM leads) - (SELECT count(*) FROM lead_scores)",
         QStringLiteral("leads without a score row")},
        {"SELECT count(*) FROM lead_scores s WHERE EXISTS (SELECT 1 FROM stage_history h WHERE "
         "h.lead_id = s.lead_id) AND s.stage IS NOT (SELECT to_stage FROM stage_history h WHERE "
         "h.lead_id = s.lead_id ORDER BY h.id DESC LIMIT 1)",
         QStringLiteral("leads whose stage is not their last stage change's")},
        {"SELECT count(*) FROM lead_scores s WHERE s.stage <> 'New' AND NOT EXISTS (SELECT 1 "
         "FROM stage_history h WHERE h.lead_id = s.lead_id)",
         QStringLiteral("leads past New without a stage change")},
        {"SELECT count(*) FROM leads l JOIN lead_scores s ON s.lead_id = l.id WHERE "
         "(s.stage = 'Converted') <> (l.converted_account_id IS NOT NULL)",
         QStringLiteral("leads whose stage and conversion disagree")},
        {"SELECT count(*) FROM opportunities o WHERE EXISTS (SELECT 1 FROM opportunity_history "
         "h WHERE h.opportunity_id = o.id) AND o.stage IS NOT (SELECT to_stage FROM "
         "opportunity_history h WHERE h.opportunity_id = o.id ORDER BY h.id DESC LIMIT 1)",
         QStringLiteral("opportunities whose stage is not their last change's")},
        {"SELECT max(0, count(*) - 1) FROM scoring_models WHERE active = 1",
         QStringLiteral("extra active scoring models")},
        {"SELECT count(*) FROM lead_scores WHERE model_id IS NOT NULL AND model_id <> 0 AND "
         "model_id NOT IN (SELECT id FROM scoring_models)",
         QStringLiteral("scores made by a model that is not stored")},
    };
    for (const auto& [sql, what] : rules) {
        Statement count(db, sql);
        if (!count.error().isEmpty())
            problems << count.error();
        else if (count.step() && count.integer(0) != 0)
            problems << QStringLiteral("%1 %2").arg(count.integer(0)).arg(what);
    }
}

} // namespace

QString WorkspaceDump::differenceFrom(const WorkspaceDump& other) const
{
    QStringList parts;
    if (userVersion != other.userVersion)
        parts << QStringLiteral("user_version %1 vs %2").arg(userVersion).arg(other.userVersion);
    if (schema != other.schema)
        parts << QStringLiteral("schema");
    QStringList tables = rows.keys() + other.rows.keys();
    tables.removeDuplicates();
    for (const QString& table : tables) {
        if (hashes.value(table) != other.hashes.value(table))
            parts << QStringLiteral("%1 (%2 rows vs %3)")
                         .arg(table)
                         .arg(rows.value(table, -1))
                         .arg(other.rows.value(table, -1));
    }
    return parts.join(QStringLiteral(", "));
}

WorkspaceDump dumpWorkspace(const QString& path, const DumpOptions& options)
{
    WorkspaceDump dump;
    if (!QFile::exists(path)) {
        dump.problems << QStringLiteral("%1 does not exist").arg(path);
        return dump;
    }
    sqlite3* db = nullptr;
    // Read-write, as the next command opens it: a log left by a killed process is recovered.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        dump.problems << QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return dump;
    }
    sqlite3_busy_timeout(db, 10000);
    {
        Statement version(db, "PRAGMA user_version");
        if (version.step())
            dump.userVersion = int(version.integer(0));
        if (options.integrityCheck) {
            Statement check(db, "PRAGMA integrity_check");
            while (check.step()) {
                if (check.text(0) != QLatin1String("ok"))
                    dump.problems << check.text(0);
            }
            if (!check.error().isEmpty())
                dump.problems << check.error();
        }
        Statement foreign(db, "PRAGMA foreign_key_check");
        while (foreign.step())
            dump.problems
                << QStringLiteral("foreign key of %1 row %2").arg(foreign.text(0), foreign.text(1));

        QStringList tables;
        Statement objects(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name "
                              "NOT LIKE 'sqlite_%' ORDER BY type, name");
        while (objects.step()) {
            const QString name = objects.text(1);
            dump.schema += objects.text(0) + QLatin1Char(' ') + name + QLatin1Char(' ') +
                           objects.text(2) + QLatin1Char(' ') + objects.text(3) + QLatin1Char('\n');
            if (objects.text(0) == QLatin1String("table") &&
                !name.startsWith(QLatin1String("leads_fts")))
                tables << name;
        }
        for (const QString& table : tables) {
            const bool withoutIds = table == QLatin1String("stage_history");
            Statement info(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY "
                                              "cid")
                                   .arg(table)
                                   .toUtf8());
            QStringList names;
            while (info.step()) {
                if (!withoutIds || info.text(0) != QLatin1String("id"))
                    names << QLatin1Char('"') + info.text(0) + QLatin1Char('"');
            }
            const int columns = int(names.size());
            Statement rows(db, QStringLiteral("SELECT %2 FROM \"%1\" ORDER BY %2")
                                   .arg(table, names.join(QLatin1Char(',')))
                                   .toUtf8());
            if (!rows.error().isEmpty())
                dump.problems << rows.error();
            RowHasher hasher(options);
            qint64 count = 0;
            while (rows.step()) {
                hasher.add(rows.get(), columns);
                ++count;
            }
            dump.rows.insert(table, count);
            dump.hashes.insert(table, hasher.result());
        }
        if (dump.userVersion == schema::currentVersion())
            reconcile(db, dump.problems);
    }
    sqlite3_close(db);
    return dump;
}

} // namespace lb::test
