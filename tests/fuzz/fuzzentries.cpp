#include "fuzzentries.h"

#include "io/csvreader.h"
#include "io/valueparsers.h"
#include "model/crm.h"
#include "model/stage.h"
#include "qualification/frameworkcatalog.h"
#include "qualification/qualificationservice.h"
#include "qualification/readiness.h"
#include "scoring/modelparser.h"
#include "scoring/scorer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace lb::fuzz {

namespace {

// The first broken property ends the check; its text says which and with what.
#define FUZZ_EXPECT(condition, message)                                                            \
    do {                                                                                           \
        if (!(condition))                                                                          \
            return QString(message);                                                               \
    } while (false)

// --- CSV reader -------------------------------------------------------------------------------

struct Line
{
    qint64 number = 0; // 1-based
    QStringView text;  // without its line end
};

// Physical lines as the reader counts them: "\r\n", "\r" and "\n" each end one.
QList<Line> physicalLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    qint64 number = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n' && text[i] != u'\r')
            continue;
        lines.append({number++, text.sliced(start, i - start)});
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append({number, text.sliced(start)});
    return lines;
}

qint64 lineBreaks(QStringView text)
{
    qint64 breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' ||
            (text[i] == u'\r' && !(i + 1 < text.size() && text[i + 1] == u'\n')))
            ++breaks;
    }
    return breaks;
}

// The text the reader works on, decoded independently the same way: whole, in one piece.
std::optional<QString> decodedAs(const QByteArray& input, io::CsvEncoding encoding)
{
    // (Stateless: the end of the input is the end of the text, so a character cut by it is
    // shown as U+FFFD rather than held back for bytes that never come.)
    QStringDecoder decoder;
    switch (encoding) {
    case io::CsvEncoding::Utf8:
    case io::CsvEncoding::Utf8Bom:
        decoder =
            QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
        break;
    case io::CsvEncoding::Utf16LE:
        decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case io::CsvEncoding::Utf16BE:
        decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case io::CsvEncoding::Windows1252:
        decoder = QStringDecoder("windows-1252");
        break;
    }
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(input);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

qsizetype firstNulCell(const QList<QStringView>& cells)
{
    for (qsizetype k = 0; k < cells.size(); ++k)
        if (cells.at(k).contains(QChar(0)))
            return k;
    return -1;
}

// In memory where the system has it: the reader reads a file, written anew for every input, and
// on a slow disk (CI's) that write was most of the time, some 250 ms an input.
QTemporaryDir& scratchDir()
{
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                 ? QStringLiteral("/dev/shm/leadbench-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/leadbench-fuzz-XXXXXX"));
    return dir;
}

// --- value parsers ----------------------------------------------------------------------------

QString checkValue(QStringView text)
{
    const QString shown = text.left(80).toString();
    if (const auto email = io::parseEmail(text)) {
        FUZZ_EXPECT(email->count(QLatin1Char('@')) == 1, "parseEmail: not one @ in " + *email);
        FUZZ_EXPECT(io::parseEmail(*email) == email,
                    "parseEmail: its own result is read differently: " + *email);
    }
    if (const auto country = io::parseCountry(text)) {
        const bool code = country->size() == 2 && country->at(0).isUpper() &&
                          country->at(1).isUpper() && country->at(0).unicode() < 128 &&
                          country->at(1).unicode() < 128;
        FUZZ_EXPECT(code, "parseCountry: not an upper-case alpha-2 code: " + *country);
        FUZZ_EXPECT(io::parseCountry(*country) == country,
                    "parseCountry: its own code is read differently: " + *country);
    }
    if (const auto number = io::parseNumber(text)) {
        FUZZ_EXPECT(std::isfinite(*number), "parseNumber: not finite for " + shown);
        const QString written = QString::number(*number, 'f', QLocale::FloatingPointShortest);
        if (written.size() < 60) {
            const auto again = io::parseNumber(written);
            FUZZ_EXPECT(again && *again == *number,
                        "parseNumber: its own result " + written + " is read differently");
        }
    }
    if (const auto integer = io::parseInteger(text)) {
        const auto again = io::parseInteger(QString::number(*integer));
        FUZZ_EXPECT(again == integer, "parseInteger: its own result " + QString::number(*integer) +
                                          " is read differently");
    }
    if (const auto date = io::parseDate(text)) {
        FUZZ_EXPECT(date->isValid(), "parseDate: an invalid date for " + shown);
        const QString iso = date->toString(Qt::ISODate);
        FUZZ_EXPECT(io::parseDate(iso) == date,
                    "parseDate: its own result " + iso + " is read differently");
    }
    if (const auto moment = io::parseDateTime(text)) {
        FUZZ_EXPECT(moment->isValid(), "parseDateTime: an invalid moment for " + shown);
        FUZZ_EXPECT(moment->offsetFromUtc() == 0, "parseDateTime: not in UTC for " + shown);
        if (moment->date().year() >= 1000 && moment->date().year() <= 9999) {
            const QString iso = moment->toString(Qt::ISODateWithMs);
            FUZZ_EXPECT(io::parseDateTime(iso) == moment,
                        "parseDateTime: its own result " + iso + " is read differently");
        }
    }
    const Stage stage = io::parseStage(text);
    FUZZ_EXPECT(io::parseStage(stageName(stage)) == stage,
                "parseStage: the name of its own result is read differently: " + stageName(stage));
    if (io::needsFormulaGuard(text)) {
        const QString guarded = QLatin1Char('\'') + text.toString();
        FUZZ_EXPECT(io::stripFormulaGuard(guarded) == text,
                    "stripFormulaGuard does not undo the guard of " + shown);
    }
    return {};
}

