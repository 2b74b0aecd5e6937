#pragma once

#include "model/stage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

struct sqlite3;

namespace lb::sqlite {

// What the reports need to know of every lead, read in two sequential passes (lead_scores and
// the leads_id_source index), so that the reports join their history rows with it in memory.
// A seek into lead_scores for each of a million history rows took a second; both passes take
// about a tenth of that, once for all the reports of a dashboard.
class LeadFacts
{
public:
    static constexpr std::int32_t noOwner = -1;

    static LeadFacts load(sqlite3* db);

    // Every lead has a slot: its id itself while the ids are dense (as SQLite hands them out),
    // a compact index when they are not (a file with ids up to 2^62 would otherwise ask for
    // more memory than there is).
    std::size_t slotCount() const { return m_present.size(); }
    qint64 leadAt(std::size_t slot) const
    {
        return m_leadOfSlot.empty() ? qint64(slot) : m_leadOfSlot[slot];
    }
    qint64 slotOf(qint64 lead) const
    {
        if (m_leadOfSlot.empty())
            return lead >= 0 && std::size_t(lead) < m_present.size() ? lead : -1;
        return m_slotOfLead.value(lead, -1);
    }

    // Whether the lead has its row in lead_scores (the reports' joins need it). The accessors
    // below take a lead that is present.
    bool present(qint64 lead) const
    {
        const qint64 slot = slotOf(lead);
        return slot >= 0 && m_present[std::size_t(slot)];
    }
    std::int32_t owner(qint64 lead) const { return m_owner[at(lead)]; }
    int score(qint64 lead) const { return m_score[at(lead)]; }
    int stage(qint64 lead) const { return m_stage[at(lead)]; } // index in allStages
    qint64 stageChangedAt(qint64 lead) const { return m_stageChangedAt[at(lead)]; }
    // The lead's source as the reports group and filter it: case-insensitively in ASCII, as
    // SQLite's NOCASE compares (an index into sourceNames(); 0: no source, NULL or '').
    int sourceKey(qint64 lead) const
    {
        const qint64 slot = slotOf(lead);
        return slot >= 0 ? m_source[std::size_t(slot)] : 0;
    }
    // The spelling of each source key: that of the lead with the lowest id.
    const QList<QString>& sourceNames() const { return m_sourceNames; }
    std::optional<int> sourceKeyOf(const QString& source) const;

private:
    std::size_t at(qint64 lead) const { return std::size_t(slotOf(lead)); }
    void resize(std::size_t count);

    std::vector<bool> m_present;
    std::vector<std::int32_t> m_owner;
    std::vector<std::int32_t> m_score;
    std::vector<std::int8_t> m_stage;
    std::vector<qint64> m_stageChangedAt;
    std::vector<std::int32_t> m_source;
    std::vector<qint64> m_leadOfSlot; // empty while the ids are dense
    QHash<qint64, qint64> m_slotOfLead;
    QList<QString> m_sourceNames;
    QHash<QByteArray, int> m_sourceKeys; // by the ASCII-lowered UTF-8 bytes
};

// A report filter's owner and source as a test of a lead, the same as scopeCondition() in SQL.
class LeadScope
{
public:
    // `owner`: a user name, empty for any; `source`: unset for any, empty for none.
    LeadScope(sqlite3* db, const LeadFacts& facts, const QString& owner,
              const std::optional<QString>& source);

    bool contains(qint64 lead) const
    {
        if (m_none)
            return false;
        if (m_owner && !(m_facts.present(lead) && m_facts.owner(lead) == *m_owner))
            return false;
        return !m_source || m_facts.sourceKey(lead) == *m_source;
    }

private:
    const LeadFacts& m_facts;
    bool m_none = false; // an owner or a source no lead has
    std::optional<std::int32_t> m_owner;
    std::optional<int> m_source;
};

// The milliseconds since 1970 of a stored ISO time ("2026-11-22T12:00:00Z", with ".600" before
// the Z for moments kept to the millisecond); parsed by hand, as it runs for every history row.
qint64 isoMs(QByteArrayView text);
// Whole seconds of such a time, as SQLite's unixepoch() gives them.
inline qint64 wholeSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

// Stage names as stored, for the raw statements' parameters.
QByteArray stageBytes(Stage stage);
int stageIndexOf(QByteArrayView storedName); // index in allStages, or -1

} // namespace lb::sqlite
