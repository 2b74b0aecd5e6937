#include "leads/profileedit.h"

#include "io/valueparsers.h"

#include <QCoreApplication>

namespace lb {

const QStringList& editableProfileFields()
{
    static const QStringList fields = {
        QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("email"),      QStringLiteral("phone"),
        QStringLiteral("title"),      QStringLiteral("company"),
        QStringLiteral("website"),    QStringLiteral("industry"),
        QStringLiteral("employees"),  QStringLiteral("annual_revenue"),
        QStringLiteral("budget"),     QStringLiteral("expected_close"),
        QStringLiteral("country"),    QStringLiteral("city"),
        QStringLiteral("source"),     QStringLiteral("notes")};
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
        if (field == QLatin1String("email")) {
            if (value.isEmpty()) {
                edited.email.clear();
            } else if (const auto email = io::parseEmail(value)) {
                edited.email = *email;
            } else {
                problem(field, QCoreApplication::translate("lb::ProfileEdit",
                                                           "\"%1\" is not an e-mail address")
                                   .arg(value));
            }
        } else if (field == QLatin1String("employees")) {
            const auto number = io::parseInteger(value);
            if (value.isEmpty())
                edited.employees.reset();
            else if (number && *number >= 0)
                edited.employees = number;
            else
                problem(field, QCoreApplication::translate("lb::ProfileEdit",
                                                           "\"%1\" is not a whole number")
                                   .arg(value));
        } else if (field == QLatin1String("annual_revenue") || field == QLatin1String("budget")) {
            std::optional<double>& target =
                field == QLatin1String("budget") ? edited.budget : edited.annualRevenue;
            const auto number = io::parseNumber(value);
            if (value.isEmpty())
                target.reset();
            else if (number)
                target = number;
            else
                problem(field,
                        QCoreApplication::translate("lb::ProfileEdit", "\"%1\" is not a number")
                            .arg(value));
        } else if (field == QLatin1String("expected_close")) {
            const auto date = io::parseDate(value);
            if (value.isEmpty())
                edited.expectedClose = QDate();
            else if (date)
                edited.expectedClose = *date;
            else
                problem(field,
                        QCoreApplication::translate("lb::ProfileEdit",
                                                    "\"%1\" is not a date (YYYY-MM-DD or D.M.YYYY)")
                            .arg(value));
        } else if (field == QLatin1String("country")) {
            const auto country = io::parseCountry(value);
            if (value.isEmpty())
                edited.country.clear();
            else if (country)
                edited.country = *country;
            else
                problem(field, QCoreApplication::translate("lb::ProfileEdit",
                                                           "\"%1\" is not a known country")
                                   .arg(value));
        } else if (field == QLatin1String("first_name")) {
            edited.firstName = value;
        } else if (field == QLatin1String("last_name")) {
            edited.lastName = value;
        } else if (field == QLatin1String("phone")) {
            edited.phone = value;
        } else if (field == QLatin1String("title")) {
            edited.title = value;
        } else if (field == QLatin1String("company")) {
            edited.company = value;
        } else if (field == QLatin1String("website")) {
            edited.website = value;
        } else if (field == QLatin1String("industry")) {
            edited.industry = value;
        } else if (field == QLatin1String("city")) {
            edited.city = value;
        } else if (field == QLatin1String("source")) {
            edited.source = value;
        } else if (field == QLatin1String("notes")) {
            edited.notes = it.value(); // notes keep their line breaks and spaces
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
    to.firstName = from.firstName;
    to.lastName = from.lastName;
    to.email = from.email;
    to.phone = from.phone;
    to.title = from.title;
    to.company = from.company;
    to.website = from.website;
    to.industry = from.industry;
    to.employees = from.employees;
    to.annualRevenue = from.annualRevenue;
    to.budget = from.budget;
    to.expectedClose = from.expectedClose;
    to.country = from.country;
    to.city = from.city;
    to.source = from.source;
    to.notes = from.notes;
    to.custom = from.custom;
}

} // namespace lb
