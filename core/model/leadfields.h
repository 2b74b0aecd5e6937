#pragma once

#include "model/lead.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>
#include <span>

namespace lb {

// The one declaration of a lead's standard fields (issue 23): each field's key, label, kind
// of value, place in the store and CSV aliases, so that the field names, the labels, the import's
// column mapping, the profile form, the export, the JSON of the CLI and the store's column lists
// are read from here instead of each keeping a list of its own. docs/architecture.md, "Adding a
// lead field", says what else a new field needs.

// What kind of value a field holds: how the profile form and `edit --set` check what was typed,
// and whether the export and the JSON write it as a number.
enum class FieldType
{
    Text,
    Email,       // trimmed and lower-cased, io::parseEmail
    Url,         // text
    Country,     // ISO 3166-1 alpha-2, io::parseCountry
    WholeNumber, // io::parseInteger, not negative in the form
    Number,      // io::parseNumber
    Date,        // io::parseDate, kept as ISO text
    Stage,       // the lifecycle stage: moved by the stage machine, never typed in
    Owner,       // a user name: assigned, never typed in
    LongText     // kept as typed, line breaks and all
};

// Where a field takes part besides the import, the JSON of `show` and the store, which take
// every field.
enum class LeadFieldFlag : unsigned
{
    Editable = 1,  // in the profile form and `edit --set`
    Scored = 2,    // a scoring rule may test it (scoringFieldNames())
    Exported = 4,  // a column of the CSV export (io::exportColumns())
    ShortJson = 8, // in the JSON of `list` too, not only in `show`'s
};
constexpr unsigned operator|(LeadFieldFlag a, LeadFieldFlag b)
{
    return unsigned(a) | unsigned(b);
}
constexpr unsigned operator|(unsigned a, LeadFieldFlag b)
{
    return a | unsigned(b);
}

struct LeadFieldSpec
{
    LeadField field;
    // The name scoring rules, CSV headers, JSON keys, filters and `edit --set` use.
    const char* key;
    // The label people read, QT_TRANSLATE_NOOP in context "lb::LeadField" (leadFieldLabel()).
    const char* label;
    FieldType type;
    // The store's column: leads.<column>, except the stage, which lead_scores keeps. The owner's
    // column holds a users.id.
    const char* table;
    const char* column;
    // The CSV headers that name the field ('|'-separated, lower case; the key itself always
    // maps): HubSpot, Salesforce, Finnish, Swedish and plain headers, and the labels Leadbench's
    // own profile shows in each language (ui_test_translations keeps them so).
    const char* aliases;
    unsigned flags;
    // The member that holds the value, by type: `text` for the text types, the email, URL,
    // country and owner; `wholeNumber`, `number` or `date` for those; none for the stage.
    QString Lead::*text = nullptr;
    std::optional<qint64> Lead::*wholeNumber = nullptr;
    std::optional<double> Lead::*number = nullptr;
    QDate Lead::*date = nullptr;

    bool has(LeadFieldFlag flag) const { return (flags & unsigned(flag)) != 0; }
    bool isNumeric() const { return type == FieldType::WholeNumber || type == FieldType::Number; }
};

// Every standard field, in the order the profile form, the export and the leads table keep
// them (leadFieldNames() keeps the order of enum LeadField).
std::span<const LeadFieldSpec> leadFieldSpecs();
const LeadFieldSpec& leadFieldSpec(LeadField field); // not Custom nor Unknown
const LeadFieldSpec* findLeadFieldSpec(QStringView key);

// The fields with `flag`, in leadFieldSpecs() order.
QStringList leadFieldKeys(LeadFieldFlag flag);

// The value as text, the way scoring, the export and the form see it ("" when missing).
QString leadFieldText(const Lead& lead, const LeadFieldSpec& spec);
// Copies the field's value from one lead to another (not the stage).
void copyLeadField(const Lead& from, Lead& to, const LeadFieldSpec& spec);

} // namespace lb
