#include "undo/leadeditcommand.h"

#include "undo/undostep.h"

#include "leads/profileeditservice.h"

#include <QCoreApplication>

namespace lb {

LeadEditCommand::LeadEditCommand(Workspace& workspace, QString actor, Lead before, Lead after,
                                 ErrorHandler onError, DoneHandler onDone)
    : m_workspace(workspace), m_actor(std::move(actor)), m_before(std::move(before)),
      m_after(std::move(after)), m_onError(std::move(onError)), m_onDone(std::move(onDone))
{
    setText(
        //: Undo menu text, after "Undo": a noun phrase. %1 the lead's name
        QCoreApplication::translate("lb::LeadEditCommand", "Edit %1").arg(m_after.displayName()));
}

void LeadEditCommand::redo()
{
    write(m_after);
}

void LeadEditCommand::undo()
{
    write(m_before);
}

void LeadEditCommand::write(const Lead& values)
{
    m_succeeded = false;
    // A refusal writes nothing: the stack drops the command rather than offer to undo it.
    runUndoStep(*this, m_onError, [&] {
        // Only the values this command set are ours to change back: someone else's edit
        // since then shows up as a version conflict instead of being undone silently.
        const qint64 expected = &values == &m_after ? m_before.version : m_after.version;
        const ProfileEdit edit =
            ProfileEditService(m_workspace).write(m_after.id, expected, values, m_actor);
        // Remember the version this write produced, so the next undo or redo can check it.
        if (&values == &m_after)
            m_after.version = edit.after.version;
        else
            m_before.version = edit.after.version;
        m_succeeded = true;
        if (m_onDone)
            m_onDone(edit.after.id);
    });
}

} // namespace lb
