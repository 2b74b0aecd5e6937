#pragma once

#include "model/lead.h"
#include "model/ownerchange.h"
#include "model/touch.h"

#include <QList>
#include <memory>
#include <optional>

namespace lb {

class Workspace;

// The store of a lead's owner and its history (issue 21).
class OwnerStore
{
public:
    virtual ~OwnerStore() = default;
    // Writes the owner (empty: nobody; a new name becomes a user) when lead.version still
    // matches the stored one, then bumps it, as LeadRepository::update does. The owner's copy
    // beside the score (lead_scores.owner_id, which the reports group by) follows. Throws
    // StoreError Kind::Conflict naming who changed the lead and when, or Kind::NotFound.
    virtual void writeOwner(Lead& lead, const QString& owner, const QString& actor) = 0;
    virtual void append(OwnerChange& change) = 0;
    // Oldest first.
    virtual QList<OwnerChange> forLead(qint64 leadId) = 0;
    // Open leads in `stage` that nobody owns, longest in the stage first.
    virtual QList<qint64> unownedIn(Stage stage) = 0;
};

// The store of logged touches (issue 21).
class TouchStore
{
public:
    virtual ~TouchStore() = default;
    // Sets touch.id.
    virtual void add(Touch& touch) = 0;
    // Returns false when there was no such touch.
    virtual bool remove(qint64 touchId) = 0;
    // Newest first.
    virtual QList<Touch> forLead(qint64 leadId) = 0;
    // The moment of the lead's earliest touch: speed-to-lead is measured to it.
    virtual std::optional<QDateTime> firstTouchAt(qint64 leadId) = 0;
};

} // namespace lb
