#include "store/postgres/pglibpq.h"

#include "store/postgres/pgsupport.h"

#include <QAtomicInteger>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <cmath>
#include <libpq-fe.h>

namespace lb::pg {

namespace {

// A failed result (or none: a lost connection) as QPSQL reports one, with its SQLSTATE, so that
// pg::throwError() gives it the same kind and message.
[[noreturn]] void throwResultError(PGconn* connection, const PGresult* result,
                                   const QString& context)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    if (!message || !*message)
        message = PQerrorMessage(connection);
    throwError(QSqlError(QString(), QString::fromUtf8(message), QSqlError::StatementError,
                         state ? QString::fromLatin1(state) : QString()),
               context);
}

Result checked(PGconn* connection, PGresult* raw, const QString& context)
{
    Result result(raw);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwResultError(connection, result.get(), context);
    return result;
}

// The values as libpq takes them.
struct RawParams
{
    RawParams(const std::vector<QByteArray>& values, const std::vector<char>& isNull)
    {
        const size_t count = values.size();
        pointers.resize(count);
        lengths.resize(count);
        for (size_t i = 0; i < count; ++i) {
            pointers[i] = isNull[i] ? nullptr : values[i].constData();
            lengths[i] = int(values[i].size());
        }
    }
    std::vector<const char*> pointers;
    std::vector<int> lengths;
};

} // namespace

PGconn* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by the struct PGconn stands for.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

void ResultDeleter::operator()(PGresult* result) const
{
    PQclear(result);
}

Params& Params::null()
{
    m_values.emplace_back();
    m_isNull.push_back(1);
    return *this;
}

Params& Params::utf8(QByteArrayView text, bool emptyIsNull)
{
    if (text.isEmpty() && emptyIsNull)
        return null();
    m_values.emplace_back(text.data(), text.size());
    m_isNull.push_back(0);
    return *this;
}

Params& Params::number(qint64 value)
{
    m_values.push_back(QByteArray::number(value));
    m_isNull.push_back(0);
    return *this;
}

Params& Params::number(const std::optional<qint64>& value)
{
    return value ? number(*value) : null();
}

Params& Params::number(const std::optional<double>& value)
{
    if (!value)
        return null();
    QByteArray text;
    appendCopyNumber(text, *value);
    text.chop(1); // the separator
    m_values.push_back(text);
    m_isNull.push_back(0);
    return *this;
}

void Params::clear()
{
    m_values.clear();
    m_isNull.clear();
}

Result execParams(PGconn* connection, const char* sql, const Params& params, const QString& context)
{
    const RawParams raw(params.m_values, params.m_isNull);
    return checked(connection,
                   PQexecParams(connection, sql, params.size(), nullptr, raw.pointers.data(),
                                raw.lengths.data(), nullptr, 0),
                   context);
}

qint64 rowsAffected(const Result& result)
{
    return QByteArray(PQcmdTuples(result.get())).toLongLong();
}

Statement::Statement(PGconn* connection, const char* sql) : m_connection(connection), m_sql(sql)
{
    static QAtomicInteger<quint64> counter;
    m_name = "leadbench_" + QByteArray::number(counter.fetchAndAddRelaxed(1));
}

Statement::~Statement() = default;

Result Statement::exec(const Params& params, const QString& context)
{
    if (!m_prepared) {
        checked(m_connection,
                PQprepare(m_connection, m_name.constData(), m_sql, params.size(), nullptr),
                context);
        m_prepared = true;
    }
    const RawParams raw(params.m_values, params.m_isNull);
    return checked(m_connection,
                   PQexecPrepared(m_connection, m_name.constData(), params.size(),
                                  raw.pointers.data(), raw.lengths.data(), nullptr, 0),
                   context);
}

void Statement::release()
{
    if (!m_prepared)
        return;
    m_prepared = false;
    // Deallocating is tidying up: a failure (a lost connection) ends the session anyway.
    Result(PQexec(m_connection, ("DEALLOCATE " + m_name).constData()));
}

void appendCopyField(QByteArray& row, QByteArrayView utf8)
{
    const char* data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        char escaped;
        switch (data[i]) {
        case '\\':
            escaped = '\\';
            break;
        case '\t':
            escaped = 't';
            break;
        case '\n':
            escaped = 'n';
            break;
        case '\r':
            escaped = 'r';
            break;
        default:
            continue;
        }
        row.append(data + start, i - start);
        row.append('\\');
        row.append(escaped);
        start = i + 1;
    }
    row.append(data + start, size - start);
    row.append('\t');
}

void appendCopyNull(QByteArray& row)
{
    row.append("\\N\t", 3);
}

void appendCopyNumber(QByteArray& row, qint64 value)
{
    row.append(QByteArray::number(value));
    row.append('\t');
}

void appendCopyNumber(QByteArray& row, double value)
{
    // The shortest text that reads back as the same double: the value SQLite would store.
    if (std::isnan(value))
        row.append("NaN");
    else if (std::isinf(value))
        row.append(value > 0 ? "Infinity" : "-Infinity");
    else
        row.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    row.append('\t');
}

void endCopyRow(QByteArray& row)
{
    if (!row.isEmpty() && row.back() == '\t')
        row.back() = '\n';
    else
        row.append('\n');
}

void copyIn(PGconn* connection, const char* target, const QByteArray& rows, const QString& context)
{
    const QByteArray sql = QByteArrayLiteral("COPY ") + target + " FROM STDIN";
    Result start(PQexec(connection, sql.constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN)
        throwResultError(connection, start.get(), context);
    start.reset();
    // libpq sends as it goes; a failure of a row is told by the result after the end.
    bool sent = true;
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype at = 0; sent && at < rows.size(); at += chunk) {
        const int length = int(std::min(chunk, rows.size() - at));
        sent = PQputCopyData(connection, rows.constData() + at, length) == 1;
    }
    sent = PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent") == 1 && sent;
    // Every result is read, so that the connection is ready for the next statement.
    Result failed;
    while (PGresult* raw = PQgetResult(connection)) {
        Result result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !failed)
            failed = std::move(result);
    }
    if (failed || !sent)
        throwResultError(connection, failed.get(), context);
}

} // namespace lb::pg
