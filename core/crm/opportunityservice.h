#pragma once

#include "util/usererror.h"

#include "model/crm.h"

#include <QDate>
#include <QString>
#include <optional>
#include <stdexcept>

namespace lb {

class Workspace;

// A change the user asked for that the rules refuse (Lost without a reason, a negative
// amount, nothing to change); the message names the value in the user's words.
class OpportunityError : public UserError
{
public:
    using UserError::UserError;
};

// What to change; what is not set stays as it is.
struct OpportunityChange
{
    std::optional<OpportunityStage> stage{};
    std::optional<double> amount{}; // >= 0, in the opportunity's currency
    std::optional<QDate> closeDate{};
    QString lostReason{}; // required for a move to Lost, refused otherwise
};

// A change as written: the opportunity before and after. `before` is what an undo puts back;
// `after.version` is the version the undo expects to find.
struct OpportunityEdit
{
    Opportunity before;
    Opportunity after;
};

// Works an opportunity after conversion (issue 20): its stage, amount and expected close.
// Each change is one transaction, versioned like leads (refused with StoreError Conflict when
// someone else changed it first) and recorded in its history with time and author, which the
// reports read for won and lost deals.
class OpportunityService
{
public:
    explicit OpportunityService(Workspace& workspace) : m_workspace(workspace) {}

    // Changes the opportunity as the caller read it at `expectedVersion`. Throws StoreError
    // (NotFound, Conflict) and OpportunityError.
    OpportunityEdit change(qint64 opportunityId, qint64 expectedVersion,
                           const OpportunityChange& change, const QString& actor);
    // The same on the current version, read in the same transaction (the CLI without
    // --if-version: the read and the write are one decision, so it cannot lose an update).
    OpportunityEdit changeCurrent(qint64 opportunityId, const OpportunityChange& change,
                                  const QString& actor);
    // Puts back `edit.before`'s stage, amount, close date and lost reason when the
    // opportunity is still as `edit.after` left it (Conflict otherwise), with a history line
    // of its own. Undoing the returned edit redoes `edit`.
    OpportunityEdit undo(const OpportunityEdit& edit, const QString& actor);

private:
    Opportunity load(qint64 opportunityId);
    OpportunityEdit write(const Opportunity& before, Opportunity after, const QString& actor);

    Workspace& m_workspace;
};

} // namespace lb
