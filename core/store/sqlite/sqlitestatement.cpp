#include "store/sqlite/sqlitestatement.h"

#include "store/sqlite/sqlitesupport.h"
#include "util/utf8.h"

#include <sqlite3.h>

namespace lb::sqlite {

Statement::Statement(sqlite3* db, const char* sql) : m_db(db)
{
    check(db, sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr), sql);
    m_texts.resize(size_t(sqlite3_bind_parameter_count(m_stmt)) + 1);
    m_bound.resize(m_texts.size());
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QString& text)
{
    if (text.isEmpty())
        return bindNull(index);
    return bindText(index, text);
}

Statement& Statement::bindText(int index, const QString& text)
{
    // Encodes into the buffer the same parameter used for the previous row: a bulk load binds
    // twenty texts a row, and an allocation and a free for each cost more than the encoding.
    QByteArray& utf8 = m_texts[size_t(index)];
    const qsizetype room = 3 * text.size(); // UTF-8 needs at most 3 bytes a UTF-16 unit
    if (utf8.size() < room)
        utf8.resize(room);
    char* out = utf8.data();
    const char* end = writeUtf8(out, text, m_encoder);
    m_bound[size_t(index)] = QByteArrayView(out, end - out);
    sqlite3_bind_text(m_stmt, index, out, int(end - out), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindUtf8(int index, QByteArrayView text)
{
    if (text.isEmpty())
        return bindNull(index);
    m_bound[size_t(index)] = text;
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
    return *this;
}

QByteArrayView Statement::boundText(int index) const
{
    return m_bound[size_t(index)];
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<qint64>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    m_bound[size_t(index)] = {};
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

int Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    check(m_db, rc, sqlite3_sql(m_stmt));
    return sqlite3_changes(m_db);
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    check(m_db, rc, sqlite3_sql(m_stmt));
    return false;
}

qint64 Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

double Statement::columnDouble(int index) const
{
    return sqlite3_column_double(m_stmt, index);
}

QString Statement::columnText(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)) : QString();
}

QByteArrayView Statement::columnUtf8(int index) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, index));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, index)) : QByteArrayView();
}

bool Statement::isNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

} // namespace lb::sqlite
