#pragma once

#include "qualification/qualificationservice.h"

#include <QUndoCommand>
#include <functional>

namespace lb {

class Workspace;

// A framework answer recorded from the Qualification tab, kept so it can be taken back: undo
// records the criterion's previous answer again (or opens the criterion when it had none),
// redo records this answer again; both only while the criterion's current answer is still the
// one this command left, so another user's newer answer is never overwritten. A refusal is
// reported through `onError` and the command leaves the stack.
class AnswerCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const QString& message)>;
    using DoneHandler = std::function<void(qint64 leadId)>;

    AnswerCommand(Workspace& workspace, QString actor, AnswerChange done, ErrorHandler onError,
                  DoneHandler onDone, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // The change the last redo or undo made (the answer now current is its `after`).
    const AnswerChange& change() const { return m_change; }

private:
    void revert();

    Workspace& m_workspace;
    QString m_actor;
    AnswerChange m_change;
    ErrorHandler m_onError;
    DoneHandler m_onDone;
    bool m_alreadyDone = true; // the first redo() comes from the push: the answer is recorded
};

} // namespace lb
