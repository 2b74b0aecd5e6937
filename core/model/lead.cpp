#include "model/lead.h"

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

QString leadFieldText(const Lead& lead, QStringView field)
{
    if (field.startsWith(u"custom."))
        return lead.custom.value(field.mid(7).toString());
    if (field == u"first_name")
        return lead.firstName;
    if (field == u"last_name")
        return lead.lastName;
    if (field == u"email")
        return lead.email;
    if (field == u"phone")
        return lead.phone;
    if (field == u"title")
        return lead.title;
    if (field == u"company")
        return lead.company;
    if (field == u"website")
        return lead.website;
    if (field == u"industry")
        return lead.industry;
    if (field == u"country")
        return lead.country;
    if (field == u"city")
        return lead.city;
    if (field == u"source")
        return lead.source;
    if (field == u"owner")
        return lead.owner;
    if (field == u"stage")
        return stageName(lead.stage);
    if (field == u"notes")
        return lead.notes;
    if (field == u"employees")
        return lead.employees ? QString::number(*lead.employees) : QString();
    if (field == u"annual_revenue")
        return numberText(lead.annualRevenue);
    if (field == u"budget")
        return numberText(lead.budget);
    if (field == u"expected_close")
        return lead.expectedClose.isValid() ? lead.expectedClose.toString(Qt::ISODate) : QString();
    return {};
}

} // namespace lb
