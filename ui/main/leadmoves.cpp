#include "main/leadmoves.h"

#include "leadview/qualificationactions.h"
#include "lifecycle/lifecycleservice.h"
#include "store/workspace.h"
#include "undo/stagemovecommand.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>
#include <memory>
#include <optional>

namespace lb {

namespace {

// The name of the one lead a bulk move moved (the others refused), to say it as for one.
QString singleName(Workspace& workspace, const QList<qint64>& moved)
{
    if (moved.size() != 1)
        return {};
    const std::optional<Lead> lead = workspace.leads().find(moved.constFirst());
    return lead ? lead->displayName() : QString();
}

} // namespace

LeadMoves::LeadMoves(QMainWindow* window, WorkspaceJob* job, QUndoStack* undo)
    : QObject(window), m_window(window), m_job(job), m_undo(undo)
{
}

void LeadMoves::move(Workspace& workspace, QualificationActions& actions, const QString& actor,
                     const QList<qint64>& ids, Stage to)
{
    if (ids.size() > 1) {
        moveInBackground(workspace, actions, actor, ids, to);
        return;
    }
    std::optional<Lead> lead = workspace.leads().find(ids.constFirst());
    if (!lead)
        return;
    // Who owned the lead before, so that an undo gives an accepted lead back.
    const QHash<qint64, QString> owners = {{lead->id, lead->owner}};
    if (!actions.moveLead(*lead, to, m_window))
        return;
    QHash<qint64, StageChange> changes;
    if (const QList<StageChange> history = workspace.history().forLead(lead->id);
        !history.isEmpty())
        changes.insert(lead->id, history.constLast());
    if (const QUndoCommand* step = keep(workspace, actor, {lead->id}, owners, changes))
        Q_EMIT moved({lead->id}, to, lead->displayName(), step);
    Q_EMIT leadsChanged();
}

void LeadMoves::moveInBackground(Workspace& workspace, QualificationActions& actions,
                                 const QString& actor, const QList<qint64>& ids, Stage to)
{
    const std::optional<MoveRequest> request = actions.askBulkMove(int(ids.size()), to, m_window);
    if (!request)
        return;
    // What the worker reads and does, for the undo step made afterwards on this thread.
    struct Moves
    {
        BulkMoveResult result;
        QHash<qint64, QString> owners;
        QHash<qint64, StageChange> changes;
    };
    auto moves = std::make_shared<Moves>();
    // The progress dialog is window-modal: the workspace and the actions stay while it runs.
    Workspace* shown = &workspace;
    QualificationActions* reporter = &actions;
    m_job->start(
        workspace.location(), tr("Moving leads"), tr("Moving %n leads…", nullptr, int(ids.size())),
        [ids, move = *request, actor, moves](Workspace& worker, JobControl& job) {
            for (qint64 id : ids) {
                if (const std::optional<Lead> lead = worker.leads().find(id))
                    moves->owners.insert(id, lead->owner);
            }
            moves->result = LifecycleService(worker).moveMany(ids, move, actor, &job);
            for (qint64 id : std::as_const(moves->result.moved)) {
                if (const QList<StageChange> history = worker.history().forLead(id);
                    !history.isEmpty())
                    moves->changes.insert(id, history.constLast());
            }
        },
        [this, moves, shown, reporter, actor, to](const WorkspaceJob::Outcome& outcome) {
            if (outcome.cancelled) {
                m_window->statusBar()->showMessage(tr("Move cancelled: no lead was moved."), 8000);
            } else if (!outcome.error.isEmpty()) {
                QMessageBox::warning(m_window, tr("Not moved"), outcome.error);
            } else {
                reporter->reportBulkMove(moves->result);
                if (const QUndoCommand* step =
                        keep(*shown, actor, moves->result.moved, moves->owners, moves->changes))
                    Q_EMIT moved(moves->result.moved, to, singleName(*shown, moves->result.moved),
                                 step);
            }
            Q_EMIT leadsChanged();
        });
}

const QUndoCommand* LeadMoves::keep(Workspace& workspace, const QString& actor,
                                    const QList<qint64>& moved,
                                    const QHash<qint64, QString>& owners,
                                    const QHash<qint64, StageChange>& changes)
{
    if (moved.isEmpty())
        return nullptr;
    // One undo step for the whole selection: a macro of one command per lead.
    auto* macro = moved.size() > 1
                      ? new QUndoCommand(tr("Move %n leads", nullptr, int(moved.size())))
                      : nullptr;
    QUndoCommand* single = nullptr;
    for (qint64 id : moved) {
        if (!changes.contains(id))
            continue;
        single = new StageMoveCommand(
            workspace, actor, changes.value(id), owners.value(id),
            [this](const QString& message) {
                QMessageBox::warning(m_window, tr("Not undone"), message);
            },
            [this](qint64 leadId) { Q_EMIT leadChangedByUndo(leadId); }, macro);
    }
    QUndoCommand* step = macro ? macro : single;
    if (!step)
        return nullptr;
    m_undo->push(step);
    // A step that made itself obsolete was not kept (and is gone).
    const int top = m_undo->index() - 1;
    return top >= 0 && m_undo->command(top) == step ? step : nullptr;
}

} // namespace lb
