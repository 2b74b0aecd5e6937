#include "undo/stagemovecommand.h"

#include "undo/undostep.h"

#include "leads/leadtablemodel.h"
#include "lifecycle/lifecycleservice.h"
#include "lifecycle/stagereason.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace lb {

StageMoveCommand::StageMoveCommand(Workspace& workspace, QString actor, StageChange done,
                                   QString previousOwner, ErrorHandler onError, DoneHandler onDone,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_done(std::move(done)), m_previousOwner(std::move(previousOwner)),
      m_onError(std::move(onError)), m_onDone(std::move(onDone))
{
    setText(QCoreApplication::translate("lb::StageMoveCommand", "Move to %1")
                .arg(LeadTableModel::stageLabel(m_done.to)));
}

void StageMoveCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    runUndoStep(*this, m_onError, [&] {
        std::optional<Lead> lead = m_workspace.leads().find(m_done.leadId);
        if (!lead)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::StageMoveCommand", "lead %1 no longer exists")
                    .arg(m_done.leadId));
        MoveRequest request;
        request.to = m_done.to;
        request.reason = parseStageReason(m_done.reason);
        request.override = m_done.override;
        m_done = LifecycleService(m_workspace).move(*lead, request, m_actor);
        if (m_onDone)
            m_onDone(m_done.leadId);
    });
}

void StageMoveCommand::undo()
{
    runUndoStep(*this, m_onError, [&] {
        std::optional<Lead> lead = m_workspace.leads().find(m_done.leadId);
        if (!lead)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::StageMoveCommand", "lead %1 no longer exists")
                    .arg(m_done.leadId));
        LifecycleService(m_workspace).undoMove(*lead, m_done, m_previousOwner, m_actor);
        if (m_onDone)
            m_onDone(m_done.leadId);
    });
}

} // namespace lb
