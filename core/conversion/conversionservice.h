#pragma once

#include "util/usererror.h"

#include "conversion/conversionplan.h"
#include "conversion/opportunitydefaults.h"

#include <memory>
#include <stdexcept>

namespace lb {

class Workspace;
class CrmStore;
class QualificationStore;

// A conversion or opportunity change the rules refuse; the message says what and why.
class ConversionError : public UserError
{
public:
    using UserError::UserError;
};

// Turns an SQL lead into an account, a contact and optionally an opportunity (docs/domain.md,
// Conversion): plan() previews field by field, execute() writes the plan in one transaction —
// everything, or nothing when any step fails.
class ConversionService
{
public:
    explicit ConversionService(Workspace& workspace);

    // Existing accounts matching the lead: by company e-mail domain first, then by normalised
    // company name; each account once.
    QList<AccountSuggestion> suggestAccounts(const Lead& lead);
    // Accounts whose name contains `text`, for picking another account than suggested.
    QList<Account> searchAccounts(const QString& text, int limit = 20);

    // What a new opportunity of the lead starts from (its budget or a confirmed money answer,
    // the date of its timeline answer): what plan() fills in when the SDR gives none, and what
    // the conversion dialog shows before the SDR changes it. Reads only.
    OpportunityDefaults opportunityDefaultsFor(const Lead& lead);

    // Throws ConversionError when the lead cannot be converted (not SQL, already converted,
    // unknown account, bad opportunity); reads only.
    ConversionPlan plan(const Lead& lead, const ConversionOptions& options);

    // Writes the plan. When its new account or contact was made meanwhile by another
    // conversion (found again inside the write), attaches to that one instead and says so in
    // the result. Throws ConversionError / LifecycleRefused when refused and StoreError
    // (Kind::Conflict) when the lead, account or contact changed since planning.
    ConversionResult execute(const ConversionPlan& preview, const QString& actor);

    // Takes back a conversion in one transaction: deletes the opportunity it made, the contact
    // and account when it created them (giving an existing account or contact back the fields
    // it overwrote), the notes it wrote, and returns the lead to its previous stage, editable
    // again, with a history line of its own. Refused with ConversionError when the lead or any
    // of those records changed since or is used by something else (another opportunity,
    // contact, note or lead); StoreError for a missing lead. Returns the lead as restored.
    Lead undo(const ConversionResult& done, const QString& actor);
    // Converts the lead again as `done` planned it (same account, or a new one again; same
    // unticked fields and opportunity), re-planned against the workspace as it is now.
    ConversionResult redo(const ConversionPlan& done, const QString& actor);

private:
    // Inside execute()'s transaction: turns the plan's new account or contact into the one
    // another conversion made since the preview, if any.
    void useRecordsMadeMeanwhile(ConversionPlan& plan, ConversionResult& result);

    Workspace& m_workspace;
    CrmStore* m_crm;               // the workspace's
    QualificationStore* m_answers; // the workspace's
};

} // namespace lb
