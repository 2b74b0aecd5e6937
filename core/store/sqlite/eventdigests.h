#pragma once

#include <QByteArray>
#include <QHash>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::sqlite {

// A lead's events packed into one value of event_digests, for the full rescore: reading a
// million of these costs a tenth of stepping through ten million event rows. Each event is
// two unsigned LEB128 varints, its type's id in event_types and the difference of its time
// (milliseconds) from the previous event's (from 0 for the first). The difference is
// zigzag-coded and shifted left by one; the low bit set means it is counted in whole seconds
// instead. Most files give whole seconds, and their events then pack as small as in seconds
// (schema version 6 kept seconds); a millisecond difference costs ten bits more (differences
// up to 2^62 ms, far beyond the four-digit years the importer reads). The events
// keep the order of the events table's key: by time, then type, then detail.
class EventDigestPacker
{
public:
    void add(qint64 occurredAtMs, int typeId);
    bool isEmpty() const { return m_bytes.isEmpty(); }
    const QByteArray& bytes() const { return m_bytes; }
    void clear();

private:
    void addVarint(quint64 value);

    QByteArray m_bytes;
    qint64 m_previous = 0;
};

// Reads a packed digest back, event by event.
class EventDigestCursor
{
public:
    EventDigestCursor(const void* data, int size);
    // False at the end, or at bytes that do not form an event (a damaged value).
    bool next(qint64& occurredAtMs, int& typeId);

private:
    bool readVarint(quint64& value);

    const unsigned char* m_at;
    const unsigned char* m_end;
    qint64 m_previous = 0;
};

// Keeps event_digests in step with the events table. Every path that adds events calls
// refresh() for the leads it touched, in the same transaction; a deleted lead takes its digest
// with it (ON DELETE CASCADE).
class EventDigests
{
public:
    explicit EventDigests(sqlite3* db);
    ~EventDigests();
    EventDigests(const EventDigests&) = delete;
    EventDigests& operator=(const EventDigests&) = delete;

    // The id of an event type (UTF-8), added to event_types the first time it is met.
    int typeId(const char* name, int bytes);
    // Packs the lead's stored events again; the lead loses its digest when it has none.
    void refresh(qint64 leadId);
    // Writes a digest packed by the caller for a lead that has none yet. Returns false, and
    // writes nothing, when the lead already has one (then refresh() it instead).
    bool addNew(qint64 leadId, const EventDigestPacker& packed);
    // Packs every lead's events again (the migration that adds digests).
    void rebuildAll();
    // How many leads' digests do not hold exactly their events (a check; writes nothing).
    qint64 countStale();

private:
    sqlite3_stmt* statement(sqlite3_stmt*& slot, const char* sql);
    void loadTypes();

    sqlite3* m_db;
    QHash<QByteArray, int> m_typeIds;
    bool m_typesLoaded = false;
    sqlite3_stmt* m_leadEvents = nullptr;
    sqlite3_stmt* m_replace = nullptr;
    sqlite3_stmt* m_insertNew = nullptr;
    sqlite3_stmt* m_remove = nullptr;
    sqlite3_stmt* m_addType = nullptr;
};

} // namespace lb::sqlite
