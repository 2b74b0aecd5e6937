#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <functional>

struct sqlite3;
struct sqlite3_context;

namespace lb::sqlite {

// Rows held in memory as a table that SQL can read: an eponymous virtual table named `name`
// with the columns of `columns` ("CREATE TABLE x(a INTEGER, b TEXT)"). One `UPDATE ... FROM
// name` or `INSERT ... SELECT ... FROM name` then writes a whole batch, instead of one
// statement a row (whose binding and stepping cost more than the write itself at a million
// rows).
//
// Registered on a connection for the lifetime of this object; the rows given to setRows() must
// outlive the statements that read them.
class BatchTable
{
public:
    // Gives column `column` of row `row` with sqlite3_result_*().
    using ColumnValue = std::function<void(sqlite3_context* result, size_t row, int column)>;

    BatchTable(sqlite3* db, const char* name, const char* columns);
    ~BatchTable();
    BatchTable(const BatchTable&) = delete;
    BatchTable& operator=(const BatchTable&) = delete;

    void setRows(size_t count, ColumnValue value);
    void clear() { setRows(0, {}); }

    size_t rowCount() const { return m_count; }
    void result(sqlite3_context* context, size_t row, int column) const
    {
        m_value(context, row, column);
    }
    const char* columns() const { return m_columns; }

private:
    sqlite3* m_db;
    const char* m_name;
    const char* m_columns;
    size_t m_count = 0;
    ColumnValue m_value;
};

// A text column's value for BatchTable::ColumnValue: NULL when empty, as the stores write it.
void resultText(sqlite3_context* result, const QString& text);

// The same for a column whose values repeat from row to row (stage names, grades, one
// timestamp for a whole load): converts each run of equal values to UTF-8 once.
class RepeatedText
{
public:
    void result(sqlite3_context* result, const QString& text);

private:
    QString m_text;
    QByteArray m_utf8;
};

} // namespace lb::sqlite
