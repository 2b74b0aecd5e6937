#pragma once

#include "model/stage.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <optional>

// Readers for the cell values of docs/spec/csv-import.md (Values). Each returns nothing when the
// text cannot be read; the caller names the column and the value in the row's reason.
namespace lb::io {

// Spaces, apostrophes, currency signs and codes removed; the decimal separator decided by the
// spec's rules (repeated = grouping, rightmost of , and . = decimal, a lone , = decimal comma).
std::optional<double> parseNumber(QStringView text);
// Like parseNumber, but , and . are both grouping separators.
std::optional<qint64> parseInteger(QStringView text);
// YYYY-MM-DD, an ISO 8601 date-time (its date), D.M.YYYY or M/D/YYYY.
std::optional<QDate> parseDate(QStringView text);
// The date forms above with an optional time (HH:MM[:SS]); ISO 8601 with a zone; no zone = UTC.
std::optional<QDateTime> parseDateTime(QStringView text);
// Trimmed and lower-cased; one @ and a dot in the domain.
std::optional<QString> parseEmail(QStringView text);
// An ISO alpha-2 code or a country name in English, Finnish or Swedish -> upper-case code.
std::optional<QString> parseCountry(QStringView text);
// HubSpot, Salesforce and our own stage names; anything else is New.
Stage parseStage(QStringView text);

// Undoes the export's formula guard: "'=SUM(A1)" -> "=SUM(A1)" (docs/spec/csv-import.md, Export).
QStringView stripFormulaGuard(QStringView text);
// Whether a text cell needs the guard: it begins with = + - @ TAB or CR.
bool needsFormulaGuard(QStringView text);

} // namespace lb::io
