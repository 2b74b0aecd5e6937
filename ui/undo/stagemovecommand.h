#pragma once

#include "model/stagechange.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// A stage move already made by the lifecycle (with its dialogs and guards), kept so it can be
// taken back: undo returns the lead to its stage and owner with a history line of its own;
// redo makes the same move again, under the same guards. A refusal (the lead moved on, was
// converted, or changed under us) is reported and the command leaves the stack.
class StageMoveCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void(qint64 leadId)>;

    StageMoveCommand(Workspace& workspace, QString actor, StageChange done, QString previousOwner,
                     ErrorHandler onError, DoneHandler onDone, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QString m_actor;
    StageChange m_done;
    QString m_previousOwner;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the move is made
};

} // namespace lb
