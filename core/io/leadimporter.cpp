#include "io/leadimporter.h"

#include "lifecycle/leadguard.h"
#include "lifecycle/systemtext.h"

#include "io/importrun.h"
#include "io/importscoring.h"
#include "io/readahead.h"
#include "io/valueparsers.h"
#include "model/companyname.h"
#include "store/importsink.h"
#include "store/workspace.h"
#include "util/allocator.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>
#include <bitset>
#include <vector>

namespace lb::io {

namespace {

struct Column
{
    int index;
    LeadField field;
    QString customName;
};

// One row's values: the fields its non-empty cells set.
struct RowValues
{
    Lead lead;
    std::bitset<size_t(LeadField::Unknown)> set;
    bool has(LeadField field) const { return set[size_t(field)]; }
};

QString* textField(Lead& lead, LeadField field)
{
    switch (field) {
    case LeadField::Email:
        return &lead.email;
    case LeadField::FirstName:
        return &lead.firstName;
    case LeadField::LastName:
        return &lead.lastName;
    case LeadField::Phone:
        return &lead.phone;
    case LeadField::Title:
        return &lead.title;
    case LeadField::Company:
        return &lead.company;
    case LeadField::Website:
        return &lead.website;
    case LeadField::Industry:
        return &lead.industry;
    case LeadField::Country:
        return &lead.country;
    case LeadField::City:
        return &lead.city;
    case LeadField::Source:
        return &lead.source;
    case LeadField::Owner:
        return &lead.owner;
    case LeadField::Notes:
        return &lead.notes;
    default:
        return nullptr;
    }
}

const QString* textField(const Lead& lead, LeadField field)
{
    return textField(const_cast<Lead&>(lead), field);
}

template <typename T> bool assign(T& target, const T& value)
{
    if (target == value)
        return false;
    target = value;
    return true;
}

// What a few dozen spellings of a value (a stage, a country) read as. Searched in order with
// no copy of the cell (a QHash of QString keys would copy every cell to look it up); a file with
// more spellings than it keeps reads the rest every time.
template <typename Value> class SpellingCache
{
public:
    template <typename Read> Value get(QStringView spelling, const Read& read)
    {
        for (const auto& [known, value] : m_known) {
            if (known.size() == spelling.size() && QStringView(known) == spelling)
                return value;
        }
        Value value = read(spelling);
        if (m_known.size() < 64)
            m_known.emplace_back(spelling.toString(), value);
        return value;
    }

private:
    std::vector<std::pair<QString, Value>> m_known;
};

// One row as the reading thread hands it to the writing one: the record copied out of the
// reader's buffers, and its values, or why it is refused.
struct ParsedRow
{
    qint64 line = 0;
    QString raw;
    QStringList cells; // only when a rejection reads them (ImportRun::rejectionsUseCells())
    bool unterminated = false;
    QString problem;      // why the row is refused; empty when `values` hold it
    RowValues values;     // its text fields released to `text` (LeadTextBytes::releaseText())
    QString companyNorm;  // of values.lead.company: part of the identity, and a column
    LeadTextBytes text;   // of values.lead, for the sink if the row creates its lead
    qint64 bytesRead = 0; // how far the reader was: progress

    // The record for ImportRun::reject(); a view of this row, valid while it lives.
    CsvRecord record() const
    {
        CsvRecord record;
        record.line = line;
        record.raw = raw;
        record.unterminated = unterminated;
        for (const QString& cell : cells)
            record.cells << QStringView(cell);
        return record;
    }
};

// The reading half of a lead import, on the read-ahead thread: well-formed records, parsed
// values, and the score a new lead would have (so that the writing thread only writes).
class LeadRowParser
{
public:
    LeadRowParser(ImportRun& run, std::unique_ptr<NewLeadScorer> scorer)
        : m_run(run), m_scorer(std::move(scorer)), m_keepCells(run.rejectionsUseCells())
    {
        const QStringList& fields = run.mapping().fields;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).isEmpty())
                continue;
            const LeadField field = leadFieldOf(fields.at(i));
            if (field != LeadField::Unknown)
                m_columns.append(
                    {i, field, field == LeadField::Custom ? fields.at(i).mid(7) : QString()});
        }
    }

    // ReadAhead's producer: the next row, false at the end of the file.
    bool parse(ParsedRow& row)
    {
        CsvRecord& record = m_record; // reused: its list of cells keeps its memory
        if (!m_run.nextRecord(record, row.problem))
            return false;
        row.line = record.line;
        row.raw = record.raw.toString();
        row.unterminated = record.unterminated;
        if (m_keepCells) {
            for (QStringView cell : record.cells)
                row.cells << cell.toString();
        }
        row.bytesRead = m_run.bytesRead();
        if (!row.problem.isEmpty())
            return true;
        if (!read(record, row.values, row.problem)) {
            LeadTextBytes::releaseText(row.values.lead); // views of the reader's buffer
            return true;
        }
        Lead& lead = row.values.lead;
        if (!row.values.has(LeadField::Stage))
            lead.stage = Stage::New;
        if (row.values.has(LeadField::Company))
            row.companyNorm = normalizeCompanyName(lead.company);
        row.text.set(lead, row.companyNorm);
        // Used only if the row turns out to create its lead.
        m_scorer->score(lead);
        // The writer reads them from row.text. They were views of the reader's buffer, valid
        // until the next record: none may outlive this call.
        LeadTextBytes::releaseText(lead);
        return true;
    }

