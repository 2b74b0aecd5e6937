#pragma once

#include "io/importpreview.h"
#include "io/importtypes.h"

#include <QMap>
#include <QString>
#include <optional>

namespace lb {

// What the import wizard's pages decide and learn, in one place: each page reads what the
// pages before it chose and adds its own part. The import itself runs in core (io::importLeads,
// io::importEvents) with the options built here, exactly as the CLI builds them.
struct ImportWizardSession
{
    enum class Outcome
    {
        None,      // not run yet
        Committed, // the import's transaction was committed
        Cancelled, // the user cancelled: rolled back, nothing changed
        Failed     // core refused the file or the store failed: rolled back
    };

    QString workspacePath;
    QString userName;

    // File page.
    QString filePath;
    io::ImportKind kind = io::ImportKind::Leads;
    // Preview page: the user's delimiter, or nothing to use the detected one.
    std::optional<QChar> delimiter;
    io::ImportPreview preview; // with the delimiter above and no overrides
    QChar detectedDelimiter;
    // Mapping page: header -> field, "custom.<name>" or "ignore", one entry per column.
    QMap<QString, QString> overrides;
    // Where core writes the rejected rows during the run (a temporary file of the wizard);
    // "Save rejected rows…" copies it where the user wants it.
    QString rejectedPath;

    // Run page.
    Outcome outcome = Outcome::None;
    io::ImportSummary summary;
    QString error;

    io::ImportOptions options() const
    {
        io::ImportOptions options;
        options.path = filePath;
        options.delimiter = delimiter;
        options.overrides = overrides;
        options.actor = userName;
        options.rejectedPath = rejectedPath;
        return options;
    }
};

} // namespace lb
