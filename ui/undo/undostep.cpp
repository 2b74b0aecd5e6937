#include "undo/undostep.h"

#include "util/usererror.h"

#include <QUndoCommand>

namespace lb {

bool runUndoStep(QUndoCommand& command, const UndoErrorHandler& onError,
                 const std::function<void()>& step)
{
    QString refusal;
    try {
        step();
        return true;
    } catch (const UserError& error) {
        refusal = error.message();
    }
    command.setObsolete(true);
    if (onError)
        onError(refusal);
    return false;
}

} // namespace lb