private:
    bool read(const CsvRecord& record, RowValues& row, QString& problem)
    {
        for (const Column& column : m_columns) {
            if (column.index >= record.cells.size())
                continue; // fewer cells than the header: the rest are empty
            const QStringView value = stripFormulaGuard(record.cells.at(column.index).trimmed());
            if (value.isEmpty())
                continue;
            if (!readCell(column, value, row.lead)) {
                problem = cellProblem(column, value);
                return false;
            }
            row.set[size_t(column.field)] = true;
        }
        return true;
    }

    bool readCell(const Column& column, QStringView value, Lead& lead)
    {
        switch (column.field) {
        case LeadField::Email: {
            const auto email = parseEmail(value);
            lead.email = email.value_or(QString());
            return email.has_value();
        }
        case LeadField::Country: {
            const auto code = cachedCountry(value);
            lead.country = code.value_or(QString());
            return code.has_value();
        }
        case LeadField::Employees:
            lead.employees = parseInteger(value);
            return lead.employees.has_value();
        case LeadField::AnnualRevenue:
            lead.annualRevenue = parseNumber(value);
            return lead.annualRevenue.has_value();
        case LeadField::Budget:
            lead.budget = parseNumber(value);
            return lead.budget.has_value();
        case LeadField::ExpectedClose: {
            const auto date = parseDate(value);
            lead.expectedClose = date.value_or(QDate());
            return date.has_value();
        }
        case LeadField::Stage:
            lead.stage = cachedStage(value);
            return true;
        case LeadField::Custom:
            lead.custom.insert(column.customName, value.toString());
            return true;
        case LeadField::FirstName:
        case LeadField::Phone:
        case LeadField::Title:
        case LeadField::Company:
        case LeadField::Website:
        case LeadField::Industry:
        case LeadField::City:
        case LeadField::Source:
        case LeadField::Notes:
            // No copy of the fields that releaseText() frees before parse() returns: scoring
            // and encoding read them in place, in the reader's buffer (nine allocations and
            // frees a row fewer on the reading thread, which sets the pace of a bulk import).
            *textField(lead, column.field) = QString::fromRawData(value.data(), value.size());
            return true;
        default: // the last name and the owner, which releaseText() keeps
            *textField(lead, column.field) = value.toString();
            return true;
        }
    }

    // A file names the same few stages and countries a million times: read each spelling once.
    Stage cachedStage(QStringView value)
    {
        return m_stages.get(value, [](QStringView spelling) { return parseStage(spelling); });
    }

    std::optional<QString> cachedCountry(QStringView value)
    {
        return m_countries.get(value, [](QStringView spelling) { return parseCountry(spelling); });
    }

    QString cellProblem(const Column& column, QStringView value) const
    {
        const QString header = m_run.headerOf(column.index);
        const QString text = value.toString();
        switch (column.field) {
        case LeadField::Email:
            return QCoreApplication::translate("lb::LeadImporter",
                                               "column \"%1\": \"%2\" is not an e-mail address")
                .arg(header, text);
        case LeadField::Country:
            return QCoreApplication::translate(
                       "lb::LeadImporter",
                       "column \"%1\": \"%2\" is not a country (an ISO code or a name in English, "
                       "Finnish or Swedish)")
                .arg(header, text);
        case LeadField::Employees:
            return QCoreApplication::translate("lb::LeadImporter",
                                               "column \"%1\": \"%2\" is not a whole number")
                .arg(header, text);
        case LeadField::ExpectedClose:
            return QCoreApplication::translate(
                       "lb::LeadImporter",
                       "column \"%1\": \"%2\" is not a date (YYYY-MM-DD, D.M.YYYY or M/D/YYYY)")
                .arg(header, text);
        default:
            return QCoreApplication::translate("lb::LeadImporter",
                                               "column \"%1\": \"%2\" is not a number")
                .arg(header, text);
        }
    }

    CsvRecord m_record;
    ImportRun& m_run;
    std::unique_ptr<NewLeadScorer> m_scorer;
    const bool m_keepCells;
    QList<Column> m_columns;
    SpellingCache<Stage> m_stages;
    SpellingCache<std::optional<QString>> m_countries;
};

