#pragma once

#include "io/importtypes.h"
#include "io/rejectedwriter.h"

#include <memory>

namespace lb {
class JobControl;
}

namespace lb::io {

// What lead and event imports share: opening and mapping the file, handing out the rows that
// are well-formed (rejecting the rest), progress and cancel between rows, the rejected file.
class ImportRun
{
public:
    // Throws ImportError when the file cannot be read or the --map overrides are wrong.
    ImportRun(const ImportOptions& options, ImportKind kind, JobControl* job);
    ~ImportRun();

    const ColumnMapping& mapping() const { return m_summary.mapping; }
    ImportSummary& summary() { return m_summary; }
    qint64 fileSize() const { return m_reader.fileSize(); }
    // The header of `column` as the file spells it (for reasons).
    QString headerOf(int column) const { return m_reader.header().value(column); }
    QString fileName() const;

    // The next row to import: blank rows are skipped, an unterminated quote, too many cells, a
    // field or row over CsvReader's size limits and a NUL character are rejected here. Checks for
    // cancel and reports progress every few hundred rows.
    bool next(CsvRecord& record);
    void reject(const CsvRecord& record, const QString& reason);

    // The parts of next() for an import that reads on another thread than it writes:
    // nextRecord() only reads (no progress, no cancel, no rejection), and gives the reason of a
    // record that is not well-formed in `problem`; the writing thread does the rest.
    bool nextRecord(CsvRecord& record, QString& problem);
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    void reportProgress(qint64 bytesRead);
    void checkCancelled() const;
    // Whether reject() reads a record's cells (this file is a rejected file read back), or
    // only its raw text.
    bool rejectionsUseCells() const { return m_rejectedInput; }
    // Just before the workspace commits: puts the rejected file in place (not in a dry run).
    // Throws ImportError when it cannot be written: the import is then not saved.
    void placeRejectedFile();
    // After the workspace committed (`committed`) or rolled back: the summary names the
    // rejected file, or the file placed for an import that was not saved is removed.
    void finish(bool committed);

private:
    // A column for a reason: its header in quotes, or its number when it has no header.
    QString columnLabel(qsizetype column) const;
    // Why a record is over CsvReader's size limits, or empty.
    QString sizeProblem(const CsvRecord& record) const;

    ImportOptions m_options;
    JobControl* m_job;
    CsvReader m_reader;
    ImportSummary m_summary;
    std::unique_ptr<RejectedWriter> m_rejected;
    bool m_rejectedInput = false;
    qint64 m_rows = 0;
};

} // namespace lb::io
