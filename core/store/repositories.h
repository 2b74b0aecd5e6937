#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "model/stagechange.h"
#include "store/leadquery.h"
#include "store/leadrow.h"

#include <QList>
#include <QMap>
#include <optional>

// The store's interfaces, one per aggregate. Everything above core/store talks to these, so a
// PostgreSQL backend for team workspaces implements them without touching the rest.

namespace lb {

class LeadRepository
{
public:
    virtual ~LeadRepository() = default;

    // Inserts the lead and its search-index entry; sets id, version and timestamps.
    virtual void insert(Lead& lead, const QString& actor) = 0;
    // Writes the lead when its version still matches the stored one, then bumps it. Throws a
    // StoreError of kind Conflict naming who changed it and when otherwise: never overwrites.
    // The stage is written as given. A rescore's move to MQL leaves the version as it was, so
    // read the lead in the transaction that writes it back (LifecycleStore checks the stage).
    virtual void update(Lead& lead, const QString& actor) = 0;
    virtual std::optional<Lead> find(qint64 id) = 0;
    virtual std::optional<Lead> findByEmail(const QString& email) = 0;
    // "LEAD" of docs/spec/cli.md: an id or an e-mail address (case-insensitive).
    virtual std::optional<Lead> findByIdOrEmail(const QString& idOrEmail) = 0;

    virtual qint64 count(const LeadFilter& filter) = 0;
    virtual QMap<Stage, qint64> countByStage() = 0;
    // Every source (compared as the source filter compares, without case) and every country
    // code the leads hold, in order: what the filter lists offer.
    virtual QStringList distinctSources() = 0;
    virtual QStringList distinctCountries() = 0;
    // A window of the table: rows [offset, offset + limit) in the given order. `after` (when
    // set) is the last row of the previous window, so the store can seek by key instead of
    // skipping `offset` rows.
    virtual QList<LeadRow> rows(const LeadFilter& filter, const LeadSort& sort, qint64 offset,
                                int limit, const LeadRow* after = nullptr) = 0;
    virtual QList<Lead> list(const LeadFilter& filter, const LeadSort& sort, int limit) = 0;
};

class EventRepository
{
public:
    virtual ~EventRepository() = default;
    // Returns false (and writes nothing) when the same event is already there.
    virtual bool add(Event& event) = 0;
    // Newest first.
    virtual QList<Event> forLead(qint64 leadId) = 0;
    // The newest `limit` events of a lead, newest first: a lead may have a million.
    virtual QList<Event> newestForLead(qint64 leadId, qint64 limit) = 0;
    // The events of a lead with fromMs <= time <= toMs, newest first (what a score counts).
    virtual QList<Event> forLeadBetween(qint64 leadId, qint64 fromMs, qint64 toMs) = 0;
    virtual qint64 countForLead(qint64 leadId) = 0;
    virtual qint64 count() = 0;
};

class HistoryRepository
{
public:
    virtual ~HistoryRepository() = default;
    virtual void append(StageChange& change) = 0;
    // Oldest first.
    virtual QList<StageChange> forLead(qint64 leadId) = 0;
};

class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;
    virtual QString value(const QString& key, const QString& fallback = {}) = 0;
    virtual void setValue(const QString& key, const QString& value) = 0;
};

class UserRepository
{
public:
    virtual ~UserRepository() = default;
    // The user's id, creating the user on first sight.
    virtual qint64 ensure(const QString& name) = 0;
    virtual QStringList names() = 0;
};

} // namespace lb