// The writing half of a lead import, on the calling thread (the workspace's): finds each row's
// lead by e-mail or by last name and company, creates or merges, refuses what must not change.
class LeadRowWriter
{
public:
    LeadRowWriter(ImportRun& run, ImportSink& sink, NewLeadScorer& scorer,
                  const ImportOptions& options)
        : m_run(run), m_sink(sink), m_scorer(scorer), m_options(options)
    {
        // A code, read in each reader's language (SystemText).
        m_reason = SystemText::importedFrom(run.fileName()).toStored();
    }

    void write(ParsedRow& parsed)
    {
        if (!parsed.problem.isEmpty()) {
            m_run.reject(parsed.record(), parsed.problem);
            return;
        }
        RowValues& row = parsed.values;
        std::optional<qint64> id;
        if (row.has(LeadField::Email)) {
            id = m_sink.findByEmail(row.lead.email);
        } else if (row.has(LeadField::LastName) && row.has(LeadField::Company)) {
            if (!parsed.companyNorm.isEmpty())
                id = m_sink.findByName(row.lead.lastName, parsed.companyNorm);
        } else {
            m_run.reject(parsed.record(),
                         QCoreApplication::translate(
                             "lb::LeadImporter",
                             "the row has no e-mail, nor a last name with a company: a "
                             "lead needs one of them"));
            return;
        }
        ImportSummary& summary = m_run.summary();
        if (id) {
            parsed.text.restoreText(row.lead);
            QString readOnly;
            const bool changed = merge(*id, row, readOnly);
            if (!readOnly.isEmpty())
                m_run.reject(parsed.record(), readOnly);
            else if (changed)
                ++summary.updated;
            else
                ++summary.unchanged;
        } else {
            insert(row, parsed.companyNorm, parsed.text);
            ++summary.imported;
        }
    }

    // The leads that existed before their row (in the workspace, or from an earlier row).
    const QList<qint64>& changed() const { return m_changed; }
    const QString& reason() const { return m_reason; }

private:
    // The lead comes scored by the reading thread.
    void insert(RowValues& row, const QString& companyNorm, const LeadTextBytes& text)
    {
        Lead& lead = row.lead;
        m_sink.insertLead(lead, companyNorm, text); // its history row comes with recordCreations()
        m_scorer.inserted(lead);
    }

    // Non-empty cells overwrite, empty ones keep: true when anything differed. A converted
    // lead is read-only (docs/domain.md): a row that would change it is refused with the reason.
    bool merge(qint64 id, const RowValues& row, QString& readOnly)
    {
        Lead lead = m_sink.load(id);
        const Lead& in = row.lead;
        bool changed = false;
        for (size_t f = 0; f < row.set.size(); ++f) {
            if (!row.set[f])
                continue;
            const auto field = LeadField(f);
            if (QString* text = textField(lead, field)) {
                changed |= assign(*text, *textField(in, field));
                continue;
            }
            switch (field) {
            case LeadField::Employees:
                changed |= assign(lead.employees, in.employees);
                break;
            case LeadField::AnnualRevenue:
                changed |= assign(lead.annualRevenue, in.annualRevenue);
                break;
            case LeadField::Budget:
                changed |= assign(lead.budget, in.budget);
                break;
            case LeadField::ExpectedClose:
                changed |= assign(lead.expectedClose, in.expectedClose);
                break;
            case LeadField::Custom:
                for (auto it = in.custom.cbegin(); it != in.custom.cend(); ++it) {
                    if (lead.custom.value(it.key()) != it.value()) {
                        lead.custom.insert(it.key(), it.value());
                        changed = true;
                    }
                }
                break;
            default:
                break;
            }
        }
        std::optional<Stage> previous;
        // A converted lead keeps its stage: what it became is recorded elsewhere.
        if (row.has(LeadField::Stage) && in.stage != lead.stage && lead.stage != Stage::Converted) {
            previous = lead.stage;
            lead.stage = in.stage;
            lead.stageChangedAt = QDateTime::currentDateTimeUtc();
            changed = true;
        }
        if (!changed)
            return false;
        if (const std::optional<QString> refusal = readOnlyReason(lead)) {
            readOnly = *refusal;
            return false;
        }
        m_sink.updateLead(lead);
        if (previous && !m_sink.isCreatedHere(id))
            m_sink.addStageChange(historyLine(id, previous, lead.stage));
        m_changed.append(id);
        return true;
    }

