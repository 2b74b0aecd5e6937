#include "undo/answercommand.h"

#include "undo/undostep.h"

#include "qualification/framework.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace lb {

AnswerCommand::AnswerCommand(Workspace& workspace, QString actor, AnswerChange done,
                             ErrorHandler onError, DoneHandler onDone, QUndoCommand* parent)
    : QUndoCommand(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_change(std::move(done)), m_onError(std::move(onError)), m_onDone(std::move(onDone))
{
    QString criterion = m_change.criterion;
    if (const FrameworkDefinition* framework =
            FrameworkCatalog::builtIn().find(m_change.framework)) {
        if (const CriterionDefinition* definition = framework->criterion(m_change.criterion))
            criterion = definition->displayName();
    }
    //: Undo menu text; %1 a framework (BANT, MEDDIC, ...), %2 one of its criteria
    setText(QCoreApplication::translate("lb::AnswerCommand", "Answer %1 %2")
                .arg(m_change.framework, criterion));
}

void AnswerCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    revert();
}

void AnswerCommand::undo()
{
    revert();
}

void AnswerCommand::revert()
{
    // Undoing and redoing are the same step: the change made last is taken back.
    const bool done = runUndoStep(*this, m_onError, [this] {
        m_change = QualificationService(m_workspace).revert(m_change, m_actor);
    });
    if (done && m_onDone)
        m_onDone(m_change.leadId);
}

} // namespace lb
