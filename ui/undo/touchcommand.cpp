#include "undo/touchcommand.h"

#include "leads/touches.h"
#include "undo/undostep.h"

#include <QCoreApplication>

namespace lb {

TouchCommand::TouchCommand(Workspace& workspace, Touch done, ErrorHandler onError,
                           DoneHandler onDone)
    : m_workspace(workspace), m_done(std::move(done)), m_onError(std::move(onError)),
      m_onDone(std::move(onDone))
{
    //: Undo step: %1 the kind of touch logged (Call, E-mail, Meeting, Note)
    setText(
        QCoreApplication::translate("lb::TouchCommand", "Log %1").arg(touchTypeLabel(m_done.type)));
}

void TouchCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    runUndoStep(*this, m_onError, [&] {
        m_done = TouchService(m_workspace).restore(m_done);
        if (m_onDone)
            m_onDone(m_done.leadId);
    });
}

void TouchCommand::undo()
{
    runUndoStep(*this, m_onError, [&] {
        TouchService(m_workspace).remove(m_done);
        if (m_onDone)
            m_onDone(m_done.leadId);
    });
}

} // namespace lb
