#pragma once

#include "model/touch.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// A touch already logged, kept so it can be taken back: undo removes it, redo logs it again as
// it was. A refusal (the lead is gone) is reported and the command leaves the stack.
class TouchCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void(qint64 leadId)>;

    TouchCommand(Workspace& workspace, Touch done, ErrorHandler onError, DoneHandler onDone);

    void redo() override;
    void undo() override;

private:
    Workspace& m_workspace;
    Touch m_done;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the touch is logged
};

} // namespace lb
