#pragma once

#include <QString>
#include <functional>

class QUndoCommand;

namespace lb {

using UndoErrorHandler = std::function<void(const QString& message)>;

// Runs one undo or redo step of `command`. When the core refuses it (a rule, a newer change by
// someone else, a store error) the command is retired (it can no longer be replayed) and
// `onError` gets the reason; returns whether the step was done.
bool runUndoStep(QUndoCommand& command, const UndoErrorHandler& onError,
                 const std::function<void()>& step);

} // namespace lb
