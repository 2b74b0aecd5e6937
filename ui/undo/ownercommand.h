#pragma once

#include "model/ownerchange.h"

#include <QList>
#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// Owner changes already made (one lead or many, one step), kept so they can be taken back:
// undo gives every lead back to its previous owner, redo gives them again, each with a history
// line of its own and all in one transaction; refused as a whole when any of the leads changed
// since (OwnershipService::revertMany). A refusal is reported and the command leaves the stack.
class OwnerCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void()>;

    OwnerCommand(Workspace& workspace, QString actor, QList<OwnerChange> done, ErrorHandler onError,
                 DoneHandler onDone);

    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    QString m_actor;
    QList<OwnerChange> m_done;
    QList<OwnerChange> m_undone;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the change is made
};

} // namespace lb
