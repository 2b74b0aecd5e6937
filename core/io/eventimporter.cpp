#include "io/eventimporter.h"

#include "io/importrun.h"
#include "io/importscoring.h"
#include "io/valueparsers.h"
#include "store/importsink.h"
#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace lb::io {

namespace {

// E-mails looked up recently; bounded so that ten million events do not grow memory.
constexpr qsizetype leadCacheLimit = 100000;

} // namespace

ImportSummary importEvents(Workspace& workspace, const ImportOptions& options, JobControl* job)
{
    ImportRun run(options, ImportKind::Events, job);
    const ColumnMapping& mapping = run.mapping();
    const int emailColumn = mapping.columnOf(QStringLiteral("email"));
    const int typeColumn = mapping.columnOf(QStringLiteral("event"));
    const int timeColumn = mapping.columnOf(QStringLiteral("timestamp"));
    const int detailColumn = mapping.columnOf(QStringLiteral("detail"));
    if (emailColumn < 0 || typeColumn < 0 || timeColumn < 0)
        throw ImportError(
            //: %1 the CSV file, %2 the columns it has
            QCoreApplication::translate(
                "lb::EventImporter", "%1 needs e-mail, event and timestamp columns (columns: %2)")
                .arg(options.path, run.summary().header.join(QStringLiteral(", "))));

    const std::unique_ptr<ImportSink> sink = workspace.importSink(0, options.actor);
    QHash<QString, qint64> leadOf;
    QSet<qint64> touched;
    ImportSummary& summary = run.summary();
    auto cell = [](const CsvRecord& record, int column) {
        return column >= 0 && column < record.cells.size()
                   ? stripFormulaGuard(record.cells.at(column).trimmed())
                   : QStringView();
    };

    CsvRecord record;
    while (run.next(record)) {
        const QStringView emailText = cell(record, emailColumn);
        const auto email = parseEmail(emailText);
        if (!email) {
            run.reject(record,
                       QCoreApplication::translate("lb::EventImporter",
                                                   "column \"%1\": \"%2\" is not an e-mail address")
                           .arg(run.headerOf(emailColumn), emailText.toString()));
            continue;
        }
        const QStringView type = cell(record, typeColumn);
        if (type.isEmpty()) {
            run.reject(record,
                       QCoreApplication::translate("lb::EventImporter",
                                                   "column \"%1\" is empty: an event needs a type")
                           .arg(run.headerOf(typeColumn)));
            continue;
        }
        const QStringView timeText = cell(record, timeColumn);
        const auto moment = parseDateTime(timeText);
        if (!moment) {
            run.reject(record, QCoreApplication::translate(
                                   "lb::EventImporter",
                                   "column \"%1\": \"%2\" is not a date or time (YYYY-MM-DD, ISO "
                                   "8601, D.M.YYYY or M/D/YYYY)")
                                   .arg(run.headerOf(timeColumn), timeText.toString()));
            continue;
        }
        auto it = leadOf.constFind(*email);
        if (it == leadOf.constEnd()) {
            const auto id = sink->findByEmail(*email);
            if (!id) {
                //: %1 an e-mail address from the file
                run.reject(record, QCoreApplication::translate("lb::EventImporter",
                                                               "no lead with this e-mail: %1")
                                       .arg(*email));
                continue;
            }
            if (leadOf.size() >= leadCacheLimit)
                leadOf.clear();
            it = leadOf.insert(*email, *id);
        }
        Event event;
        event.leadId = *it;
        event.type = type.toString();
        event.occurredAtMs = eventTimeOf(*moment); // the milliseconds the file gives, if any
        event.detail = cell(record, detailColumn).toString();
        if (sink->addEvent(event)) {
            ++summary.imported;
            touched.insert(event.leadId);
        } else {
            ++summary.unchanged;
        }
    }
    if (job)
        job->checkCancelled();
    if (options.dryRun) {
        sink->rollback();
        run.finish(false);
        return summary;
    }
    sink->finishLoad();
    summary.scored = rescoreImported(workspace, QList<qint64>(touched.cbegin(), touched.cend()),
                                     options.asOf, job);
    run.placeRejectedFile();
    sink->commit();
    run.finish(true);
    return summary;
}

} // namespace lb::io
