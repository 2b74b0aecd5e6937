#include "conversion/conversionplan.h"

#include <QCoreApplication>

namespace lb {

QString accountMatchName(AccountMatch match)
{
    switch (match) {
    case AccountMatch::None:
        return QStringLiteral("new");
    case AccountMatch::Domain:
        return QStringLiteral("domain");
    case AccountMatch::Name:
        return QStringLiteral("name");
    case AccountMatch::Chosen:
        return QStringLiteral("chosen");
    }
    return {};
}

QString FieldChange::label() const
{
    static const QList<std::pair<const char*, const char*>> labels = {
        {"name", QT_TRANSLATE_NOOP("lb::Conversion", "Name")},
        {"domain", QT_TRANSLATE_NOOP("lb::Conversion", "E-mail domain")},
        {"website", QT_TRANSLATE_NOOP("lb::Conversion", "Website")},
        {"industry", QT_TRANSLATE_NOOP("lb::Conversion", "Industry")},
        {"country", QT_TRANSLATE_NOOP("lb::Conversion", "Country")},
        {"city", QT_TRANSLATE_NOOP("lb::Conversion", "City")},
        {"employees", QT_TRANSLATE_NOOP("lb::Conversion", "Employees")},
        {"annual_revenue", QT_TRANSLATE_NOOP("lb::Conversion", "Annual revenue")},
        {"email", QT_TRANSLATE_NOOP("lb::Conversion", "E-mail")},
        {"first_name", QT_TRANSLATE_NOOP("lb::Conversion", "First name")},
        {"last_name", QT_TRANSLATE_NOOP("lb::Conversion", "Last name")},
        {"phone", QT_TRANSLATE_NOOP("lb::Conversion", "Phone")},
        {"title", QT_TRANSLATE_NOOP("lb::Conversion", "Title")},
    };
    for (const auto& [key, text] : labels) {
        if (field == QLatin1String(key))
            return QCoreApplication::translate("lb::Conversion", text);
    }
    return field;
}

} // namespace lb
