#pragma once

#include "util/usererror.h"

#include "store/leadquery.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>
#include <string>

namespace lb {
class JobControl;
class Workspace;
} // namespace lb

namespace lb::io {

struct ExportOptions
{
    QString path;
    // Which leads: all by default; a stage, or the table's very filter (queue, filters and
    // search), or the selected leads (LeadFilter::ids).
    LeadFilter leads;
};

struct ExportSummary
{
    qint64 leads = 0;
    QStringList columns;
};

// The export's fixed columns, in order; custom.<name> columns follow (docs/spec/csv-import.md).
const QStringList& exportColumns();

// Writes leads as CSV: UTF-8 with BOM, comma, RFC 4180 quoting, a header of field names,
// numbers as numbers, text cells starting with = + - @ TAB or CR behind a leading '. Streams
// from the store page by page; the file appears only when complete. Throws ExportError when the
// file cannot be written (StoreError from the store).
ExportSummary exportLeads(Workspace& workspace, const ExportOptions& options,
                          JobControl* job = nullptr);

class ExportError : public UserError
{
public:
    using UserError::UserError;
};

// One CSV cell as the export writes it, appended to `out` (UTF-8).
void appendCsvCell(std::string& out, QByteArrayView utf8, bool isText);

} // namespace lb::io
