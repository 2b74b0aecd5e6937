#include "model/lead.h"

#include "util/isotime.h"

namespace lb {

QString Lead::displayName() const
{
    const QString name = (firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

const QStringList& leadFieldNames()
{
    static const QStringList names = {QStringLiteral("first_name"),     QStringLiteral("last_name"),
                                      QStringLiteral("email"),          QStringLiteral("phone"),
                                      QStringLiteral("title"),          QStringLiteral("company"),
                                      QStringLiteral("website"),        QStringLiteral("industry"),
                                      QStringLiteral("country"),        QStringLiteral("city"),
                                      QStringLiteral("source"),         QStringLiteral("owner"),
                                      QStringLiteral("stage"),          QStringLiteral("employees"),
                                      QStringLiteral("annual_revenue"), QStringLiteral("budget"),
                                      QStringLiteral("expected_close"), QStringLiteral("notes")};
    return names;
}

namespace {
QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}
} // namespace

LeadField leadFieldOf(QStringView name)
{
    if (name.startsWith(u"custom."))
        return LeadField::Custom;
    const qsizetype index = leadFieldNames().indexOf(name);
    return index < 0 ? LeadField::Unknown : LeadField(index);
}

QString leadFieldText(const Lead& lead, QStringView field)
{
    return leadFieldText(lead, leadFieldOf(field), field.mid(7));
}

QString leadFieldText(const Lead& lead, LeadField field, QStringView customName)
{
    switch (field) {
    case LeadField::FirstName:
        return lead.firstName;
    case LeadField::LastName:
        return lead.lastName;
    case LeadField::Email:
        return lead.email;
    case LeadField::Phone:
        return lead.phone;
    case LeadField::Title:
        return lead.title;
    case LeadField::Company:
        return lead.company;
    case LeadField::Website:
        return lead.website;
    case LeadField::Industry:
        return lead.industry;
    case LeadField::Country:
        return lead.country;
    case LeadField::City:
        return lead.city;
    case LeadField::Source:
        return lead.source;
    case LeadField::Owner:
        return lead.owner;
    case LeadField::Stage:
        return stageName(lead.stage);
    case LeadField::Notes:
        return lead.notes;
    case LeadField::Employees:
        return lead.employees ? QString::number(*lead.employees) : QString();
    case LeadField::AnnualRevenue:
        return numberText(lead.annualRevenue);
    case LeadField::Budget:
        return numberText(lead.budget);
    case LeadField::ExpectedClose:
        return toIsoDate(lead.expectedClose);
    case LeadField::Custom:
        return lead.custom.value(customName.toString());
    case LeadField::Unknown:
        break;
    }
    return {};
}

} // namespace lb
