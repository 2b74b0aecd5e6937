#include "crm/opportunitycommand.h"

#include "crm/crmlistmodels.h"
#include "store/storeerror.h"
#include "undo/undostep.h"

#include <QCoreApplication>

namespace lb {

OpportunityCommand::OpportunityCommand(std::function<Workspace*()> workspace, QString actor,
                                       OpportunityEdit done, ErrorHandler onError,
                                       DoneHandler onDone)
    : m_workspace(std::move(workspace)), m_actor(std::move(actor)), m_edit(std::move(done)),
      m_onError(std::move(onError)), m_onDone(std::move(onDone))
{
    if (m_edit.before.stage != m_edit.after.stage)
        //: Undo step: the deal %1 moved to the stage %2
        setText(QCoreApplication::translate("lb::OpportunityCommand", "Move %1 to %2")
                    .arg(m_edit.after.name, opportunityStageLabel(m_edit.after.stage)));
    else
        //: Undo step: the amount or expected close of the deal %1 changed
        setText(QCoreApplication::translate("lb::OpportunityCommand", "Change %1")
                    .arg(m_edit.after.name));
}

void OpportunityCommand::flip()
{
    runUndoStep(*this, m_onError, [&] {
        Workspace* workspace = m_workspace();
        if (!workspace)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::OpportunityCommand", "no workspace is open"));
        // Undoing the returned edit puts this one back: one method serves undo and redo.
        m_edit = OpportunityService(*workspace).undo(m_edit, m_actor);
        if (m_onDone)
            m_onDone();
    });
}

void OpportunityCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    flip();
}

void OpportunityCommand::undo()
{
    flip();
}

} // namespace lb
