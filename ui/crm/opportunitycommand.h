#pragma once

#include "crm/opportunityservice.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// An opportunity change already made (stage, amount, close date), kept so it can be taken
// back: undo and redo each write the other state through OpportunityService::undo, which
// refuses when someone changed the opportunity since (the command then leaves the stack and
// the error handler says why).
class OpportunityCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void()>;

    // `workspace` returns the open workspace when the step runs (the window may reopen it).
    OpportunityCommand(std::function<Workspace*()> workspace, QString actor, OpportunityEdit done,
                       ErrorHandler onError, DoneHandler onDone);

    void redo() override;
    void undo() override;

private:
    void flip();

    std::function<Workspace*()> m_workspace;
    QString m_actor;
    OpportunityEdit m_edit;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the change is made
};

} // namespace lb
