#pragma once

#include "main/workspacejob.h"
#include "model/stage.h"
#include "model/stagechange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QMainWindow;
class QUndoCommand;
class QUndoStack;

namespace lb {

class QualificationActions;
class Workspace;

// Moves the selected leads from the Lead menu and its keys: one lead at once, many on a worker
// behind a progress dialog with Cancel (LifecycleService::moveMany, one transaction), and keeps
// each move for undo as one step. The rules stay in core/lifecycle.
class LeadMoves final : public QObject
{
    Q_OBJECT

public:
    LeadMoves(QMainWindow* window, WorkspaceJob* job, QUndoStack* undo);

    void move(Workspace& workspace, QualificationActions& actions, const QString& actor,
              const QList<qint64>& ids, Stage to);

Q_SIGNALS:
    // Leads were moved to `to` and kept for undo as `step` (the undo stack's newest command);
    // `leadName` names the lead of a single move. Comes before leadsChanged.
    void moved(const QList<qint64>& leadIds, lb::Stage to, const QString& leadName,
               const QUndoCommand* step);
    // After a move, whatever came of it: the lists and counts are read again.
    void leadsChanged();
    // An undo or redo of a kept move changed this lead.
    void leadChangedByUndo(qint64 leadId);

private:
    void moveInBackground(Workspace& workspace, QualificationActions& actions, const QString& actor,
                          const QList<qint64>& ids, Stage to);
    // Keeps the moves for undo: one step, a macro for several leads. Returns the step as
    // pushed, or nullptr when nothing was kept.
    const QUndoCommand* keep(Workspace& workspace, const QString& actor, const QList<qint64>& moved,
                             const QHash<qint64, QString>& owners,
                             const QHash<qint64, StageChange>& changes);

    QMainWindow* m_window;
    WorkspaceJob* m_job;
    QUndoStack* m_undo;
};

} // namespace lb
