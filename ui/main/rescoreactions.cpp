#include "main/rescoreactions.h"

#include "scoring/modelservice.h"
#include "scoring/mqlthreshold.h"
#include "scoring/rescorer.h"
#include "scoring/scoringmodeleditordialog.h"
#include "store/workspace.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <memory>

namespace lb {

RescoreActions::RescoreActions(QMainWindow* window, WorkspaceJob* job)
    : QObject(window), m_window(window), m_job(job)
{
}

void RescoreActions::editScoringModel(Workspace& workspace, const QString& actor)
{
    // A stored model that is refused now opens too, with its problems listed, to be fixed.
    const scoring::EditableModel active = scoring::editableActiveModel(workspace);
    ScoringModelEditorDialog dialog(active.model, m_window);
    // A sample of the workspace in memory, so the what-if follows every edit; read in the
    // background while the editor is already open.
    dialog.loadWhatIfInBackground(workspace.location(), QDateTime::currentDateTimeUtc());
    if (dialog.exec() != QDialog::Accepted || !dialog.model())
        return;
    const QByteArray json = dialog.modelJson();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto summary = std::make_shared<scoring::RescoreSummary>();
    m_job->start(
        workspace.location(), rescoreTitle(),
        tr("Saving the scoring model and rescoring every lead…"),
        [json, actor, now, summary](Workspace& worker, JobControl& job) {
            *summary = scoring::importModelAndRescore(worker, json, actor, now, &job);
        },
        [this, summary](const WorkspaceJob::Outcome& outcome) {
            afterRescore(
                outcome, tr("Scoring model not saved"),
                tr("Saved the model and rescored %n leads", nullptr, int(summary->scored)));
        });
}

QString RescoreActions::rescoreTitle()
{
    //: Title of the progress dialog while every lead is scored again
    return tr("Rescoring leads");
}

void RescoreActions::changeMqlThreshold(const QString& path, double threshold, const QString& actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto summary = std::make_shared<scoring::RescoreSummary>();
    m_job->start(
        path, rescoreTitle(), tr("Saving the new MQL threshold and rescoring every lead…"),
        [threshold, actor, now, summary](Workspace& workspace, JobControl& job) {
            *summary = scoring::changeMqlThreshold(workspace, threshold, actor, now, &job);
        },
        [this, threshold, summary](const WorkspaceJob::Outcome& outcome) {
            //: %1 is the new threshold (a score)
            afterRescore(
                outcome, tr("MQL threshold not changed"),
                tr("MQL threshold set to %1: rescored %n leads", nullptr, int(summary->scored))
                    .arg(threshold));
        });
}

void RescoreActions::afterRescore(const WorkspaceJob::Outcome& outcome, const QString& failureTitle,
                                  const QString& doneMessage)
{
    if (outcome.cancelled)
        m_window->statusBar()->showMessage(tr("Rescore cancelled: nothing was changed."), 8000);
    else if (!outcome.error.isEmpty())
        QMessageBox::critical(m_window, failureTitle, outcome.error);
    else
        m_window->statusBar()->showMessage(doneMessage, 8000);
    Q_EMIT finished();
}

} // namespace lb
