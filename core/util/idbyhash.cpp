#include "util/idbyhash.h"

#include <bit>

namespace lb {

void IdByHash::reserve(qsizetype keys)
{
    // At most half full: linear probing stays at about one probe a lookup.
    const size_t wanted = std::bit_ceil(size_t(std::max<qsizetype>(keys, 8)) * 2);
    if (wanted > m_slots.size())
        rehash(wanted);
}

void IdByHash::insert(quint64 hash, qint64 id)
{
    if (size_t(m_count + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    hash = stored(hash);
    for (size_t slot = firstSlot(hash);; slot = (slot + 1) & m_mask) {
        Slot& at = m_slots[slot];
        if (at.hash == hash) {
            at.id = id;
            return;
        }
        if (at.hash == 0) {
            at = {hash, id};
            ++m_count;
            return;
        }
    }
}

std::optional<qint64> IdByHash::find(quint64 hash) const
{
    if (m_slots.empty())
        return std::nullopt;
    hash = stored(hash);
    for (size_t slot = firstSlot(hash);; slot = (slot + 1) & m_mask) {
        const Slot& at = m_slots[slot];
        if (at.hash == hash)
            return at.id;
        if (at.hash == 0)
            return std::nullopt;
    }
}

void IdByHash::clear()
{
    m_slots = {};
    m_mask = 0;
    m_shift = 64;
    m_count = 0;
}

void IdByHash::rehash(size_t slots)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slots));
    m_mask = slots - 1;
    m_shift = 64 - std::countr_zero(slots);
    for (const Slot& slot : old) {
        if (slot.hash == 0)
            continue;
        size_t at = firstSlot(slot.hash);
        while (m_slots[at].hash != 0)
            at = (at + 1) & m_mask;
        m_slots[at] = slot;
    }
}

} // namespace lb
