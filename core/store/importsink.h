#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "model/stagechange.h"
#include "store/leadtextbytes.h"

#include <QString>
#include <memory>
#include <optional>

namespace lb {

class Workspace;

// The store side of a CSV import (docs/spec/csv-import.md): finds the lead a row names, writes new
// and changed leads with their search-index entries, stage history and events, all in ONE
// transaction that begins with the sink and ends with commit() or, otherwise, a rollback.
// A big load into a nearly empty workspace drops the lead indexes and builds them (and the
// search index) once in finishLoad(); lookups then come from memory.
class ImportSink
{
public:
    virtual ~ImportSink() = default; // rolls back unless committed

    // The lead with this (trimmed, lower-case) e-mail, in the workspace or written earlier in
    // this import.
    virtual std::optional<qint64> findByEmail(const QString& email) = 0;
    // The lead with this last name (case-insensitive) and normalised company name.
    virtual std::optional<qint64> findByName(const QString& lastName,
                                             const QString& companyNorm) = 0;
    virtual Lead load(qint64 id) = 0;

    // Writes the lead with its score (lead.score); sets id, version, timestamps. `companyNorm`
    // is normalizeCompanyName(lead.company) and `text` the lead's text as UTF-8 (set from the
    // lead and companyNorm), which the import works out on its reading thread. The text is
    // read from `text`: the lead's own copies of what LeadTextBytes::releaseText() frees may
    // be empty.
    virtual void insertLead(Lead& lead, const QString& companyNorm, const LeadTextBytes& text) = 0;
    virtual void updateLead(Lead& lead) = 0; // writes every field, bumps the version
    virtual void addStageChange(const StageChange& change) = 0;
    // One history row per lead this import created (from nothing to its stage), written in one
    // statement instead of a million. Call once, after the last row.
    virtual void recordCreations(const QString& by, const QString& reason) = 0;
    // Whether the lead was created by this import (its creation row records its final stage).
    virtual bool isCreatedHere(qint64 id) const = 0;
    // Returns false when the same event (lead, time, type, detail) is already stored; a new one
    // moves the lead's last_activity_at forward (written in finishLoad()).
    virtual bool addEvent(const Event& event) = 0;

    // Rebuilds what a bulk load dropped (indexes, search index); still inside the transaction.
    // Rescore before it: score updates then need not maintain the score indexes row by row.
    virtual void finishLoad() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
};

} // namespace lb
