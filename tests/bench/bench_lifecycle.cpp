// Lifecycle and conversion speed (issue 5): a bulk move of N leads in one transaction, answers
// recorded, the guarded SAL -> SQL move (reads every lead's answers), and conversions that
// reuse accounts by domain.
//   bench_lifecycle [--leads N] [--convert M]   (defaults 20,000 and 2,000)
#include "benchsupport.h"
#include "conversion/conversionservice.h"
#include "lifecycle/lifecycleservice.h"
#include "qualification/qualificationservice.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace lb;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    auto option = [&](const QString& name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
    };
    const qint64 leads = option(QStringLiteral("--leads"), 20000);
    const qint64 converts = std::min(option(QStringLiteral("--convert"), 2000), leads);

    const QString path = QDir(bench::benchDir()).filePath(QStringLiteral("lifecycle.leadbench"));
    QFile::remove(path);
    auto workspace = openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    {
        Transaction transaction(*workspace);
        for (qint64 i = 0; i < leads; ++i) {
            Lead lead;
            lead.email = QStringLiteral("lead%1@company%2.fi").arg(i).arg(i % 500);
            lead.firstName = QStringLiteral("First%1").arg(i);
            lead.lastName = QStringLiteral("Last%1").arg(i);
            lead.company = QStringLiteral("Company %1 Oy").arg(i % 500);
            lead.stage = Stage::MQL;
            workspace->leads().insert(lead, QStringLiteral("bench"));
            ids << lead.id;
        }
        transaction.commit();
    }
    bench::report(QStringLiteral("setup: insert leads"), leads * 1000.0 / timer.elapsed(),
                  QStringLiteral("leads/s"));

    LifecycleService lifecycle(*workspace);
    timer.restart();
    const BulkMoveResult accepted =
        lifecycle.moveMany(ids, MoveRequest{Stage::SAL, {}, false}, QStringLiteral("sdr1"));
    bench::report(QStringLiteral("bulk move MQL -> SAL, one transaction"),
                  accepted.moved.size() * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                  QStringLiteral("leads/s"));

    QualificationService qualification(*workspace);
    const QList<qint64> qualified = ids.mid(0, converts);
    timer.restart();
    {
        Transaction transaction(*workspace);
        for (qint64 id : qualified) {
            const Lead lead = *workspace->leads().find(id);
            for (const char* key : {"budget", "authority", "need", "timeline"}) {
                AnswerInput input{QStringLiteral("BANT"), key, AnswerStatus::Confirmed, {}, {}};
                qualification.record(lead, input, QStringLiteral("sdr1"));
            }
        }
        transaction.commit();
    }
    bench::report(QStringLiteral("record answers"),
                  qualified.size() * 4 * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                  QStringLiteral("answers/s"));

    timer.restart();
    const BulkMoveResult toSql =
        lifecycle.moveMany(ids, MoveRequest{Stage::SQL, {}, false}, QStringLiteral("sdr1"));
    bench::report(QStringLiteral("guarded bulk move SAL -> SQL (checks every lead)"),
                  ids.size() * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                  QStringLiteral("leads/s"));
    bench::report(QStringLiteral("  moved / refused"), double(toSql.moved.size()),
                  QStringLiteral("moved (refused %1)").arg(toSql.refused.size()));

    ConversionService conversion(*workspace);
    timer.restart();
    for (qint64 id : toSql.moved) {
        ConversionOptions options;
        options.opportunity =
            OpportunityDraft{QStringLiteral("Deal"), 10000.0, {}, OpportunityStage::Prospecting};
        const Lead lead = *workspace->leads().find(id);
        conversion.execute(conversion.plan(lead, options), QStringLiteral("sdr1"));
    }
    bench::report(QStringLiteral("conversions (one transaction each, accounts reused)"),
                  toSql.moved.size() * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                  QStringLiteral("conversions/s"));
    bench::report(QStringLiteral("peak resident"), bench::peakResidentMb(), QStringLiteral("MB"));
    return 0;
}
