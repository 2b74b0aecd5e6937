#pragma once

#include <QString>

#include <stdexcept>

namespace lb {

// The one type of error a person reads: whatever the rules refuse (a bad value, a move the
// lifecycle does not allow, a model with problems) or a workspace that cannot be used. The
// message is translated and complete, so the GUI shows it and the CLI prints it as it is;
// each is caught once, at the edge (the CLI's run(), a dialog's accept, an undo step, a job).
// Subclasses add what a caller may act on (the store's Kind, the lifecycle's decision, a
// model's list of problems) but never a second message.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }

    const QString& message() const { return m_message; }

    // True when the workspace as a whole cannot be used (damaged, locked, newer, not a
    // workspace): the CLI's exit status 3 instead of 2, and the GUI offers to open another.
    virtual bool isWorkspaceProblem() const { return false; }

private:
    QString m_message;
};

} // namespace lb
