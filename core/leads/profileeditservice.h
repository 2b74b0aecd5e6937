#pragma once

#include "util/usererror.h"

#include "leads/profileedit.h"
#include "model/lead.h"

#include <QMap>
#include <optional>
#include <stdexcept>

namespace lb {

class Workspace;

// Profile values the import's rules refuse (a bad number, date, e-mail or country, an unknown
// field). The message names each field and value, one a line.
class ProfileEditError : public UserError
{
public:
    explicit ProfileEditError(QList<ProfileProblem> problems);
    const QList<ProfileProblem>& problems() const { return m_problems; }

private:
    QList<ProfileProblem> m_problems;
};

// One write of a lead's profile: the lead before it and as stored after it.
struct ProfileEdit
{
    Lead before;
    Lead after;
};

// Edits of a lead's profile (its editable fields and custom fields), for the lead view's form
// and undo stack and for `leadbench-cli edit` (issue 23): versioned, so nobody's newer change
// is overwritten, and rescored in the same transaction, so the score, the missing-data filter
// and the table agree with the profile at once.
class ProfileEditService
{
public:
    explicit ProfileEditService(Workspace& workspace) : m_workspace(workspace) {}

    // Writes the profile of `values` onto the lead as stored, when it is still at
    // `expectedVersion`. Throws StoreError: NotFound (no such lead), Invalid (a converted
    // lead: read-only), Conflict (changed since, naming by whom).
    ProfileEdit write(qint64 leadId, qint64 expectedVersion, const Lead& values,
                      const QString& actor);

    // Reads `texts` (field name -> text, as applyProfileTexts() takes them) onto the lead as
    // stored and writes them like write(); at `expectedVersion` when given, else at whatever
    // version it has. Throws ProfileEditError for refused values (nothing written) and
    // StoreError as write(). Returns none, writing nothing, when the lead has these values.
    std::optional<ProfileEdit> edit(qint64 leadId, std::optional<qint64> expectedVersion,
                                    const QMap<QString, QString>& texts, const QString& actor);

private:
    Workspace& m_workspace;
};

// True when the two leads' profiles (editable and custom fields) read the same.
bool sameProfile(const Lead& a, const Lead& b);

} // namespace lb
