#include "leads/profileedit.h"

#include "io/valueparsers.h"
#include "model/leadfields.h"

#include <QCoreApplication>

namespace lb {

const QStringList& editableProfileFields()
{
    static const QStringList fields = [] {
        QStringList list = leadFieldKeys(LeadFieldFlag::Editable);
        // The form names the person before saying how to reach them.
        const qsizetype email = list.indexOf(QLatin1String("email"));
        const qsizetype lastName = list.indexOf(QLatin1String("last_name"));
        if (email >= 0 && lastName > email)
            list.move(email, lastName);
        return list;
    }();
    return fields;
}

std::optional<QString> customFieldName(const QString& field, const Lead& lead)
{
    static const QLatin1String prefix("custom.");
    if (!field.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QString name = field.mid(prefix.size()).trimmed();
    // A field the lead has already keeps the spelling its import gave it.
    for (auto it = lead.custom.cbegin(); it != lead.custom.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return name;
}

namespace {

// Reads the text typed into one field by the field's type (the import's parsers); the message
// when it is no such value. Empty clears the field.
std::optional<QString> applyText(Lead& lead, const LeadFieldSpec& spec, const QString& typed)
{
    const QString value = typed.trimmed();
    switch (spec.type) {
    case FieldType::Email:
        if (value.isEmpty()) {
            (lead.*spec.text).clear();
        } else if (const auto email = io::parseEmail(value)) {
            lead.*spec.text = *email;
        } else {
            return QCoreApplication::translate("lb::ProfileEdit", "\"%1\" is not an e-mail address")
                .arg(value);
        }
        break;
    case FieldType::WholeNumber: {
        const auto number = io::parseInteger(value);
        if (value.isEmpty())
            (lead.*spec.wholeNumber).reset();
        else if (number && *number >= 0)
            lead.*spec.wholeNumber = number;
        else
            return QCoreApplication::translate("lb::ProfileEdit", "\"%1\" is not a whole number")
                .arg(value);
        break;
    }
    case FieldType::Number: {
        const auto number = io::parseNumber(value);
        if (value.isEmpty())
            (lead.*spec.number).reset();
        else if (number)
            lead.*spec.number = number;
        else
            return QCoreApplication::translate("lb::ProfileEdit", "\"%1\" is not a number")
                .arg(value);
        break;
    }
    case FieldType::Date: {
        const auto date = io::parseDate(value);
        if (value.isEmpty())
            lead.*spec.date = QDate();
        else if (date)
            lead.*spec.date = *date;
        else
            return QCoreApplication::translate("lb::ProfileEdit",
                                               "\"%1\" is not a date (YYYY-MM-DD or D.M.YYYY)")
                .arg(value);
        break;
    }
    case FieldType::Country: {
        const auto country = io::parseCountry(value);
        if (value.isEmpty())
            (lead.*spec.text).clear();
        else if (country)
            lead.*spec.text = *country;
        else
            return QCoreApplication::translate("lb::ProfileEdit", "\"%1\" is not a known country")
                .arg(value);
        break;
    }
    case FieldType::LongText:
        lead.*spec.text = typed; // notes keep their line breaks and spaces
        break;
    case FieldType::Text:
    case FieldType::Url:
    case FieldType::Owner:
        lead.*spec.text = value;
        break;
    case FieldType::Stage: // never editable: the stage machine moves it
        break;
    }
    return std::nullopt;
}

} // namespace

QList<ProfileProblem> applyProfileTexts(Lead& lead, const QMap<QString, QString>& texts)
{
    Lead edited = lead;
    QList<ProfileProblem> problems;
    auto problem = [&](const QString& field, const QString& message) {
        problems.append({field, message});
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QString& field = it.key();
        const QString value = it.value().trimmed();
        const LeadFieldSpec* spec = findLeadFieldSpec(field);
        if (spec && spec->has(LeadFieldFlag::Editable)) {
            if (const std::optional<QString> message = applyText(edited, *spec, it.value()))
                problem(field, *message);
        } else if (const std::optional<QString> name = customFieldName(field, edited)) {
            if (name->isEmpty())
                problem(field,
                        QCoreApplication::translate(
                            "lb::ProfileEdit", "a custom field needs a name after \"custom.\""));
            else if (value.isEmpty())
                edited.custom.remove(*name);
            else
                edited.custom.insert(*name, value);
        } else {
            problem(field, QCoreApplication::translate(
                               "lb::ProfileEdit", "\"%1\" is not a profile field (the fields: %2, "
                                                  "custom.<name>)")
                               .arg(field, editableProfileFields().join(QStringLiteral(", "))));
        }
    }
    if (edited.email.isEmpty() && (edited.lastName.isEmpty() || edited.company.isEmpty()))
        problem(QStringLiteral("email"),
                QCoreApplication::translate(
                    "lb::ProfileEdit", "a lead needs an e-mail, or a last name and a company"));
    if (problems.isEmpty())
        lead = edited;
    return problems;
}

void copyProfile(const Lead& from, Lead& to)
{
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (spec.has(LeadFieldFlag::Editable))
            copyLeadField(from, to, spec);
    }
    to.custom = from.custom;
}

} // namespace lb
