#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

// The libpq connection under a team workspace's QPSQL connection, for what QtSql has no words
// for: COPY, statements prepared once and run a hundred thousand times with their values as
// UTF-8, and a page of rows read where libpq keeps them. The same connection, so the same
// transaction; a statement here runs only when no QSqlQuery of the connection still has rows
// to deliver (finish() them first).
namespace lb::pg {

// The libpq handle of a QPSQL connection.
PGconn* nativeHandle(const QSqlDatabase& db);

struct ResultDeleter
{
    void operator()(PGresult* result) const;
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

// Values of a statement's $1, $2, ... as text.
class Params
{
public:
    Params& null();
    // UTF-8 text; `emptyIsNull`: an empty text is NULL rather than ''.
    Params& utf8(QByteArrayView text, bool emptyIsNull);
    Params& text(const QString& text) { return utf8(text.toUtf8(), false); } // '' for empty
    Params& textOrNull(const QString& text) { return utf8(text.toUtf8(), true); }
    Params& number(qint64 value);
    Params& number(const std::optional<qint64>& value);
    Params& number(const std::optional<double>& value);
    int size() const { return int(m_values.size()); }
    void clear();

private:
    friend class Statement;
    friend Result execParams(PGconn*, const char*, const Params&, const QString&);
    std::vector<QByteArray> m_values;
    std::vector<char> m_isNull;
};

// Runs one statement; throws StoreError (pg::throwError) when it fails.
Result execParams(PGconn* connection, const char* sql, const Params& params,
                  const QString& context);
// The number of rows the statement wrote (PQcmdTuples).
qint64 rowsAffected(const Result& result);

// A statement prepared on its first run under a name of its own, and let go by release()
// (a prepared statement outlives a transaction's end, and is the session's until then).
class Statement
{
public:
    Statement(PGconn* connection, const char* sql);
    ~Statement();
    Result exec(const Params& params, const QString& context);
    // Deallocates the prepared statement; call outside a failed transaction.
    void release();

private:
    PGconn* m_connection;
    const char* m_sql;
    QByteArray m_name;
    bool m_prepared = false;
};

// COPY's text format: a field and its separator.
void appendCopyField(QByteArray& row, QByteArrayView utf8); // escaped; empty is ''
void appendCopyNull(QByteArray& row);
void appendCopyNumber(QByteArray& row, qint64 value);
void appendCopyNumber(QByteArray& row, double value);
// Ends the row (replaces the last field's separator by a line end).
void endCopyRow(QByteArray& row);

// COPY `target` FROM STDIN (`target`: "table(columns)") with the rows in COPY's text format.
void copyIn(PGconn* connection, const char* target, const QByteArray& rows, const QString& context);

} // namespace lb::pg