// --- answers ----------------------------------------------------------------------------------

QString checkValueKinds(const QString& value)
{
    for (const ValueKind kind :
         {ValueKind::Text, ValueKind::Amount, ValueKind::Date, ValueKind::Contact}) {
        CriterionDefinition criterion;
        criterion.key = QStringLiteral("fuzz");
        criterion.kind = kind;
        QString stored;
        try {
            stored = QualificationService::normalizeValue(criterion, value);
        } catch (const QualificationError&) {
            continue; // refused with a message: fine
        }
        const QString kindName = valueKindName(kind);
        try {
            FUZZ_EXPECT(QualificationService::normalizeValue(criterion, stored) == stored,
                        kindName + ": the stored value " + stored + " is stored differently");
        } catch (const QualificationError&) {
            return kindName + ": the stored value " + stored + " is refused";
        }
        if (kind == ValueKind::Amount && !stored.isEmpty()) {
            bool ok = false;
            const double amount = stored.toDouble(&ok);
            FUZZ_EXPECT(ok && std::isfinite(amount) && amount >= 0,
                        "amount: stored as " + stored.left(80));
        }
        if (kind == ValueKind::Date && !stored.isEmpty())
            FUZZ_EXPECT(QDate::fromString(stored, Qt::ISODate).isValid(),
                        "date: stored as " + stored.left(80));
    }
    return {};
}

QString checkReadiness(const FrameworkDefinition& framework, const QStringList& lines)
{
    // Lines after the fifth: "criterion status" answers, as current answers of this framework.
    QList<Answer> answers;
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    for (qsizetype i = 5; i < lines.size() && i < 200; ++i) {
        const QStringList parts = lines.at(i).split(QLatin1Char(' '));
        Answer answer;
        answer.framework = framework.id;
        answer.criterion = parts.value(0);
        answer.status = answerStatusFromName(parts.value(1)).value_or(AnswerStatus::Unknown);
        answer.at = now.addDays(-(i * 17 % 400));
        answers << answer;
    }
    const FrameworkReadiness readiness = computeReadiness(framework, answers, now, 90);
    const auto count = framework.criteria.size();
    FUZZ_EXPECT(readiness.readiness >= 0 && readiness.readiness <= 1,
                "readiness out of 0..1: " + QString::number(readiness.readiness));
    FUZZ_EXPECT(readiness.criteria.size() == count, "readiness: not one state a criterion");
    FUZZ_EXPECT(readiness.confirmed + readiness.partial <= count,
                "readiness: more confirmed and partial than criteria");
    FUZZ_EXPECT(readiness.missing.size() == count - readiness.confirmed,
                "readiness: missing does not list every criterion not confirmed");
    return {};
}

} // namespace