    StageChange historyLine(qint64 id, std::optional<Stage> from, Stage to) const
    {
        StageChange change;
        change.leadId = id;
        change.from = from;
        change.to = to;
        change.by = m_options.actor;
        change.reason = m_reason;
        return change;
    }

    ImportRun& m_run;
    ImportSink& m_sink;
    NewLeadScorer& m_scorer;
    const ImportOptions& m_options;
    QString m_reason;
    QList<qint64> m_changed;
};

// A rough count of rows from the file size, to choose the bulk strategy before the first row.
qint64 estimatedRows(qint64 fileSize)
{
    return fileSize / 120;
}

} // namespace

ImportSummary importLeads(Workspace& workspace, const ImportOptions& options, JobControl* job)
{
    // Declared first: runs last, after the rows, the sink and the threads are gone.
    const ReleaseFreedMemoryAtEnd releaseMemory;
    ImportRun run(options, ImportKind::Leads, job);
    const ColumnMapping& mapping = run.mapping();
    if (!mapping.has(QStringLiteral("email")) &&
        !(mapping.has(QStringLiteral("last_name")) && mapping.has(QStringLiteral("company"))))
        //: %1 the CSV file, %2 the columns it has
        throw ImportError(QCoreApplication::translate(
                              "lb::LeadImporter",
                              "%1 has no e-mail column, nor last name and company columns: a "
                              "lead needs one of them (columns: %2)")
                              .arg(options.path, run.summary().header.join(QStringLiteral(", "))));

    const std::unique_ptr<ImportSink> sink =
        workspace.importSink(estimatedRows(run.fileSize()), options.actor);
    NewLeadScorer scorer(workspace, options.asOf);
    LeadRowWriter importer(run, *sink, scorer, options);
    {
        LeadRowParser parser(run, scorer.twin());
        ReadAhead<ParsedRow> rows([&parser](ParsedRow& row) { return parser.parse(row); });
        qint64 count = 0;
        while (ParsedRow* row = rows.next()) {
            importer.write(*row);
            if ((++count & 255) == 0) {
                run.checkCancelled();
                if ((count & 4095) == 0)
                    run.reportProgress(row->bytesRead);
            }
        }
        run.reportProgress(run.fileSize());
    }
    run.checkCancelled();

    if (options.dryRun) {
        sink->rollback();
        run.finish(false);
        return run.summary();
    }
    sink->recordCreations(options.actor, importer.reason());
    // New leads were scored as they were written; changed ones are rescored now, before the
    // indexes of a bulk load are built, so that those are built once over the final scores.
    const QSet<qint64> changed(importer.changed().cbegin(), importer.changed().cend());
    scorer.promote(workspace, changed);
    qint64 createdAndChanged = 0;
    for (qint64 id : changed)
        createdAndChanged += sink->isCreatedHere(id) ? 1 : 0;
    run.summary().scored = scorer.scored() - createdAndChanged +
                           rescoreImported(workspace, importer.changed(), options.asOf, job);
    if (job)
        job->report(0, 1, QCoreApplication::translate("lb::LeadImporter", "Building indexes"));
    sink->finishLoad();
    if (job) {
        job->report(1, 1, QCoreApplication::translate("lb::LeadImporter", "Building indexes"));
        //: Progress phase: the import's transaction is being committed to disk.
        job->report(0, 1, QCoreApplication::translate("lb::LeadImporter", "Saving"));
    }
    run.placeRejectedFile();
    sink->commit();
    if (job)
        job->report(1, 1, QCoreApplication::translate("lb::LeadImporter", "Saving"));
    run.finish(true);
    return run.summary();
}

} // namespace lb::io
