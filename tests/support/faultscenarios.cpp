#include "support/faultscenarios.h"

#include "conversion/conversionservice.h"
#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "lifecycle/lifecycleservice.h"
#include "lifecycle/stagereason.h"
#include "scoring/rescorer.h"
#include "store/sqlite/sqliteschema.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

namespace lb::test {

namespace {

const QDateTime importedAt(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDateTime rescoredAt(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

QString besides(const QString& workspacePath, const QString& name)
{
    return QFileInfo(workspacePath).dir().filePath(name);
}

// Leads first..last: a company per ten leads, titles and sizes that the default model scores.
QByteArray leadsCsv(int first, int last, const QString& titleSuffix)
{
    static const char* titles[] = {"CTO", "Head of IT", "Analyst", "CEO", "Buyer"};
    QByteArray csv = "email,first_name,last_name,company,title,country,city,employees,source\n";
    for (int i = first; i <= last; ++i) {
        csv += QStringLiteral("lead%1@company%2.fi,Aino%1,Virtanen%1,Company %2 Oy,%3%4,FI,"
                              "Tampere,%5,webinar\n")
                   .arg(i)
                   .arg(i / 10)
                   .arg(QLatin1String(titles[i % 5]), titleSuffix)
                   .arg(20 + (i * 37) % 900)
                   .toUtf8();
    }
    return csv;
}

QByteArray eventsCsv(int leads)
{
    static const char* types[] = {"page_view", "email_open", "demo_request"};
    QByteArray csv = "Email,Event Type,Timestamp,URL\n";
    for (int i = 1; i <= leads; ++i) {
        for (int e = 0; e < i % 4; ++e)
            csv += QStringLiteral("lead%1@company%2.fi,%3,2026-11-%4T10:00:00Z,/pricing\n")
                       .arg(i)
                       .arg(i / 10)
                       .arg(QLatin1String(types[(i + e) % 3]))
                       .arg(10 + e, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    }
    return csv;
}

io::ImportOptions importOptions(const QString& csv)
{
    io::ImportOptions options;
    options.path = csv;
    options.actor = QStringLiteral("importer");
    options.asOf = importedAt;
    return options;
}

// A workspace of leads 1..count, imported (and scored) as of importedAt.
void prepareLeads(const QString& path, int count, bool withEvents)
{
    const QString csv = besides(path, QStringLiteral("first.csv"));
    writeFile(csv, leadsCsv(1, count, QString()));
    std::unique_ptr<Workspace> workspace =
        openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
    io::importLeads(*workspace, importOptions(csv));
    if (withEvents) {
        const QString events = besides(path, QStringLiteral("events.csv"));
        writeFile(events, eventsCsv(count));
        io::importEvents(*workspace, importOptions(events));
    }
}

} // namespace

FaultScenario importScenario()
{
    FaultScenario scenario;
    scenario.name = QStringLiteral("import");
    scenario.prepare = [](const QString& path) {
        prepareLeads(path, 60, false);
        // Leads 31..330: 30 of them change their title, 270 are new.
        writeFile(besides(path, QStringLiteral("import.csv")),
                  leadsCsv(31, 330, QStringLiteral(" (new title)")));
    };
    scenario.run = [](const QString& path) {
        std::unique_ptr<Workspace> workspace = openWorkspace(path);
        io::importLeads(*workspace, importOptions(besides(path, QStringLiteral("import.csv"))));
    };
    return scenario;
}

FaultScenario rescoreScenario()
{
    FaultScenario scenario;
    scenario.name = QStringLiteral("rescore");
    scenario.prepare = [](const QString& path) { prepareLeads(path, 300, true); };
    scenario.run = [](const QString& path) {
        std::unique_ptr<Workspace> workspace = openWorkspace(path);
        scoring::rescoreAll(*workspace, rescoredAt);
    };
    return scenario;
}

FaultScenario stageMoveScenario()
{
    FaultScenario scenario;
    scenario.name = QStringLiteral("stage move");
    scenario.prepare = [](const QString& path) { prepareLeads(path, 100, false); };
    scenario.run = [](const QString& path) {
        std::unique_ptr<Workspace> workspace = openWorkspace(path);
        LifecycleService lifecycle(*workspace);
        QList<qint64> ids;
        for (qint64 id = 41; id <= 60; ++id)
            ids << id;
        MoveRequest request;
        request.to = Stage::Disqualified;
        request.reason = parseStageReason(QStringLiteral("unresponsive"));
        // As `stage` does: all together or none.
        Transaction transaction(*workspace);
        const BulkMoveResult result = lifecycle.moveMany(ids, request, QStringLiteral("sdr1"));
        if (!result.refused.isEmpty())
            throw std::runtime_error("refused: " +
                                     result.refused.constFirst().decision.message.toStdString());
        transaction.commit();
    };
    return scenario;
}

FaultScenario conversionScenario()
{
    FaultScenario scenario;
    scenario.name = QStringLiteral("conversion");
    scenario.prepare = [](const QString& path) {
        prepareLeads(path, 100, false);
        std::unique_ptr<Workspace> workspace = openWorkspace(path);
        Lead lead;
        lead.email = QStringLiteral("aino@nordicwidgets.fi");
        lead.firstName = QStringLiteral("Aino");
        lead.lastName = QStringLiteral("Virtanen");
        lead.company = QStringLiteral("Nordic Widgets Oy");
        lead.title = QStringLiteral("CTO");
        lead.city = QStringLiteral("Tampere");
        lead.stage = Stage::SQL;
        workspace->leads().insert(lead, QStringLiteral("importer"));
    };
    scenario.run = [](const QString& path) {
        std::unique_ptr<Workspace> workspace = openWorkspace(path);
        const std::optional<Lead> lead =
            workspace->leads().findByEmail(QStringLiteral("aino@nordicwidgets.fi"));
        if (!lead)
            throw std::runtime_error("the SQL lead is not found");
        ConversionOptions options;
        options.opportunity = OpportunityDraft{QStringLiteral("Widgets line 2"), 48000.0,
                                               QDate(2027, 3, 31), OpportunityStage::Proposal};
        ConversionService service(*workspace);
        const ConversionPlan plan = service.plan(*lead, options);
        service.execute(plan, QStringLiteral("sdr1"));
    };
    return scenario;
}

FaultScenario migrationScenario()
{
    constexpr int from = 2;
    FaultScenario scenario;
    scenario.name = QStringLiteral("migration");
    scenario.prepare = [](const QString& path) {
        makeWorkspaceAtVersion(path, from, [](QSqlQuery& query) {
            query.exec(QStringLiteral("INSERT INTO users(id, name, created_at) VALUES(7, 'Aino', "
                                      "'2026-01-01T00:00:00Z')"));
            for (int i = 1; i <= 200; ++i) {
                query.exec(
                    QStringLiteral(
                        "INSERT INTO leads(id, email, first_name, last_name, company, title, "
                        "stage, stage_changed_at, score, score_fit, score_behavior, grade, "
                        "scored_at, owner_id, created_at, updated_at, updated_by) VALUES(%1, "
                        "'l%1@x%2.fi', 'Aino%1', 'Last%1', 'Company %2 Oy', 'CTO', '%3', "
                        "'2026-01-01T00:00:00Z', %4, %5, %6, 'B', '2026-02-01T00:00:00Z', %7, "
                        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'test')")
                        .arg(i)
                        .arg(i / 10)
                        .arg(i % 3 == 0 ? QStringLiteral("MQL") : QStringLiteral("New"))
                        .arg(i % 100)
                        .arg(i % 60)
                        .arg(i % 40)
                        .arg(i % 7 == 0 ? QStringLiteral("7") : QStringLiteral("NULL")));
                for (int e = 0; e < i % 4; ++e)
                    query.exec(QStringLiteral("INSERT INTO events(lead_id, occurred_at, type, "
                                              "detail) VALUES(%1, %2, 'page_view', '/p%3')")
                                   .arg(i)
                                   .arg(1790000000 + i * 100 + e)
                                   .arg(e));
            }
            query.exec(QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')"));
        });
    };
    scenario.run = [](const QString& path) { openWorkspace(path); };
    scenario.steps = schema::currentVersion() - from - 1;
    scenario.makeStep = [](const QString& path, int step) {
        const QString connection = QStringLiteral("migration-step");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
            migrateSqliteWorkspace(db, from + step);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    };
    return scenario;
}

QList<FaultScenario> allScenarios()
{
    return {importScenario(), rescoreScenario(), stageMoveScenario(), conversionScenario(),
            migrationScenario()};
}

} // namespace lb::test
