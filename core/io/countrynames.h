#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace lb::io {

// ISO 3166-1 alpha-2 code of a country given by its code or by its name in English, Finnish or
// Swedish (case-insensitive), e.g. "Suomi", "Sverige", "Ruotsi", "United States", "USA".
std::optional<QString> countryCode(QStringView text);

// What people read for an ISO code: the country's name in the language in effect ("Ruotsi",
// "Sverige", "Sweden" for SE); countries outside the translated list by their English name,
// an unknown code as it is. countryCode() reads every name it gives back to the code.
QString countryName(QStringView code);

// The codes countryName() has translated names for.
QList<QString> shownCountryCodes();

} // namespace lb::io
