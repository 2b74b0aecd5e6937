#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace lb::cli {

// One table, printed as aligned text or CSV; JSON is built separately (docs/spec/cli.md fixes it).
struct Table
{
    QStringList header; // CSV column names (stable, English)
    QStringList titles; // text column titles (translated)
    QList<QStringList> rows;
};

// Aligned columns for a terminal: words left, numbers right, as the first row has them.
void printTextTable(QTextStream& out, const Table& table);
// RFC 4180 CSV with the stable header; numbers unquoted.
void printCsvTable(QTextStream& out, const Table& table);

} // namespace lb::cli
