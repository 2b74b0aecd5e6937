#include "store/sqlite/reportfacts.h"

#include "store/sqlite/sqlitestatement.h"
#include "util/isotime.h"

#include <algorithm>
#include <array>

namespace lb::sqlite {

namespace {

QByteArray asciiLowered(QByteArrayView bytes)
{
    QByteArray key(bytes.data(), bytes.size());
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

int digits(const char* p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

} // namespace

void LeadFacts::resize(std::size_t count)
{
    m_present.assign(count, false);
    m_owner.assign(count, noOwner);
    m_score.assign(count, 0);
    m_stage.assign(count, 0);
    m_stageChangedAt.assign(count, 0);
    m_source.assign(count, 0);
}

LeadFacts LeadFacts::load(sqlite3* db)
{
    LeadFacts facts;
    Statement span(db, "SELECT (SELECT max(id) FROM leads), (SELECT count(*) FROM leads)");
    qint64 maxLead = 0;
    qint64 leads = 0;
    if (span.next()) {
        maxLead = span.columnInt(0);
        leads = span.columnInt(1);
    }
    span.reset();
    // Dense while the largest id is within twice the count (and a margin): deleted leads leave
    // holes, hand-made ids may leave anything.
    const bool dense = maxLead >= 0 && maxLead <= 2 * leads + 4096;
    if (dense) {
        facts.resize(std::size_t(maxLead) + 1);
    } else {
        Statement ids(db, "SELECT id FROM leads ORDER BY id");
        while (ids.next()) {
            facts.m_slotOfLead.insert(ids.columnInt(0), qint64(facts.m_leadOfSlot.size()));
            facts.m_leadOfSlot.push_back(ids.columnInt(0));
        }
        facts.resize(facts.m_leadOfSlot.size());
        if (facts.m_leadOfSlot.empty()) // (an empty workspace stays "dense" with no slots)
            facts.m_slotOfLead.clear();
    }

    Statement scores(db, "SELECT lead_id, owner_id, score, stage, stage_changed_at FROM "
                         "lead_scores");
    while (scores.next()) {
        const qint64 slot = facts.slotOf(scores.columnInt(0));
        if (slot < 0)
            continue;
        const auto i = std::size_t(slot);
        facts.m_present[i] = true;
        facts.m_owner[i] = scores.isNull(1) ? noOwner : std::int32_t(scores.columnInt(1));
        facts.m_score[i] = std::int32_t(scores.columnInt(2));
        facts.m_stage[i] = std::int8_t(std::max(0, stageIndexOf(scores.columnUtf8(3))));
        facts.m_stageChangedAt[i] = scores.columnInt(4);
    }

    facts.m_sourceNames << QString();
    facts.m_sourceKeys.insert(QByteArray(), 0);
    // Each spelling's key, looked up without copying the row's text (a million rows).
    QHash<QByteArray, int> keyOfSpelling;
    // In id order, so that each key is spelt as its oldest lead spells it.
    Statement sources(db, "SELECT id, source FROM leads INDEXED BY leads_id_source "
                          "WHERE source IS NOT NULL AND source <> '' ORDER BY id");
    while (sources.next()) {
        const qint64 slot = facts.slotOf(sources.columnInt(0));
        if (slot < 0)
            continue;
        const QByteArrayView text = sources.columnUtf8(1);
        const auto known =
            keyOfSpelling.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (known != keyOfSpelling.constEnd()) {
            facts.m_source[std::size_t(slot)] = *known;
            continue;
        }
        const QByteArray spelling(text.data(), text.size());
        const QByteArray key = asciiLowered(text);
        auto it = facts.m_sourceKeys.constFind(key);
        if (it == facts.m_sourceKeys.constEnd()) {
            it = facts.m_sourceKeys.insert(key, int(facts.m_sourceNames.size()));
            facts.m_sourceNames << QString::fromUtf8(spelling);
        }
        keyOfSpelling.insert(spelling, *it);
        facts.m_source[std::size_t(slot)] = *it;
    }
    return facts;
}

std::optional<int> LeadFacts::sourceKeyOf(const QString& source) const
{
    const auto it = m_sourceKeys.constFind(asciiLowered(source.toUtf8()));
    return it == m_sourceKeys.constEnd() ? std::nullopt : std::optional<int>(*it);
}

LeadScope::LeadScope(sqlite3* db, const LeadFacts& facts, const QString& owner,
                     const std::optional<QString>& source)
    : m_facts(facts)
{
    if (!owner.isEmpty()) {
        // The first user of that name, as "owner_id = (SELECT id FROM users WHERE name = ?)".
        Statement user(db, "SELECT id FROM users WHERE name = ?");
        user.bindText(1, owner);
        if (user.next())
            m_owner = std::int32_t(user.columnInt(0));
        else
            m_none = true;
        user.reset();
    }
    if (source) {
        m_source = facts.sourceKeyOf(*source);
        m_none = m_none || !m_source;
    }
}

qint64 isoMs(QByteArrayView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fff]Z
    const char* p = text.data();
    const qsizetype n = text.size();
    const bool shape = (n == 20 || n == 24) && p[4] == '-' && p[7] == '-' && p[10] == 'T' &&
                       p[13] == ':' && p[16] == ':' && p[n - 1] == 'Z' && (n == 20 || p[19] == '.');
    if (shape) {
        const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
        const int h = digits(p + 11, 2), mi = digits(p + 14, 2), s = digits(p + 17, 2);
        const int ms = n == 24 ? digits(p + 20, 3) : 0;
        if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h < 24 && mi >= 0 &&
            mi < 60 && s >= 0 && s < 60 && ms >= 0)
            return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + s * 1000 + ms;
    }
    // Another form (not written by Leadbench): the general parser.
    const QDateTime moment = fromIsoUtc(QString::fromUtf8(text));
    return moment.isValid() ? moment.toMSecsSinceEpoch() : 0;
}

QByteArray stageBytes(Stage stage)
{
    return stageName(stage).toUtf8();
}

int stageIndexOf(QByteArrayView storedName)
{
    static const std::array<QByteArray, allStages.size()> names = [] {
        std::array<QByteArray, allStages.size()> bytes;
        for (std::size_t i = 0; i < allStages.size(); ++i)
            bytes[i] = stageBytes(allStages[i]);
        return bytes;
    }();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (storedName == QByteArrayView(names[i]))
            return int(i);
    }
    return -1;
}

} // namespace lb::sqlite
