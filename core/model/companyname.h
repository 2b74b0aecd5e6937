#pragma once

#include <QString>

namespace lb {

// The company name as matching sees it (docs/domain.md, Conversion): case, punctuation, extra
// spaces and legal suffixes (Oy, Oyj, Ab, AB, AS, ApS, GmbH, Ltd, Inc, ...) removed, so that
// "Nordic Widgets Oy" and "nordic widgets" are the same company.
QString normalizeCompanyName(const QString& name);

} // namespace lb
