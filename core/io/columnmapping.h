#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace lb::io {

enum class ImportKind
{
    Leads,
    Events
};

// Which field each column of a file fills (docs/spec/csv-import.md, Columns): a lead field name of
// leadFieldNames(), "custom.<name>", one of the event fields (email, event, timestamp, detail),
// or empty when the column is ignored.
struct ColumnMapping
{
    QStringList fields; // one per header column

    int columnOf(const QString& field) const { return int(fields.indexOf(field)); }
    bool has(const QString& field) const { return fields.contains(field); }
};

// The field a header names by the alias table (case-insensitive, trimmed), or empty.
QString fieldForHeader(const QString& header, ImportKind kind);

// Whether `field` may be the target of a --map override ("ignore" is always allowed).
bool isMappableField(const QString& field, ImportKind kind);

// Maps every column: overrides first (header -> field or "ignore"), then the alias table, then
// unknown lead columns become custom.<header>. A .rejected.csv file's trailing line and reason
// columns are ignored. `problems` gets a message per override that names no column or field.
ColumnMapping mapColumns(const QStringList& header, ImportKind kind,
                         const QMap<QString, QString>& overrides, QStringList* problems = nullptr);

// Parses "Header=field" arguments of --map; appends a message per malformed one to `problems`.
QMap<QString, QString> parseMapArguments(const QStringList& arguments, QStringList* problems);

} // namespace lb::io
