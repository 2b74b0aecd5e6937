// Every refusal a person reads is one type, UserError, with the message the rules wrote: the
// CLI and the GUI catch it once. Each service's own refusal is checked here through the
// real service on a real workspace, so a service that starts throwing something else (which
// would end the CLI with an uncaught exception, or the GUI with a crash) fails here.
#include "core/lifecycle/leadfixtures.h"
#include "io/leadimporter.h"
#include "lifecycle/lifecycleservice.h"
#include "qualification/qualificationservice.h"
#include "scoring/rescorer.h"
#include "store/storeerror.h"
#include "support/tempworkspace.h"
#include "util/usererror.h"

#include <QDateTime>
#include <QFile>
#include <functional>
#include <gtest/gtest.h>

using namespace lb;

namespace {

// What `action` threw as a UserError; fails the test when it threw nothing or something else.
struct Caught
{
    QString message;
    bool workspaceProblem = false;
};

Caught catchUserError(const std::function<void()>& action)
{
    try {
        action();
    } catch (const UserError& error) {
        return {error.message(), error.isWorkspaceProblem()};
    } catch (const std::exception& other) {
        ADD_FAILURE() << "not a UserError: " << other.what();
        return {};
    }
    ADD_FAILURE() << "nothing was thrown";
    return {};
}

} // namespace

TEST(UserError, RefusalsOfTheRulesAreUserErrorsAndNotWorkspaceProblems)
{
    test::TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    Lead lead = test::addLead(workspace, "aino@nordicwidgets.fi", "Nordic Widgets Oy");

    QualificationService qualification(workspace);
    const Caught unknownFramework = catchUserError([&] {
        qualification.record(lead,
                             AnswerInput{QStringLiteral("No such framework"),
                                         QStringLiteral("budget"), AnswerStatus::Confirmed},
                             QStringLiteral("sdr1"));
    });
    EXPECT_TRUE(unknownFramework.message.contains(QLatin1String("No such framework")))
        << unknownFramework.message.toStdString();
    EXPECT_FALSE(unknownFramework.workspaceProblem);

    LifecycleService lifecycle(workspace);
    const Caught skipped = catchUserError([&] {
        lifecycle.move(lead, MoveRequest{Stage::SQL, {}, false}, QStringLiteral("sdr1"));
    });
    EXPECT_FALSE(skipped.message.isEmpty());
    EXPECT_FALSE(skipped.workspaceProblem);

    const Caught badModel = catchUserError([&] {
        scoring::importModelAndRescore(workspace, "{\"version\": \"x\"}", QStringLiteral("m"),
                                       QDateTime::currentDateTimeUtc());
    });
    EXPECT_FALSE(badModel.message.isEmpty());
    EXPECT_FALSE(badModel.workspaceProblem);

    io::ImportOptions options;
    options.path = temp.file(QStringLiteral("missing.csv"));
    const Caught missingFile = catchUserError([&] { io::importLeads(workspace, options); });
    EXPECT_TRUE(missingFile.message.contains(QLatin1String("missing.csv")))
        << missingFile.message.toStdString();
    EXPECT_FALSE(missingFile.workspaceProblem);
}

TEST(UserError, AFileThatIsNoWorkspaceIsAWorkspaceProblem)
{
    test::TempWorkspace temp;
    const QString path = temp.file(QStringLiteral("notes.leadbench"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    const Caught notAWorkspace = catchUserError([&] { openWorkspace(path); });
    EXPECT_TRUE(notAWorkspace.workspaceProblem);
    EXPECT_FALSE(notAWorkspace.message.isEmpty());
}

TEST(UserError, TheStoreSaysWhichKindsAreWorkspaceProblems)
{
    using Kind = StoreError::Kind;
    for (Kind kind :
         {Kind::NotAWorkspace, Kind::Corrupted, Kind::NewerVersion, Kind::Locked, Kind::Io})
        EXPECT_TRUE(StoreError(kind, QStringLiteral("m")).isWorkspaceProblem()) << int(kind);
    for (Kind kind : {Kind::Missing, Kind::NotFound, Kind::Conflict, Kind::Invalid}) {
        const StoreError error(kind, QStringLiteral("m"));
        const UserError& asUserError = error;
        EXPECT_FALSE(asUserError.isWorkspaceProblem()) << int(kind);
        EXPECT_EQ(asUserError.message(), QStringLiteral("m"));
    }
}
