#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringEncoder>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::sqlite {

// A prepared statement on the raw connection, for the bulk paths. Binds by position from 1,
// runs with step(), and resets itself for the next row.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& text);     // empty text binds NULL
    Statement& bindText(int index, const QString& text); // empty text binds ''
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const std::optional<qint64>& value);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bindNull(int index);
    // UTF-8 text that stays where it is until the next step (empty binds NULL).
    Statement& bindUtf8(int index, QByteArrayView text);
    // The UTF-8 bytes of the text last bound at `index` (empty after a NULL), valid until the
    // next bind there.
    QByteArrayView boundText(int index) const;
    // Runs the statement; returns the number of rows changed. Resets it afterwards.
    int step();
    // Runs a query; true while it yields rows (then read with column*()); resets at the end.
    bool next();
    qint64 columnInt(int index) const;
    double columnDouble(int index) const;
    QString columnText(int index) const;
    // The column's UTF-8 bytes where SQLite keeps them, valid until the next step.
    QByteArrayView columnUtf8(int index) const;
    bool isNull(int index) const;
    void reset();

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    // The UTF-8 bytes of bound text, kept until the next step so SQLite need not copy them.
    std::vector<QByteArray> m_texts;
    std::vector<QByteArrayView> m_bound; // what each parameter was last given as text
    QStringEncoder m_encoder{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace lb::sqlite
