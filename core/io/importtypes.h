#pragma once

#include "util/usererror.h"

#include "io/columnmapping.h"
#include "io/csvreader.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>
#include <stdexcept>

namespace lb::io {

// What an import reads and how (docs/spec/csv-import.md, docs/spec/cli.md `import`).
struct ImportOptions
{
    QString path;
    std::optional<QChar> delimiter;   // overrides detection
    QMap<QString, QString> overrides; // header -> field, or "ignore"
    bool dryRun = false;              // count everything, write nothing
    QString actor;                    // who imports: history and updated_by
    // Where the rejected rows go (docs/spec/cli.md: FILE.rejected.csv); empty: nowhere. Put in
    // place just before the import commits, when it rejected some rows (RejectedWriter).
    QString rejectedPath;
    QDateTime asOf; // the scoring moment; invalid: now
};

// A row the import refused, as it stood in the file.
struct RejectedRow
{
    qint64 line = 0;
    QString raw;
    QString reason;
};

struct ImportSummary
{
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 scored = 0;                // leads rescored by the active model
    QList<RejectedRow> firstRejected; // the first maxListedRejections, for display
    QString rejectedFile;             // the file written, or empty
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
    QStringList header;
    ColumnMapping mapping;
    bool dryRun = false;

    static constexpr int maxListedRejections = 1000;
};

// The file as a whole cannot be imported (unreadable, no header, a --map naming nothing, no
// identity column). Nothing was written.
class ImportError : public UserError
{
public:
    using UserError::UserError;
};

// "FILE.rejected.csv" beside the input (docs/spec/cli.md).
QString defaultRejectedPath(const QString& inputPath);

} // namespace lb::io
