#include "undo/ownercommand.h"

#include "leads/ownership.h"
#include "undo/undostep.h"

#include <QCoreApplication>

namespace lb {

OwnerCommand::OwnerCommand(Workspace& workspace, QString actor, QList<OwnerChange> done,
                           ErrorHandler onError, DoneHandler onDone)
    : m_workspace(workspace), m_actor(std::move(actor)), m_done(std::move(done)),
      m_onError(std::move(onError)), m_onDone(std::move(onDone))
{
    const QString owner = m_done.isEmpty() ? QString() : m_done.constFirst().to;
    const bool sameOwner = std::all_of(m_done.cbegin(), m_done.cend(),
                                       [&](const OwnerChange& c) { return c.to == owner; });
    if (sameOwner && owner.isEmpty())
        //: Undo step: %n leads lost their owner
        setText(QCoreApplication::translate("lb::OwnerCommand", "Remove the owner of %n lead(s)",
                                            nullptr, int(m_done.size())));
    else if (sameOwner)
        //: Undo step: %n leads given to the owner %1
        setText(QCoreApplication::translate("lb::OwnerCommand", "Assign %n lead(s) to %1", nullptr,
                                            int(m_done.size()))
                    .arg(owner));
    else
        //: Undo step: %n leads dealt out to several owners in turn
        setText(QCoreApplication::translate("lb::OwnerCommand", "Assign %n lead(s) in turn",
                                            nullptr, int(m_done.size())));
}

void OwnerCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    runUndoStep(*this, m_onError, [&] {
        m_done = OwnershipService(m_workspace).revertMany(m_undone, m_actor);
        if (m_onDone)
            m_onDone();
    });
}

void OwnerCommand::undo()
{
    runUndoStep(*this, m_onError, [&] {
        m_undone = OwnershipService(m_workspace).revertMany(m_done, m_actor);
        if (m_onDone)
            m_onDone();
    });
}

} // namespace lb
