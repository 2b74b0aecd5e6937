#pragma once

#include "model/lead.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// Ids of mergeable commands: one enum for all undo commands (Tiled's practice).
enum class UndoId
{
    LeadEdit = 1
};

// One edit of a lead's profile. Redo writes the new values, undo the old ones, each onto the
// lead as it is stored now (its version checked, so another user's change is never
// overwritten) and rescores the lead. A refusal is reported through `onError`, and the
// command makes itself obsolete so the stack drops it.
class LeadEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void(qint64 leadId)>;

    LeadEditCommand(Workspace& workspace, QString actor, Lead before, Lead after,
                    ErrorHandler onError, DoneHandler onDone);

    void redo() override;
    void undo() override;
    int id() const override { return int(UndoId::LeadEdit); }

    // Whether the last redo or undo reached the workspace.
    bool succeeded() const { return m_succeeded; }

private:
    void write(const Lead& values);

    Workspace& m_workspace;
    QString m_actor;
    Lead m_before;
    Lead m_after;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_succeeded = false;
};

} // namespace lb
