#include "undo/leadeditcommand.h"

#include "undo/undostep.h"

#include "leads/profileedit.h"
#include "lifecycle/leadguard.h"
#include "scoring/rescorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"

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
        Transaction transaction(m_workspace);
        std::optional<Lead> current = m_workspace.leads().find(m_after.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("lb::LeadEditCommand", "lead %1 no longer exists")
                    .arg(m_after.id));
        if (const auto refusal = readOnlyReason(*current))
            throw StoreError(StoreError::Kind::Invalid, *refusal);
        // Only the values this command set are ours to change back: someone else's edit
        // since then shows up as a version conflict instead of being undone silently.
        const qint64 expected = &values == &m_after ? m_before.version : m_after.version;
        if (current->version != expected)
            throw StoreError(
                StoreError::Kind::Conflict,
                //: %1 the lead id, %2 the name of the user who changed it
                QCoreApplication::translate("lb::LeadEditCommand",
                                            "lead %1 was changed by %2 since this edit; reload it")
                    .arg(current->id)
                    .arg(current->updatedBy));
        copyProfile(values, *current);
        m_workspace.leads().update(*current, m_actor);
        scoring::rescoreLeads(m_workspace, {current->id}, QDateTime::currentDateTimeUtc());
        transaction.commit();
        // Remember the version this write produced, so the next undo or redo can check it.
        if (&values == &m_after)
            m_after.version = current->version;
        else
            m_before.version = current->version;
        m_succeeded = true;
        if (m_onDone)
            m_onDone(current->id);
    });
}

} // namespace lb
