#include "store/sqlite/eventdigests.h"

#include "store/sqlite/sqlitesupport.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <sqlite3.h>

namespace lb::sqlite {

namespace {

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

// A query that steps to its rows and finalises itself; a failed step throws.
class ReadStatement
{
public:
    ReadStatement(sqlite3* db, const char* sql) : m_db(db)
    {
        check(db, sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr), sql);
    }
    ~ReadStatement() { sqlite3_finalize(m_statement); }
    ReadStatement(const ReadStatement&) = delete;
    ReadStatement& operator=(const ReadStatement&) = delete;
    operator sqlite3_stmt*() const { return m_statement; }

    bool next()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        check(m_db, rc, "read events");
        return false;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace

void EventDigestPacker::add(qint64 occurredAtMs, int typeId)
{
    addVarint(quint64(typeId));
    const qint64 difference = occurredAtMs - m_previous;
    if (difference % 1000 == 0)
        addVarint(zigzag(difference / 1000) << 1 | 1);
    else
        addVarint(zigzag(difference) << 1);
    m_previous = occurredAtMs;
}

void EventDigestPacker::clear()
{
    m_bytes.clear();
    m_previous = 0;
}

void EventDigestPacker::addVarint(quint64 value)
{
    while (value >= 0x80) {
        m_bytes.append(char(value | 0x80));
        value >>= 7;
    }
    m_bytes.append(char(value));
}

EventDigestCursor::EventDigestCursor(const void* data, int size)
    : m_at(static_cast<const unsigned char*>(data)), m_end(m_at + (size > 0 ? size : 0))
{
}

bool EventDigestCursor::next(qint64& occurredAtMs, int& typeId)
{
    quint64 type = 0;
    quint64 delta = 0;
    if (!readVarint(type) || !readVarint(delta) || type > quint64(INT_MAX))
        return false;
    const qint64 difference = unzigzag(delta >> 1);
    m_previous += (delta & 1) ? difference * 1000 : difference;
    occurredAtMs = m_previous;
    typeId = int(type);
    return true;
}

bool EventDigestCursor::readVarint(quint64& value)
{
    value = 0;
    for (int shift = 0; m_at < m_end && shift < 64; shift += 7) {
        const unsigned char byte = *m_at++;
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    m_at = m_end; // a cut-off value ends the digest
    return false;
}

EventDigests::EventDigests(sqlite3* db) : m_db(db) {}

EventDigests::~EventDigests()
{
    for (sqlite3_stmt* statement : {m_leadEvents, m_replace, m_insertNew, m_remove, m_addType})
        sqlite3_finalize(statement);
}

sqlite3_stmt* EventDigests::statement(sqlite3_stmt*& slot, const char* sql)
{
    if (!slot)
        check(m_db, sqlite3_prepare_v2(m_db, sql, -1, &slot, nullptr), sql);
    return slot;
}

void EventDigests::loadTypes()
{
    ReadStatement types(m_db, "SELECT id, name FROM event_types");
    while (types.next())
        m_typeIds.insert(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(types, 1)),
                                    sqlite3_column_bytes(types, 1)),
                         sqlite3_column_int(types, 0));
    m_typesLoaded = true;
}

int EventDigests::typeId(const char* name, int bytes)
{
    if (!m_typesLoaded)
        loadTypes();
    if (const auto it = m_typeIds.constFind(QByteArray::fromRawData(name, bytes));
        it != m_typeIds.constEnd())
        return *it;
    sqlite3_stmt* add = statement(m_addType, "INSERT INTO event_types(name) VALUES(?1)");
    sqlite3_bind_text(add, 1, name, bytes, SQLITE_STATIC);
    const int rc = sqlite3_step(add);
    sqlite3_reset(add);
    check(m_db, rc, "add an event type");
    const int id = int(sqlite3_last_insert_rowid(m_db));
    m_typeIds.insert(QByteArray(name, bytes), id);
    return id;
}

void EventDigests::refresh(qint64 leadId)
{
    // The key's order (time, type, detail): the order the events table has always given.
    sqlite3_stmt* events =
        statement(m_leadEvents, "SELECT occurred_at, type FROM events WHERE "
                                "lead_id = ?1 ORDER BY occurred_at, type, detail");
    EventDigestPacker packer;
    sqlite3_bind_int64(events, 1, leadId);
    int rc;
    while ((rc = sqlite3_step(events)) == SQLITE_ROW)
        packer.add(sqlite3_column_int64(events, 0),
                   typeId(reinterpret_cast<const char*>(sqlite3_column_text(events, 1)),
                          sqlite3_column_bytes(events, 1)));
    sqlite3_reset(events);
    check(m_db, rc == SQLITE_DONE ? SQLITE_OK : rc, "read a lead's events");

    sqlite3_stmt* write =
        packer.isEmpty()
            ? statement(m_remove, "DELETE FROM event_digests WHERE lead_id = ?1")
            : statement(m_replace,
                        "INSERT OR REPLACE INTO event_digests(lead_id, events) VALUES(?1, ?2)");
    sqlite3_bind_int64(write, 1, leadId);
    if (!packer.isEmpty())
        sqlite3_bind_blob(write, 2, packer.bytes().constData(), int(packer.bytes().size()),
                          SQLITE_STATIC);
    rc = sqlite3_step(write);
    sqlite3_reset(write);
    check(m_db, rc, "write a lead's event digest");
}

bool EventDigests::addNew(qint64 leadId, const EventDigestPacker& packed)
{
    sqlite3_stmt* insert = statement(
        m_insertNew, "INSERT OR IGNORE INTO event_digests(lead_id, events) VALUES(?1, ?2)");
    sqlite3_bind_int64(insert, 1, leadId);
    sqlite3_bind_blob(insert, 2, packed.bytes().constData(), int(packed.bytes().size()),
                      SQLITE_STATIC);
    const int rc = sqlite3_step(insert);
    sqlite3_reset(insert);
    check(m_db, rc, "write a lead's event digest");
    return sqlite3_changes(m_db) == 1;
}

void EventDigests::rebuildAll()
{
    check(m_db, sqlite3_exec(m_db, "DELETE FROM event_digests", nullptr, nullptr, nullptr),
          "clear event digests");
    ReadStatement events(m_db, "SELECT lead_id, occurred_at, type FROM events "
                               "ORDER BY lead_id, occurred_at, type, detail");
    EventDigestPacker packer;
    qint64 lead = 0;
    while (events.next()) {
        const qint64 id = sqlite3_column_int64(events, 0);
        if (id != lead && !packer.isEmpty()) {
            addNew(lead, packer);
            packer.clear();
        }
        lead = id;
        packer.add(sqlite3_column_int64(events, 1),
                   typeId(reinterpret_cast<const char*>(sqlite3_column_text(events, 2)),
                          sqlite3_column_bytes(events, 2)));
    }
    if (!packer.isEmpty())
        addNew(lead, packer);
}

qint64 EventDigests::countStale()
{
    if (!m_typesLoaded)
        loadTypes();
    // Both walks are in lead order: merge them, comparing each lead's packed events.
    ReadStatement events(m_db, "SELECT lead_id, occurred_at, type FROM events "
                               "ORDER BY lead_id, occurred_at, type, detail");
    ReadStatement digests(m_db, "SELECT lead_id, events FROM event_digests ORDER BY lead_id");
    qint64 stale = 0;
    bool eventRow = events.next();
    bool digestRow = digests.next();
    EventDigestPacker packer;
    while (eventRow || digestRow) {
        const qint64 eventLead = eventRow ? sqlite3_column_int64(events, 0) : INT64_MAX;
        const qint64 digestLead = digestRow ? sqlite3_column_int64(digests, 0) : INT64_MAX;
        const qint64 lead = std::min(eventLead, digestLead);
        packer.clear();
        bool unknownType = false;
        while (eventRow && sqlite3_column_int64(events, 0) == lead) {
            const auto it = m_typeIds.constFind(QByteArray::fromRawData(
                reinterpret_cast<const char*>(sqlite3_column_text(events, 2)),
                sqlite3_column_bytes(events, 2)));
            unknownType = unknownType || it == m_typeIds.constEnd();
            packer.add(sqlite3_column_int64(events, 1), it == m_typeIds.constEnd() ? 0 : *it);
            eventRow = events.next();
        }
        QByteArray stored;
        if (digestLead == lead) {
            stored = QByteArray(static_cast<const char*>(sqlite3_column_blob(digests, 1)),
                                sqlite3_column_bytes(digests, 1));
            digestRow = digests.next();
        }
        if (unknownType || stored != packer.bytes())
            ++stale;
    }
    return stale;
}

} // namespace lb::sqlite
