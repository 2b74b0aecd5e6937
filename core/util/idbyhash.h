#pragma once

#include <QtGlobal>
#include <optional>
#include <vector>

namespace lb {

// Ids by a 64-bit hash of a key (a lead's e-mail, its name and company), for the duplicate
// checks of a bulk import. At a million keys QHash costs two cache misses a lookup (its span,
// then the entry); one flat array probed linearly costs one. That was about a tenth of the
// writing thread's time in a million-row import.
//
// A hash is not its key: two keys may share one, so callers confirm a hit. Inserting a hash
// again replaces its id.
class IdByHash
{
public:
    void reserve(qsizetype keys);
    void insert(quint64 hash, qint64 id);
    std::optional<qint64> find(quint64 hash) const;
    qsizetype size() const { return m_count; }
    void clear(); // and frees the memory

private:
    struct Slot
    {
        quint64 hash = 0; // 0: empty
        qint64 id = 0;
    };

    static quint64 stored(quint64 hash) { return hash ? hash : 1; }
    size_t firstSlot(quint64 hash) const
    {
        // Fibonacci hashing: the top bits of the product mix every bit of the hash.
        return size_t((hash * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void rehash(size_t slots);

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 64;
    qsizetype m_count = 0;
};

} // namespace lb
