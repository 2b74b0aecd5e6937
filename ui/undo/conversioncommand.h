#pragma once

#include "conversion/conversionplan.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// A conversion made in the conversion dialog, kept so it can be taken back: undo deletes what
// the conversion created and returns the lead to its stage (ConversionService::undo), redo
// converts it again as planned. Refused — reported through `onError`, the command leaving the
// stack — when the lead or the records it became changed or were used since.
class ConversionCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void(qint64 leadId)>;

    ConversionCommand(Workspace& workspace, QString actor, ConversionPlan plan,
                      ConversionResult done, ErrorHandler onError, DoneHandler onDone,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // What the last conversion made (after a redo, the new records).
    const ConversionResult& result() const { return m_done; }

private:
    template <typename Step> void run(Step step);

    Workspace& m_workspace;
    QString m_actor;
    ConversionPlan m_plan;
    ConversionResult m_done;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the lead is converted
};

} // namespace lb
