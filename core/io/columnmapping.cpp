#include "io/columnmapping.h"

#include "model/leadfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace lb::io {

namespace {

QString headerKey(const QString& header)
{
    return header.trimmed().toLower().simplified();
}

struct Alias
{
    const char* field;
    const char* headers; // '|'-separated, lower case
};

constexpr Alias eventAliases[] = {
    {"email", "email|e-mail|email address|e-mail address|sähköposti|e-post|e-postadress"},
    {"event", "event|event type|activity type|type|tapahtuma|händelse"},
    {"timestamp", "timestamp|date|occurred at|occurred_at|aika|tid"},
    {"detail", "detail|url|subject"},
};

void addAliases(QHash<QString, QString>& table, const char* field, const char* headers)
{
    for (const QString& header : QString::fromUtf8(headers).split(QLatin1Char('|')))
        table.insert(header, QString::fromLatin1(field));
}

// docs/spec/csv-import.md, Columns: a lead field's name and its aliases (model/leadfields.cpp).
QHash<QString, QString> buildLeadTable()
{
    QHash<QString, QString> table;
    for (const QString& field : leadFieldNames())
        table.insert(field, field);
    for (const LeadFieldSpec& spec : leadFieldSpecs())
        addAliases(table, spec.key, spec.aliases);
    return table;
}

QHash<QString, QString> buildEventTable()
{
    QHash<QString, QString> table;
    for (const Alias& alias : eventAliases)
        addAliases(table, alias.field, alias.headers);
    return table;
}

const QHash<QString, QString>& aliasTable(ImportKind kind)
{
    static const QHash<QString, QString> leads = buildLeadTable();
    static const QHash<QString, QString> events = buildEventTable();
    return kind == ImportKind::Leads ? leads : events;
}

} // namespace

QString fieldForHeader(const QString& header, ImportKind kind)
{
    return aliasTable(kind).value(headerKey(header));
}

bool isMappableField(const QString& field, ImportKind kind)
{
    if (field == QLatin1String("ignore"))
        return true;
    if (kind == ImportKind::Events)
        return field == QLatin1String("email") || field == QLatin1String("event") ||
               field == QLatin1String("timestamp") || field == QLatin1String("detail");
    if (field.startsWith(QLatin1String("custom.")))
        return field.size() > 7;
    return leadFieldNames().contains(field);
}

ColumnMapping mapColumns(const QStringList& header, ImportKind kind,
                         const QMap<QString, QString>& overrides, QStringList* problems)
{
    // Sets and hashes, not searches of lists: the GUI passes an override for every column, and a
    // file may have 100,000 of them.
    QSet<QString> headerKeys;
    headerKeys.reserve(header.size());
    for (const QString& name : header)
        headerKeys.insert(headerKey(name));
    QHash<QString, QString> byKey;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const QString target = it.value().trimmed();
        const bool named = headerKeys.contains(headerKey(it.key()));
        if (problems && !named)
            //: CLI error. %1 a column heading of the CSV file, %2 the field it was mapped to;
            //: --map stays as it is
            *problems << QCoreApplication::translate(
                             "lb::ColumnMapping", "--map \"%1=%2\": the file has no column \"%1\"")
                             .arg(it.key(), target);
        else if (problems && !isMappableField(target, kind))
            //: CLI error. %1 a column heading of the CSV file, %2 what the user typed as the
            //: field name
            *problems << QCoreApplication::translate("lb::ColumnMapping",
                                                     "--map \"%1=%2\": \"%2\" is not a field")
                             .arg(it.key(), target);
        byKey.insert(headerKey(it.key()), target);
    }

    // A .rejected.csv written by an earlier import ends with these two columns.
    const qsizetype size = header.size();
    const bool rejectedFile = size >= 2 &&
                              headerKey(header.at(size - 2)) == QLatin1String("line") &&
                              headerKey(header.at(size - 1)) == QLatin1String("reason");

    ColumnMapping mapping;
    mapping.fields.reserve(size);
    QSet<QString> used; // the fields taken so far
    used.reserve(size);
    QHash<QString, qsizetype> firstRead;            // header key -> the first column read
    QList<std::pair<qsizetype, qsizetype>> repeats; // (first column, a later one) of a name
    for (qsizetype i = 0; i < size; ++i) {
        const QString name = header.at(i).trimmed();
        const QString key = headerKey(name);
        QString field;
        if (const auto it = byKey.constFind(key); it != byKey.constEnd()) {
            field = *it == QLatin1String("ignore") ? QString() : *it;
        } else if ((rejectedFile && i >= size - 2) ||
                   (kind == ImportKind::Leads &&
                    (key == QLatin1String("score") || key == QLatin1String("grade")))) {
            // A rejected file's line and reason; a score or grade, which the scoring model
            // computes: never imported.
            field.clear();
        } else if (kind == ImportKind::Leads && key.startsWith(QLatin1String("custom."))) {
            field = QStringLiteral("custom.") + name.mid(7);
        } else {
            field = fieldForHeader(name, kind);
            if (field.isEmpty() && kind == ImportKind::Leads && !name.isEmpty())
                field = QStringLiteral("custom.") + name;
        }
        if (!field.isEmpty()) {
            const auto first = firstRead.constFind(key);
            if (first == firstRead.constEnd())
                firstRead.insert(key, i);
            else
                repeats.append({*first, i});
        }
        // A field filled by two columns: the first one wins, the other is ignored.
        if (!field.isEmpty() && !used.contains(field))
            used.insert(field);
        else
            field.clear();
        mapping.fields << field;
    }
    // Two columns of the same name that would be read: which one the user means cannot be
    // told, so the file is refused rather than one of them silently dropped. (Unnamed columns
    // and ones the import ignores, such as "Name=ignore" in --map, are no question.)
    if (problems && !repeats.isEmpty()) {
        std::stable_sort(repeats.begin(), repeats.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype k = 0; k < repeats.size();) {
            const qsizetype column = repeats.at(k).first;
            QStringList numbers{QString::number(column + 1)};
            for (; k < repeats.size() && repeats.at(k).first == column; ++k)
                numbers << QString::number(repeats.at(k).second + 1);
            const QString name = header.at(column).trimmed();
            //: %1 is a column name, %2 the numbers of the columns ("2, 5"), 1 = the first
            *problems << QCoreApplication::translate(
                             "lb::ColumnMapping",
                             "more than one column is named \"%1\" (columns %2): rename all but "
                             "one, or leave them out with --map \"%1=ignore\"")
                             .arg(name, numbers.join(QStringLiteral(", ")));
        }
    }
    return mapping;
}

QMap<QString, QString> parseMapArguments(const QStringList& arguments, QStringList* problems)
{
    QMap<QString, QString> overrides;
    for (const QString& argument : arguments) {
        const qsizetype equals = argument.lastIndexOf(QLatin1Char('='));
        if (equals <= 0 || equals == argument.size() - 1) {
            if (problems)
                *problems << QCoreApplication::translate("lb::ColumnMapping",
                                                         "--map \"%1\": expected \"Header=field\"")
                                 .arg(argument);
            continue;
        }
        overrides.insert(argument.left(equals).trimmed(), argument.mid(equals + 1).trimmed());
    }
    return overrides;
}

} // namespace lb::io
