// copyWorkspace() (workspacecopy.h): table by table through QtSql, between any two backends.
// It knows both backends' connections, as openworkspace.cpp knows both backends.

#include "store/backends/workspacecopy.h"

#include "store/postgres/pgworkspace.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/sqlitesupport.h"
#include "store/sqlite/sqliteworkspace.h"
#include "store/storeerror.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QtEndian>

namespace lb {

namespace {

// Every table that holds the workspace's own data, parents before children (the foreign keys
// hold at every insert). Not copied: what each backend derives from these (SQLite's search
// index, event_types and event_digests; PostgreSQL's search vector) and its identity row.
const QStringList& copiedTables()
{
    static const QStringList tables = {
        QStringLiteral("users"),
        QStringLiteral("settings"),
        QStringLiteral("scoring_models"),
        QStringLiteral("accounts"),
        QStringLiteral("contacts"),
        QStringLiteral("opportunities"),
        QStringLiteral("opportunity_history"),
        QStringLiteral("leads"),
        QStringLiteral("lead_scores"),
        QStringLiteral("stage_history"),
        QStringLiteral("lead_frameworks"),
        QStringLiteral("framework_answers"),
        QStringLiteral("notes"),
        QStringLiteral("events"),
        QStringLiteral("owner_history"),
        QStringLiteral("touches"),
    };
    return tables;
}

constexpr int batchRows = 2000;

// One side of the copy: a workspace and what the copy needs to know of its backend.
struct Side
{
    std::unique_ptr<Workspace> workspace;
    QSqlDatabase db; // the workspace's own connection (destroyed first)
    bool isServer = false;
};

Side open(const QString& location, Workspace::OpenMode mode)
{
    Side side;
    side.workspace = openWorkspace(location, mode);
    if (auto* file = dynamic_cast<SqliteWorkspace*>(side.workspace.get())) {
        side.db = file->database();
    } else if (auto* server = dynamic_cast<PgWorkspace*>(side.workspace.get())) {
        side.db = server->database();
        side.isServer = true;
    }
    return side;
}

QSqlQuery run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        throw StoreError(StoreError::Kind::Io,
                         sql.left(60) + QStringLiteral(": ") + query.lastError().text());
    return query;
}

// The columns of `table` the copy writes, in the destination's order: a server's generated
// search vector is made by the server.
QStringList columnsOf(const Side& side, const QString& table)
{
    QStringList columns;
    if (side.isServer) {
        QSqlQuery query = run(side.db,
                              QStringLiteral("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_schema = current_schema() AND "
                                             "table_name = ? AND is_generated = 'NEVER' "
                                             "ORDER BY ordinal_position"),
                              {table});
        while (query.next())
            columns << query.value(0).toString();
    } else {
        QSqlQuery query = run(side.db,
                              QStringLiteral("SELECT name FROM pragma_table_info(?) "
                                             "ORDER BY cid"),
                              {table});
        while (query.next())
            columns << query.value(0).toString();
    }
    return columns;
}

// The array type each column of a server's table is bound as (unnest(?::bigint[], ...)).
QStringList arrayTypesOf(const Side& side, const QString& table, const QStringList& columns)
{
    QStringList types;
    for (const QString& column : columns) {
        QSqlQuery query = run(side.db,
                              QStringLiteral("SELECT format_type(a.atttypid, a.atttypmod) FROM "
                                             "pg_attribute a WHERE a.attrelid = ?::regclass AND "
                                             "a.attname = ?"),
                              {table, column});
        types << (query.next() ? query.value(0).toString() : QStringLiteral("text")) +
                     QStringLiteral("[]");
    }
    return types;
}

// A value as one element of an array literal.
QString arrayElement(const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17)
                                                       : value.toString();
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Writes rows to one table of the destination: a prepared INSERT a row into a file, an INSERT
// of a batch's arrays (unnest) into a server.
class TableWriter
{
public:
    TableWriter(const Side& side, const QString& table, const QStringList& columns)
        : m_side(side), m_columns(columns)
    {
        const QString names = columns.join(QStringLiteral(", "));
        if (side.isServer) {
            const QStringList types = arrayTypesOf(side, table, columns);
            QStringList arrays;
            for (const QString& type : types)
                arrays << QStringLiteral("?::") + type;
            m_sql = QStringLiteral("INSERT INTO %1(%2) SELECT * FROM unnest(%3)")
                        .arg(table, names, arrays.join(QStringLiteral(", ")));
            m_batch.resize(columns.size());
        } else {
            QStringList marks;
            for (qsizetype i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            m_insert = QSqlQuery(side.db);
            if (!m_insert.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                      .arg(table, names, marks.join(QLatin1Char(',')))))
                sqlite::throwError(m_insert.lastError(), table);
        }
    }