QString checkCsvReader(const QByteArray& fuzzInput)
{
    // An input starting with \x01 is read in small chunks (4 to 67 bytes, by the byte after
    // it), so that its records cross many reads of the file; others in the usual 1 MiB.
    io::CsvReader::Options options;
    QByteArray input = fuzzInput;
    if (fuzzInput.size() >= 2 && fuzzInput.at(0) == '\x01') {
        options.chunkBytes = 4 + static_cast<unsigned char>(fuzzInput.at(1)) % 64;
        input = fuzzInput.mid(2);
    }
    QTemporaryDir& dir = scratchDir();
    FUZZ_EXPECT(dir.isValid(), "cannot make a temporary folder");
    const QString path = dir.filePath(QStringLiteral("input.csv"));
    {
        QFile file(path);
        FUZZ_EXPECT(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        file.write(input) == input.size(),
                    "cannot write " + path);
    }
    io::CsvReader reader;
    const bool opened = reader.open(path, options);
    const std::optional<QString> text = decodedAs(input, reader.encoding());
    const QList<Line> lines = text ? physicalLines(*text) : QList<Line>();
    QList<Line> nonEmpty;
    for (const Line& line : lines)
        if (!line.text.isEmpty())
            nonEmpty << line;
    const bool quoted = !text || text->contains(QLatin1Char('"'));

    if (!opened) {
        FUZZ_EXPECT(!reader.errorString().isEmpty(), "refused without a message");
        if (!quoted)
            FUZZ_EXPECT(nonEmpty.isEmpty() || nonEmpty.first().text.contains(QChar(0)),
                        "a header row refused: " + reader.errorString());
        return {};
    }
    FUZZ_EXPECT(!reader.header().isEmpty(), "a header without columns");
    const QChar delimiter = reader.delimiter();
    if (!quoted) {
        FUZZ_EXPECT(!nonEmpty.isEmpty(), "a header read from no line");
        FUZZ_EXPECT(reader.headerRaw() == nonEmpty.first().text,
                    "the header is not the first non-empty line");
        FUZZ_EXPECT(reader.header().size() == nonEmpty.first().text.count(delimiter) + 1,
                    "the header's columns are not its delimiters plus one");
    }

    qint64 previousEnd = 1; // the header's line at least
    qsizetype records = 0;
    bool sawUnterminated = false;
    io::CsvRecord record;
    while (reader.next(record)) {
        ++records;
        const QString where = QStringLiteral("record %1 (line %2): ").arg(records).arg(record.line);
        FUZZ_EXPECT(text && records <= text->size(), where + "more records than characters");
        FUZZ_EXPECT(!sawUnterminated, where + "a record after an unterminated quote");
        sawUnterminated = record.unterminated;
        FUZZ_EXPECT(!record.oversized, where + "a small record read as oversized");
        FUZZ_EXPECT(record.line > previousEnd, where + "starts on a line an earlier record used");
        // (An unterminated quote runs to the end of the file, its last line end included.)
        QStringView body = record.raw;
        if (record.unterminated && (body.endsWith(u'\n') || body.endsWith(u'\r')))
            body.chop(body.endsWith(u"\r\n") ? 2 : 1);
        const qint64 end = record.line + lineBreaks(body);
        FUZZ_EXPECT(end <= (lines.isEmpty() ? 0 : lines.last().number),
                    where + "ends past the last line of the file");
        previousEnd = end;
        FUZZ_EXPECT(record.chars == record.raw.size(), where + "chars differ from its text");
        FUZZ_EXPECT(!record.cells.isEmpty(), where + "no cells");
        FUZZ_EXPECT(record.longField == -1, where + "a short cell flagged as too long");
        FUZZ_EXPECT(record.nulField == firstNulCell(record.cells),
                    where + QStringLiteral("NUL flagged in cell %1, found in cell %2")
                                .arg(record.nulField)
                                .arg(firstNulCell(record.cells)));
        if (!quoted) {
            // Without quotes, record k is non-empty line k + 1 (the header is line 0).
            FUZZ_EXPECT(records < nonEmpty.size(), where + "more records than non-empty lines");
            const Line& line = nonEmpty.at(records);
            FUZZ_EXPECT(record.line == line.number,
                        where + "should start on line " + QString::number(line.number));
            FUZZ_EXPECT(record.raw == line.text, where + "its text is not its line");
            QString joined;
            for (qsizetype k = 0; k < record.cells.size(); ++k) {
                if (k > 0)
                    joined += delimiter;
                joined += record.cells.at(k);
            }
            FUZZ_EXPECT(joined == line.text, where + "its cells do not join to its line");
        }
    }
    if (!quoted)
        FUZZ_EXPECT(records + 1 == nonEmpty.size(),
                    QStringLiteral("%1 records and a header from %2 non-empty lines")
                        .arg(records)
                        .arg(nonEmpty.size()));
    FUZZ_EXPECT(reader.bytesRead() == reader.fileSize(), "the file was not read to its end");
    return {};
}

