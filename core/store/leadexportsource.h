#pragma once

#include "store/leadquery.h"

#include <QByteArrayView>
#include <QStringList>
#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace lb {

class Workspace;

// One lead as the CSV export writes it: the UTF-8 text of each export column, straight from
// the store (no Lead objects, so a million rows cost no more memory than ten).
struct LeadExportRow
{
    // The columns of io::exportColumns(): the fields model/leadfields.cpp marks Exported, in
    // its order, then score and grade (tests/core/model/test_leadfields.cpp checks the count).
    static constexpr int columnCount = 19;
    std::array<QByteArrayView, columnCount> values;
    QByteArrayView customJson; // the lead's custom fields as a JSON object, or empty
};

// Reads leads for export in id order, a page at a time (docs/spec/csv-import.md, Export). The leads
// are picked by the same LeadFilter the lead table lists by: one rule for both.
class LeadExportSource
{
public:
    virtual ~LeadExportSource() = default;
    // The custom field names the leads use, sorted.
    virtual QStringList customFieldNames(const LeadFilter& leads) = 0;
    // Calls `row` for every lead the filter picks; the views are valid during the call only.
    virtual qint64 forEach(const LeadFilter& leads,
                           const std::function<void(const LeadExportRow&)>& row) = 0;
};

} // namespace lb