    void add(const QSqlQuery& row)
    {
        if (!m_side.isServer) {
            for (int i = 0; i < m_columns.size(); ++i)
                m_insert.bindValue(i, row.value(i));
            if (!m_insert.exec())
                sqlite::throwError(m_insert.lastError(), {});
            return;
        }
        for (int i = 0; i < m_columns.size(); ++i)
            m_batch[i] << arrayElement(row.value(i));
        if (++m_rows == batchRows)
            flush();
    }

    void flush()
    {
        if (!m_side.isServer || m_rows == 0)
            return;
        QVariantList arrays;
        for (QStringList& column : m_batch) {
            arrays << QLatin1Char('{') + column.join(QLatin1Char(',')) + QLatin1Char('}');
            column.clear();
        }
        run(m_side.db, m_sql, arrays);
        m_rows = 0;
    }

private:
    const Side& m_side;
    QStringList m_columns;
    QString m_sql;
    QSqlQuery m_insert;
    QList<QStringList> m_batch;
    int m_rows = 0;
};

// A table's rows as a count and a sum of 64-bit hashes of each row's values: the same for the
// same rows in any order (the backends order text differently) and in either backend's types
// (a REAL 12.0 and a double precision 12 read alike).
struct TableDigest
{
    qint64 rows = 0;
    quint64 sum = 0;
    bool operator==(const TableDigest&) const = default;
};

TableDigest digestOf(const Side& side, const QString& table, const QStringList& columns)
{
    QSqlQuery query =
        run(side.db,
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
    TableDigest digest;
    QByteArray row;
    while (query.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull())
                row += "\x01N";
            else if (value.typeId() == QMetaType::Double)
                row += "\x01" + QByteArray::number(value.toDouble(), 'g', 17);
            else
                row += "\x01" + value.toString().toUtf8();
        }
        const QByteArray hash = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        digest.sum += qFromLittleEndian<quint64>(hash.constData());
        ++digest.rows;
    }
    return digest;
}