QString checkValueParsers(const QByteArray& input)
{
    const QString text = QString::fromUtf8(input);
    if (QString problem = checkValue(text); !problem.isEmpty())
        return problem;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (QString problem = checkValue(line); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkModelParser(const QByteArray& input)
{
    using namespace lb::scoring;
    const ModelParseResult result = parseScoringModel(input);
    FUZZ_EXPECT(result.ok() != !result.problems.isEmpty(),
                "a model both accepted and refused, or neither");
    if (!result.ok())
        return {};
    const QByteArray written = modelToJson(*result.model);
    const ModelParseResult again = parseScoringModel(written);
    FUZZ_EXPECT(again.ok(), "the written model is refused: " + again.problems.join(u"; "));
    FUZZ_EXPECT(modelToJson(*again.model) == written,
                "the written model reads back differently:\n" + QString::fromUtf8(written));

    const Scorer scorer(*result.model);
    Lead lead;
    lead.email = QStringLiteral("anna.virtanen@example.fi");
    lead.firstName = QStringLiteral("Anna");
    lead.title = QStringLiteral("VP Sales");
    lead.company = QStringLiteral("Esimerkki Oy");
    lead.country = QStringLiteral("FI");
    lead.industry = QStringLiteral("Software");
    lead.employees = 250;
    lead.annualRevenue = 12'500'000;
    lead.budget = 40'000;
    lead.expectedClose = QDate(2026, 9, 30);
    lead.custom.insert(QStringLiteral("segment"), QStringLiteral("mid-market"));
    const QDateTime asOf(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
    QList<Event> events;
    qint64 step = 0;
    for (const BehaviorRule& rule : result.model->behaviorRules) {
        for (int k = 0; k < 3; ++k)
            events << Event{1, rule.event, eventTimeOf(asOf) - (++step % 97) * msPerDay, {}};
    }
    const ScoreResult score = scorer.score(lead, events, asOf);
    FUZZ_EXPECT(score.total >= 0 && score.total <= 100,
                "a score out of 0..100: " + QString::number(score.total));
    FUZZ_EXPECT(std::isfinite(score.fitExact) && std::isfinite(score.behaviorExact) &&
                    std::isfinite(score.fitRaw),
                "a score's parts are not finite");
    return {};
}

QString checkAnswerParsing(const QByteArray& input)
{
    const QString text = QString::fromUtf8(input);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const FrameworkCatalog& catalog = FrameworkCatalog::builtIn();
    const FrameworkDefinition* framework = catalog.find(lines.value(0));
    if (!framework) {
        for (const FrameworkDefinition& known : catalog.all())
            FUZZ_EXPECT(lines.value(0).trimmed().compare(known.id, Qt::CaseInsensitive) != 0,
                        "framework " + known.id + " not found by its id");
    }
    if (framework) {
        if (const CriterionDefinition* criterion = framework->criterion(lines.value(1).trimmed()))
            FUZZ_EXPECT(criterion->key == lines.value(1).trimmed(), "a criterion by another key");
        if (QString problem = checkReadiness(*framework, lines); !problem.isEmpty())
            return problem;
    }
    if (const auto status = answerStatusFromName(lines.value(2)))
        FUZZ_EXPECT(answerStatusFromName(answerStatusName(*status)) == status,
                    "a status's own name is read differently: " + answerStatusName(*status));
    if (QString problem = checkValueKinds(lines.value(3)); !problem.isEmpty())
        return problem;
    if (QString problem = checkValueKinds(text); !problem.isEmpty())
        return problem;

    // A framework definition file (they ship as resources, but are parsed as data).
    try {
        const FrameworkDefinition parsed =
            FrameworkCatalog::parse(input, QStringLiteral("fuzz.json"));
        FUZZ_EXPECT(!parsed.id.isEmpty() && !parsed.title.isEmpty() && !parsed.criteria.isEmpty(),
                    "a framework without id, title or criteria accepted");
        QStringList keys = parsed.criterionKeys();
        keys.removeDuplicates();
        FUZZ_EXPECT(keys.size() == parsed.criteria.size(), "a criterion key accepted twice");
        return checkReadiness(parsed, lines);
    } catch (const std::invalid_argument&) {
        return {};
    }
}

int runFuzzInput(Check check, const unsigned char* data, unsigned long size)
{
    const QString problem = check(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "broken property: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}

Check checkNamed(const QString& target)
{
    if (target == u"csvreader")
        return &checkCsvReader;
    if (target == u"valueparsers")
        return &checkValueParsers;
    if (target == u"modelparser")
        return &checkModelParser;
    if (target == u"answers")
        return &checkAnswerParsing;
    return nullptr;
}

} // namespace lb::fuzz
