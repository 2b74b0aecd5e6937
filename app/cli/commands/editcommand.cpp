// edit: a lead's profile changed from a script (issue 23), through the same core service as
// the lead view's form, under the importer's rules for each value.
#include "commands/commands.h"
#include "commands/leadjson.h"

#include "leads/profileeditservice.h"
#include "model/labels.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace lb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lb::cli", text);
}

// The field=value pairs of the --set options, standard field names in lower case.
QMap<QString, QString> assignments(const QStringList& values)
{
    QMap<QString, QString> texts;
    for (const QString& assignment : values) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            badInput(tr("--set: \"%1\" is not field=value").arg(assignment));
        QString field = assignment.left(equals).trimmed();
        if (editableProfileFields().contains(field.toLower()))
            field = field.toLower();
        if (texts.contains(field))
            badInput(tr("--set: %1 is given twice").arg(field));
        texts.insert(field, assignment.mid(equals + 1));
    }
    return texts;
}

// The fields whose values differ, standard ones first, then custom.<name> by name.
QStringList changedFields(const Lead& before, const Lead& after)
{
    QStringList fields;
    for (const QString& field : editableProfileFields()) {
        if (leadFieldText(before, field) != leadFieldText(after, field))
            fields << field;
    }
    QStringList names = before.custom.keys() + after.custom.keys();
    names.sort();
    names.removeDuplicates();
    for (const QString& name : std::as_const(names)) {
        if (before.custom.value(name) != after.custom.value(name))
            fields << QStringLiteral("custom.") + name;
    }
    return fields;
}

QJsonValue fieldJson(const Lead& lead, const QString& field)
{
    const QString text = leadFieldText(lead, field);
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

int runEdit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption set(
        QStringLiteral("set"),
        //: %1 the names of the profile fields, comma-separated ("first_name, last_name, email,
        //: ..."); they stay as they are
        tr("A profile field and its new value, as field=value: %1 or custom.<name>. An empty "
           "value clears the field. Repeat for more fields.")
            .arg(editableProfileFields().join(QStringLiteral(", "))),
        QStringLiteral("field=value"));
    const QCommandLineOption ifVersion(
        QStringLiteral("if-version"),
        tr("Change it only if it is still at this version (as shown), else refuse."),
        QStringLiteral("V"));
    parser.addOptions({set, ifVersion});
    const QString usage =
        QStringLiteral("edit LEAD --set field=value [--set field=value ...] [--if-version V]");
    context.parse(parser, arguments, usage, 1, 1);
    if (!parser.isSet(set))
        usageError(tr("--set is required") + QStringLiteral("\nusage: leadbench-cli ") + usage);
    const QMap<QString, QString> texts = assignments(parser.values(set));
    std::optional<qint64> expectedVersion;
    if (parser.isSet(ifVersion)) {
        bool ok = false;
        expectedVersion = parser.value(ifVersion).trimmed().toLongLong(&ok);
        if (!ok || *expectedVersion < 0)
            badInput(tr("--if-version: \"%1\" is not a version (a whole number)")
                         .arg(parser.value(ifVersion)));
    }

    Workspace& workspace = context.workspace();
    const QString key = parser.positionalArguments().constFirst();
    const std::optional<Lead> lead = workspace.leads().findByIdOrEmail(key);
    if (!lead)
        badInput(tr("no lead with id or e-mail \"%1\"").arg(key));
    const std::optional<ProfileEdit> edit =
        ProfileEditService(workspace).edit(lead->id, expectedVersion, texts, context.user());
    const Lead before = edit ? edit->before : *lead;
    const Lead after = edit ? edit->after : *lead;
    const QStringList fields = changedFields(before, after);
    if (context.format() == OutputFormat::Json) {
        QJsonObject object = leadJson(workspace, after, false);
        QJsonObject previous;
        for (const QString& field : fields)
            previous.insert(field, fieldJson(before, field));
        previous.insert(QStringLiteral("version"), before.version);
        object.insert(QStringLiteral("changed"), QJsonArray::fromStringList(fields));
        object.insert(QStringLiteral("previous"), previous);
        context.printJson(object);
        return ExitOk;
    }
    if (!edit) {
        context.out() << tr("lead %1 already has these values: nothing changed").arg(lead->id)
                      << '\n';
        return ExitOk;
    }
    for (const QString& field : fields) {
        const QString from = fieldForPeople(before, field);
        const QString to = fieldForPeople(after, field);
        //: One line per changed field after `edit`: %1 the field's label, %2 its old value,
        //: %3 the new
        context.out() << tr("%1: %2 -> %3")
                             .arg(leadFieldLabel(field),
                                  from.isEmpty() ? QStringLiteral("-") : from,
                                  to.isEmpty() ? QStringLiteral("-") : to)
                      << '\n';
    }
    //: After `edit`: %1 the lead's name, %2 its new version, %3 its score
    context.out() << tr("Saved %1 (version %2, score %3)")
                         .arg(after.displayName())
                         .arg(after.version)
                         .arg(after.score.total)
                  << '\n';
    return ExitOk;
}

} // namespace lb::cli