bool holdsData(const Side& side)
{
    for (const QString& table : copiedTables()) {
        QSqlQuery query = run(side.db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (query.next())
            return true;
    }
    return false;
}

// What each backend derives from the copied rows.
void rebuildDerived(Side& to, const QStringList& serverTables)
{
    if (to.isServer) {
        // Identities go on after the largest id copied.
        for (const QString& table : serverTables) {
            if (!columnsOf(to, table).contains(QLatin1String("id")))
                continue;
            QSqlQuery identity =
                run(to.db, QStringLiteral("SELECT pg_get_serial_sequence(?, 'id')"), {table});
            if (!identity.next() || identity.isNull(0))
                continue;
            run(to.db,
                QStringLiteral("SELECT setval(?, coalesce((SELECT max(id) FROM %1), 1), "
                               "(SELECT max(id) FROM %1) IS NOT NULL)")
                    .arg(table),
                {identity.value(0)});
        }
        return;
    }
    run(to.db, QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')"));
    sqlite::EventDigests(sqlite::rawHandle(to.db)).rebuildAll();
}

} // namespace

WorkspaceCopy copyWorkspace(const QString& from, const QString& to,
                            const std::function<void(qint64, qint64, const QString&)>& progress)
{
    const bool toFile = backendOf(to) == WorkspaceBackend::SqliteFile;
    if (toFile && QFileInfo::exists(to))
        throw StoreError(
            StoreError::Kind::Invalid,
            //: %1 the file given as the copy's destination
            QCoreApplication::translate("lb::WorkspaceCopy",
                                        "%1 exists already: the copy makes a new workspace file")
                .arg(to));
    Side source = open(from, Workspace::OpenMode::Existing);
    // Every read of the source in one snapshot, while teammates or other programs go on
    // writing: what is copied and what is compared are one moment of the workspace. A read
    // transaction, not the write lock, which would hold the others up for the whole copy.
    {
        // Not prepared: PostgreSQL prepares no transaction statements.
        QSqlQuery begin(source.db);
        if (!begin.exec(source.isServer
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN")))
            throw StoreError(StoreError::Kind::Io, begin.lastError().text());
    }
    const auto endSnapshot = qScopeGuard([&source] {
        QSqlQuery end(source.db);
        end.exec(QStringLiteral("COMMIT"));
    });
    Side target;
    try {
        target = open(to, Workspace::OpenMode::CreateIfMissing);
        if (holdsData(target))
            throw StoreError(StoreError::Kind::Invalid,
                             //: %1 the copy's destination
                             QCoreApplication::translate(
                                 "lb::WorkspaceCopy",
                                 "%1 holds a workspace with data already: the copy goes into a "
                                 "new, empty one")
                                 .arg(displayedLocation(to)));
        qint64 total = 0;
        QList<qint64> counts;
        for (const QString& table : copiedTables()) {
            QSqlQuery count = run(source.db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
            counts << (count.next() ? count.value(0).toLongLong() : 0);
            total += counts.constLast();
        }
        WorkspaceCopy result;
        Transaction transaction(*target.workspace);
        qint64 done = 0;
        for (qsizetype t = 0; t < copiedTables().size(); ++t) {
            const QString& table = copiedTables().at(t);
            const QStringList columns = columnsOf(target, table);
            TableWriter writer(target, table, columns);
            QSqlQuery rows = run(
                source.db,
                QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
            while (rows.next()) {
                writer.add(rows);
                if (progress && ++done % 10000 == 0)
                    progress(done, total,
                             //: the progress of a copy between workspaces
                             QCoreApplication::translate("lb::WorkspaceCopy", "Copying"));
            }
            writer.flush();
            result.tables << CopiedTable{table, counts.at(t)};
        }
        rebuildDerived(target, copiedTables());
        // Both sides read again: what the copy holds is what the source holds.
        QCryptographicHash checksum(QCryptographicHash::Sha256);
        for (qsizetype t = 0; t < copiedTables().size(); ++t) {
            const QString& table = copiedTables().at(t);
            if (progress)
                progress(t, copiedTables().size(),
                         QCoreApplication::translate("lb::WorkspaceCopy", "Verifying"));
            const QStringList columns = columnsOf(target, table);
            const TableDigest there = digestOf(source, table, columns);
            const TableDigest here = digestOf(target, table, columns);
            if (!(there == here))
                throw StoreError(
                    StoreError::Kind::Corrupted,
                    //: %1 a table's name, %n its rows in the original, %2 the copy's rows
                    QCoreApplication::translate("lb::WorkspaceCopy",
                                                "the copy of table %1 differs from the original, "
                                                "which has %n rows (the copy: %2); nothing was "
                                                "kept",
                                                nullptr, int(there.rows))
                        .arg(table)
                        .arg(here.rows));
            checksum.addData(table.toUtf8());
            checksum.addData(QByteArray::number(there.rows) + ':' + QByteArray::number(there.sum));
        }
        transaction.commit();
        result.checksum = QString::fromLatin1(checksum.result().toHex());
        return result;
    } catch (...) {
        target.db = QSqlDatabase(); // before the connection closes with its workspace
        target.workspace.reset();
        // A file made for the copy goes again; a server's database keeps its empty workspace.
        if (toFile)
            QFile::remove(to);
        throw;
    }
}

void backupWorkspace(Workspace& workspace, const QString& targetFile)
{
    if (dynamic_cast<PgWorkspace*>(&workspace)) {
        copyWorkspace(workspace.location(), targetFile);
        return;
    }
    workspace.backupTo(targetFile);
}

} // namespace lb
