#include "support/rowdump.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace lb::test {

namespace {

const QStringList journalSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                     QStringLiteral("-journal")};

QString valueText(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return QStringLiteral("NULL");
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(statement, column), 'g', 17);
    case SQLITE_BLOB: {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
        return QStringLiteral("x'") +
               QString::fromLatin1(
                   QByteArray(data, sqlite3_column_bytes(statement, column)).toHex()) +
               QLatin1Char('\'');
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        return QLatin1Char('\'') +
               QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) + QLatin1Char('\'');
    }
    }
}

// All rows of `sql`, one line each.
bool collect(sqlite3* db, const QString& sql, const QString& prefix, QStringList& out,
             QString& error)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    QStringList rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList values;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            values << valueText(statement, i);
        rows << prefix + values.join(QLatin1Char('|'));
    }
    if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    std::sort(rows.begin(), rows.end());
    out << rows;
    return rc == SQLITE_DONE;
}

} // namespace

RowDump dumpRows(const QString& path)
{
    RowDump dump;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        dump.error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return dump;
    }
    QStringList integrity;
    QStringList tables;
    QString error;
    if (collect(db, QStringLiteral("PRAGMA integrity_check"), {}, integrity, error) &&
        collect(db, QStringLiteral("PRAGMA user_version"), QStringLiteral("user_version: "),
                dump.lines, error) &&
        collect(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"),
                QStringLiteral("schema: "), dump.lines, error) &&
        collect(db,
                QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT "
                               "LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"),
                {}, tables, error)) {
        for (const QString& table : tables) {
            const QString name = table.mid(1, table.size() - 2); // unquote
            if (!collect(db, QStringLiteral("SELECT * FROM \"%1\"").arg(name),
                         name + QStringLiteral(": "), dump.lines, error))
                break;
        }
    }
    dump.error = error;
    for (QString& line : integrity)
        line = line.mid(1, line.size() - 2); // unquote
    dump.integrity = integrity.join(QLatin1Char('\n'));
    sqlite3_close_v2(db);
    return dump;
}

RowDump RowDump::withoutTimes() const
{
    // Times are ISO 8601 text or Unix seconds or milliseconds; the ones of the last two days
    // are this run's "now" (the fixtures' own times lie weeks back).
    static const QRegularExpression time(QStringLiteral(
        "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z|\\b\\d{10}(\\d{3})?\\b"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto isNow = [now](const QString& text) {
        qint64 seconds = 0;
        if (text.contains(QLatin1Char('T'))) {
            seconds = QDateTime::fromString(text, Qt::ISODateWithMs).toSecsSinceEpoch();
        } else {
            seconds = text.toLongLong();
            if (text.size() == 13)
                seconds /= 1000;
        }
        return seconds > now - 2 * 86400 && seconds <= now + 60;
    };
    RowDump copy = *this;
    for (QString& line : copy.lines) {
        QString out;
        qsizetype last = 0;
        for (auto it = time.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += line.mid(last, match.capturedStart(0) - last);
            out += isNow(match.captured(0)) ? QStringLiteral("<now>") : match.captured(0);
            last = match.capturedEnd(0);
        }
        line = out + line.mid(last);
    }
    std::sort(copy.lines.begin(), copy.lines.end());
    return copy;
}

QString RowDump::firstDifference(const RowDump& other) const
{
    const qsizetype n = std::min(lines.size(), other.lines.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (lines.at(i) != other.lines.at(i))
            return lines.at(i).left(200) + QStringLiteral("  <->  ") + other.lines.at(i).left(200);
    }
    return QStringLiteral("%1 lines against %2").arg(lines.size()).arg(other.lines.size());
}

void copyWorkspaceFiles(const QString& from, const QString& to)
{
    removeWorkspaceFiles(to);
    for (const QString& suffix : journalSuffixes) {
        if (QFile::exists(from + suffix))
            QFile::copy(from + suffix, to + suffix);
    }
}

void removeWorkspaceFiles(const QString& path)
{
    for (const QString& suffix : journalSuffixes)
        QFile::remove(path + suffix);
}

} // namespace lb::test
