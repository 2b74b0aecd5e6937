#include "io/importrun.h"

#include "util/jobcontrol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace lb::io {

namespace {

bool isBlank(const QList<QStringView>& cells)
{
    for (QStringView cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

ImportRun::ImportRun(const ImportOptions& options, ImportKind kind, JobControl* job)
    : m_options(options), m_job(job)
{
    CsvReader::Options readerOptions;
    readerOptions.delimiter = options.delimiter;
    if (!m_reader.open(options.path, readerOptions))
        throw ImportError(m_reader.errorString());
    QStringList problems;
    m_summary.header = m_reader.header();
    m_summary.mapping = mapColumns(m_summary.header, kind, options.overrides, &problems);
    if (!problems.isEmpty())
        throw ImportError(problems.join(QLatin1Char('\n')));
    m_summary.encoding = m_reader.encoding();
    m_summary.delimiter = m_reader.delimiter();
    m_summary.dryRun = options.dryRun;
    const QStringList& header = m_summary.header;
    m_rejectedInput =
        header.size() >= 2 &&
        header.at(header.size() - 2).compare(QLatin1String("line"), Qt::CaseInsensitive) == 0 &&
        header.constLast().compare(QLatin1String("reason"), Qt::CaseInsensitive) == 0;
}

ImportRun::~ImportRun()
{
    // An import that ended by an error after placeRejectedFile() was not saved.
    if (m_rejected)
        m_rejected->withdraw();
}

QString ImportRun::fileName() const
{
    return QFileInfo(m_options.path).fileName();
}

bool ImportRun::next(CsvRecord& record)
{
    QString problem;
    while (nextRecord(record, problem)) {
        if ((++m_rows & 255) == 0) {
            checkCancelled();
            if ((m_rows & 4095) == 0)
                reportProgress(m_reader.bytesRead());
        }
        if (problem.isEmpty())
            return true;
        reject(record, problem);
    }
    reportProgress(m_reader.fileSize());
    return false;
}

bool ImportRun::nextRecord(CsvRecord& record, QString& problem)
{
    problem.clear();
    const qsizetype columns = m_summary.header.size();
    while (m_reader.next(record)) {
        if (record.unterminated) {
            problem = QCoreApplication::translate(
                "lb::Import", "a quoted field is not terminated (a \" opens it and none closes "
                              "it before the end of the file)");
            return true;
        }
        if (const QString size = sizeProblem(record); !size.isEmpty()) {
            problem = size;
            return true;
        }
        if (record.nulField >= 0) {
            //: %1 is a column: its name in quotes, or "number 4" when it has none
            problem = QCoreApplication::translate("lb::Import",
                                                  "column %1 holds a NUL byte (a zero character), "
                                                  "which a text field cannot hold")
                          .arg(columnLabel(record.nulField));
            return true;
        }
        if (isBlank(record.cells))
            continue;
        if (record.cells.size() > columns) {
            // Trailing empty cells (a delimiter at the end of the line) are harmless.
            bool extra = false;
            for (qsizetype i = columns; i < record.cells.size(); ++i)
                extra = extra || !record.cells.at(i).trimmed().isEmpty();
            if (extra)
                //: %1 and %2 are numbers (of cells in the row, of columns in the header row)
                problem = QCoreApplication::translate(
                              "lb::Import", "the row has %1 cells but the header has %2 columns")
                              .arg(record.cells.size())
                              .arg(columns);
        }
        return true;
    }
    return false;
}

QString ImportRun::columnLabel(qsizetype column) const
{
    const QString name = headerOf(int(column));
    if (name.isEmpty())
        //: Names a CSV column that has no header, by its position (1 = the first)
        return QCoreApplication::translate("lb::Import", "number %1").arg(column + 1);
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString ImportRun::sizeProblem(const CsvRecord& record) const
{
    // The limits of CsvReader: a row above them is refused whole, and the import goes on.
    if (record.longField < 0 && record.chars <= CsvReader::maxRecordChars)
        return {}; // (every row but these: no locale to look up)
    const QLocale locale;
    if (record.longField >= 0)
        //: %1 is a column: its name in quotes, or "number 4" when it has none
        return QCoreApplication::translate("lb::Import",
                                           "column %1 holds %2 characters: a field may hold at "
                                           "most %3 characters")
            .arg(columnLabel(record.longField), locale.toString(record.longFieldChars),
                 locale.toString(qint64(CsvReader::maxFieldChars)));
    return QCoreApplication::translate("lb::Import",
                                       "the row holds %1 characters: a row may hold at most "
                                       "%2 characters")
        .arg(locale.toString(record.chars), locale.toString(qint64(CsvReader::maxRecordChars)));
}

void ImportRun::reportProgress(qint64 bytesRead)
{
    if (m_job)
        m_job->report(bytesRead, m_reader.fileSize(),
                      QCoreApplication::translate("lb::Import", "Importing"));
}

void ImportRun::checkCancelled() const
{
    if (m_job)
        m_job->checkCancelled();
}

void ImportRun::reject(const CsvRecord& record, const QString& reason)
{
    ++m_summary.rejected;
    if (m_summary.firstRejected.size() < ImportSummary::maxListedRejections)
        m_summary.firstRejected.append({record.line, record.raw.toString(), reason});
    if (m_options.dryRun || m_options.rejectedPath.isEmpty())
        return;
    if (!m_rejected)
        m_rejected = std::make_unique<RejectedWriter>(m_options.rejectedPath, m_reader.headerRaw(),
                                                      m_summary.header, m_reader.delimiter(),
                                                      m_rejectedInput);
    m_rejected->add(record.line, record.raw, record.cells, record.unterminated, reason);
}

void ImportRun::placeRejectedFile()
{
    if (m_rejected && !m_rejected->commit())
        throw ImportError(
            //: %1 the file of rejected rows, %2 the reason from the system
            QCoreApplication::translate("lb::Import",
                                        "%1 could not be written (%2): nothing was imported")
                .arg(m_rejected->path(), m_rejected->errorString()));
}

void ImportRun::finish(bool committed)
{
    if (!m_rejected)
        return;
    if (committed)
        m_summary.rejectedFile = m_rejected->path();
    else
        m_rejected->withdraw();
    m_rejected.reset();
}

} // namespace lb::io
