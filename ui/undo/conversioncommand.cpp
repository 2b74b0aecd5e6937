#include "undo/conversioncommand.h"

#include "undo/undostep.h"

#include "conversion/conversionservice.h"
#include "lifecycle/lifecycleservice.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace lb {

ConversionCommand::ConversionCommand(Workspace& workspace, QString actor, ConversionPlan plan,
                                     ConversionResult done, ErrorHandler onError,
                                     DoneHandler onDone, QUndoCommand* parent)
    : QUndoCommand(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_plan(std::move(plan)), m_done(std::move(done)), m_onError(std::move(onError)),
      m_onDone(std::move(onDone))
{
    //: Undo menu text; %1 the lead's name
    setText(QCoreApplication::translate("lb::ConversionCommand", "Convert %1")
                .arg(m_plan.lead.displayName()));
}

template <typename Step> void ConversionCommand::run(Step step)
{
    const bool done = runUndoStep(*this, m_onError, [&] { step(ConversionService(m_workspace)); });
    if (done && m_onDone)
        m_onDone(m_plan.lead.id);
}

void ConversionCommand::redo()
{
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run([this](ConversionService&& service) { m_done = service.redo(m_plan, m_actor); });
}

void ConversionCommand::undo()
{
    run([this](ConversionService&& service) { service.undo(m_done, m_actor); });
}

} // namespace lb
