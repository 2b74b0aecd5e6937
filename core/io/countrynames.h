#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace lb::io {

// ISO 3166-1 alpha-2 code of a country given by its code or by its name in English, Finnish or
// Swedish (case-insensitive), e.g. "Suomi", "Sverige", "Ruotsi", "United States", "USA".
std::optional<QString> countryCode(QStringView text);

} // namespace lb::io
