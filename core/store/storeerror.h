#pragma once

#include "util/usererror.h"

#include <QString>
#include <stdexcept>

namespace lb {

// Why the store refused or failed. The kinds map onto the CLI's exit statuses (docs/spec/cli.md):
// workspace-level problems are 3, bad input and refused rules are 2.
class StoreError : public UserError
{
public:
    enum class Kind
    {
        Missing,        // the workspace file does not exist
        NotAWorkspace,  // a file that is not a Leadbench workspace
        Corrupted,      // SQLite reports a damaged file
        NewerVersion,   // written by a newer Leadbench
        Locked,         // another process held the lock past the busy timeout
        PasswordNeeded, // the server asks for a password: none was given, or a wrong one
        Io,             // any other failure of the database
        NotFound,       // an id or e-mail that names nothing
        Conflict,       // optimistic concurrency: someone else changed the row
        Invalid         // a value the schema refuses
    };

    StoreError(Kind kind, const QString& message) : UserError(message), m_kind(kind) {}

    Kind kind() const { return m_kind; }
    bool isWorkspaceProblem() const override
    {
        return m_kind == Kind::NotAWorkspace || m_kind == Kind::Corrupted ||
               m_kind == Kind::NewerVersion || m_kind == Kind::Locked || m_kind == Kind::Io ||
               m_kind == Kind::PasswordNeeded;
    }

private:
    Kind m_kind;
};

} // namespace lb
