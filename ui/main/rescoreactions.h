#pragma once

#include "main/workspacejob.h"

#include <QObject>
#include <QString>

class QMainWindow;

namespace lb {

class Workspace;

// Tools → Scoring Model and Settings → MQL threshold: both store a new version of the scoring
// model and rescore every lead, which runs as a WorkspaceJob in the background (seconds at a
// million leads) with progress and Cancel; the status bar says how it went.
class RescoreActions final : public QObject
{
    Q_OBJECT

public:
    RescoreActions(QMainWindow* window, WorkspaceJob* job);

    // Opens the scoring model editor (its what-if loads in the background) and, on OK, saves
    // the model and rescores.
    void editScoringModel(Workspace& workspace, const QString& actor);
    // Stores the threshold in a new model version and rescores the workspace at `path`.
    void changeMqlThreshold(const QString& path, double threshold, const QString& actor);

Q_SIGNALS:
    // A rescore ended (done, cancelled or failed): the leads may have changed.
    void finished();

private:
    static QString rescoreTitle();
    void afterRescore(const WorkspaceJob::Outcome& outcome, const QString& failureTitle,
                      const QString& doneMessage);

    QMainWindow* m_window;
    WorkspaceJob* m_job;
};

} // namespace lb
