#include "store/sqlite/sqlitescoringreader.h"

#include "model/leadfields.h"
#include "model/stage.h"
#include "store/sqlite/eventdigests.h"
#include "store/sqlite/leadcolumns.h"
#include "store/sqlite/sqlitesupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <sqlite3.h>
#include <vector>

namespace lb {

namespace {

// How one requested field is read from the SELECT below.
struct FieldSource
{
    enum class Kind
    {
        Column, // a text or numeric column, by its type in the row
        Custom, // a key of the custom JSON column
        Stage,  // the stage, read with the stored score
        Missing
    };
    Kind kind = Kind::Missing;
    int column = 0;
    QString key; // custom field name
};

} // namespace

namespace {

// Streams leads and their events for the scorer. Both queries walk an index in lead order
// (the primary key and events_identity), so a range costs one pass over each.
class SqliteScoringReader final : public ScoringReader
{
public:
    SqliteScoringReader(sqlite3* db, bool ownsConnection, const ScoringScan& scan)
        : m_db(db), m_ownsConnection(ownsConnection), m_eventsFrom(scan.eventsFrom),
          m_eventsTo(scan.eventsTo), m_codeSpace(scoring::newCodeSpace())
    {
        try {
            prepare(scan);
        } catch (...) {
            release();
            throw;
        }
    }
    ~SqliteScoringReader() override { release(); }

    void readRange(qint64 firstId, qint64 lastId, ScoringBatch& batch) override
    {
        batch.codeSpace = m_codeSpace;
        const size_t firstLead = batch.leads.size();
        sqlite3_bind_int64(m_leads, 1, firstId);
        sqlite3_bind_int64(m_leads, 2, lastId);
        int rc;
        while ((rc = sqlite3_step(m_leads)) == SQLITE_ROW)
            readLead(batch);
        sqlite3_reset(m_leads);
        sqlite::check(m_db, rc == SQLITE_DONE ? SQLITE_OK : rc, "read leads for scoring");
        readScores(firstId, lastId, batch, firstLead);
        if ((m_types.isEmpty() && !m_anyType) || batch.leads.size() == firstLead)
            return;

        forEachLeadRow(m_events, firstId, lastId, batch, firstLead, "read events for scoring",
                       [&](ScoringLead& target) {
                           target.eventBegin = batch.events.size();
                           sqlite::EventDigestCursor cursor(sqlite3_column_blob(m_events, 1),
                                                            sqlite3_column_bytes(m_events, 1));
                           qint64 at;
                           int typeId;
                           while (cursor.next(at, typeId)) {
                               if (at < m_eventsFrom || at > m_eventsTo)
                                   continue;
                               const int type = scanTypeOf(typeId);
                               if (type >= 0)
                                   batch.events.push_back({type, at});
                           }
                           target.eventEnd = batch.events.size();
                       });
    }

private:
    void prepare(const ScoringScan& scan)
    {
        QByteArray columns = "l.id";
        int next = 1;
        bool needsOwner = false;
        int customColumn = -1;
        for (const QString& field : scan.fields) {
            FieldSource source;
            if (field.startsWith(QLatin1String("custom."))) {
                if (customColumn < 0) {
                    columns += ", l.custom";
                    customColumn = next++;
                }
                source.kind = FieldSource::Kind::Custom;
                source.column = customColumn;
                source.key = field.mid(7);
                m_hasCustom = true;
            } else if (field == QLatin1String("stage")) {
                source.kind = FieldSource::Kind::Stage;
                m_stageSlot = int(m_sources.size());
            } else if (const char* column = scoringColumnOf(field)) {
                columns += ", ";
                columns += column;
                source.kind = FieldSource::Kind::Column;
                source.column = next++;
                needsOwner = needsOwner || field == QLatin1String("owner");
            }
            m_sources.push_back(source);
        }
        m_customColumn = customColumn;
        m_intern.resize(m_sources.size() + 1); // the last one for grades
        QByteArray leadsSql = "SELECT " + columns + " FROM leads l";
        if (needsOwner)
            leadsSql += " LEFT JOIN users u ON u.id = l.owner_id";
        leadsSql += " WHERE l.id BETWEEN ?1 AND ?2 ORDER BY l.id";
        m_leads = sqlite::prepareRaw(m_db, leadsSql);
        // Read beside the leads rather than joined to them: two walks in id order cost less
        // than a seek into lead_scores for every lead.
        m_scores =
            sqlite::prepareRaw(m_db, "SELECT lead_id, score, fit, behavior, grade, model_id, stage "
                                     "FROM lead_scores WHERE lead_id BETWEEN ?1 AND ?2 "
                                     "ORDER BY lead_id");
        for (const QString& type : scan.eventTypes)
            m_types << type.toUtf8();
        m_anyType = scan.anyEventType;
        if (!m_types.isEmpty() || m_anyType) {
            m_events = sqlite::prepareRaw(m_db, "SELECT lead_id, events FROM event_digests "
                                                "WHERE lead_id BETWEEN ?1 AND ?2 ORDER BY lead_id");
            readTypeNames();
        }
    }

    void readTypeNames()
    {
        sqlite3_stmt* types = sqlite::prepareRaw(m_db, "SELECT id, name FROM event_types");
        int rc;
        while ((rc = sqlite3_step(types)) == SQLITE_ROW) {
            const int id = sqlite3_column_int(types, 0);
            if (id < 0)
                continue;
            if (size_t(id) >= m_typeNames.size())
                m_typeNames.resize(size_t(id) + 1);
            m_typeNames[size_t(id)] =
                QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(types, 1)),
                           sqlite3_column_bytes(types, 1));
        }
        sqlite3_finalize(types);
        sqlite::check(m_db, rc == SQLITE_DONE ? SQLITE_OK : rc, "read event types");
        m_scanTypeOfId.assign(m_typeNames.size(), unresolvedType);
    }

    // The index in m_types (what EventFact::type holds) of an event type id, or -1 when the
    // scan does not ask for it. Worked out the first time the id is met, so that with
    // anyEventType the types are listed in the order they are met.
    int scanTypeOf(int typeId)
    {
        if (typeId < 0 || size_t(typeId) >= m_scanTypeOfId.size())
            return -1; // a type written after this reader started: not in its snapshot
        int& type = m_scanTypeOfId[size_t(typeId)];
        if (type == unresolvedType) {
            const QByteArray& name = m_typeNames[size_t(typeId)];
            type = typeIndex(reinterpret_cast<const unsigned char*>(name.constData()),
                             int(name.size()));
        }
        return type;
    }

    void release()
    {
        sqlite3_finalize(m_leads);
        sqlite3_finalize(m_scores);
        sqlite3_finalize(m_events);
        m_leads = m_scores = m_events = nullptr;
        if (m_ownsConnection && m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }

    int typeIndex(const unsigned char* text, int bytes)
    {
        for (qsizetype i = 0; i < m_types.size(); ++i) {
            const QByteArray& type = m_types.at(i);
            if (type.size() == bytes && memcmp(type.constData(), text, size_t(bytes)) == 0)
                return int(i);
        }
        if (!m_anyType)
            return -1;
        m_types << QByteArray(reinterpret_cast<const char*>(text), bytes);
        return int(m_types.size() - 1);
    }

public:
    QStringList eventTypes() const override
    {
        QStringList types;
        for (const QByteArray& type : m_types)
            types << QString::fromUtf8(type);
        return types;
    }

private:
    // Low-cardinality text (titles, countries, industries) repeats: keep one QString per
    // distinct value so that a million rows do not make a million allocations, and number the
    // values so that the scorer can remember its answers by number. Fields where values do not
    // repeat (e-mail) stop using the cache after a trial.
    QString internedText(int slot, const char* text, int bytes, int* code = nullptr)
    {
        InternCache& cache = m_intern[size_t(slot)];
        if (!cache.enabled || bytes > 64)
            return QString::fromUtf8(text, bytes);
        const auto it = cache.values.constFind(QByteArray::fromRawData(text, bytes));
        if (it != cache.values.constEnd()) {
            ++cache.hits;
            if (code)
                *code = it->code;
            return it->text;
        }
        QString value = QString::fromUtf8(text, bytes);
        if (cache.values.size() < 4096) {
            const int next = int(cache.values.size());
            cache.values.insert(QByteArray(text, bytes), {value, next});
            if (code)
                *code = next;
        }
        if (++cache.misses == 4096 && cache.hits < cache.misses) {
            // Codes handed out stay unique: a disabled cache never hands out another.
            cache.enabled = false;
            cache.values.clear();
        }
        return value;
    }

    void readLead(ScoringBatch& batch)
    {
        ScoringLead lead;
        lead.id = sqlite3_column_int64(m_leads, 0);
        lead.factBegin = batch.facts.size();
        QJsonObject custom;
        if (m_hasCustom && sqlite3_column_type(m_leads, m_customColumn) == SQLITE_TEXT)
            custom = QJsonDocument::fromJson(
                         QByteArray::fromRawData(reinterpret_cast<const char*>(
                                                     sqlite3_column_text(m_leads, m_customColumn)),
                                                 sqlite3_column_bytes(m_leads, m_customColumn)))
                         .object();
        for (size_t slot = 0; slot < m_sources.size(); ++slot) {
            const FieldSource& source = m_sources[slot];
            scoring::FactValue fact;
            if (source.kind == FieldSource::Kind::Column) {
                switch (sqlite3_column_type(m_leads, source.column)) {
                case SQLITE_INTEGER:
                case SQLITE_FLOAT:
                    fact.isNumber = true;
                    fact.number = sqlite3_column_double(m_leads, source.column);
                    break;
                case SQLITE_TEXT:
                    fact.text = internedText(
                        int(slot),
                        reinterpret_cast<const char*>(sqlite3_column_text(m_leads, source.column)),
                        sqlite3_column_bytes(m_leads, source.column), &fact.code);
                    break;
                default:
                    break;
                }
            } else if (source.kind == FieldSource::Kind::Custom) {
                fact.text = custom.value(source.key).toString();
            }
            batch.facts.push_back(std::move(fact));
        }
        batch.leads.push_back(std::move(lead));
    }

    // Moves `cursor` through the batch's leads (in id order) to the one with `id`: nullptr when
    // there is none, with `cursor` past the end when every lead comes before `id`.
    static ScoringLead* matchLead(ScoringBatch& batch, size_t& cursor, qint64 id)
    {
        while (cursor < batch.leads.size() && batch.leads[cursor].id < id)
            ++cursor;
        if (cursor == batch.leads.size() || batch.leads[cursor].id != id)
            return nullptr;
        return &batch.leads[cursor];
    }

    // Runs `query` over the id range and gives `apply` each row's lead in the batch. The rows
    // and the batch's leads are both in id order, so one cursor matches them; rows of leads not
    // in the batch are skipped.
    template <typename Apply>
    void forEachLeadRow(sqlite3_stmt* query, qint64 firstId, qint64 lastId, ScoringBatch& batch,
                        size_t firstLead, const char* context, Apply apply)
    {
        sqlite3_bind_int64(query, 1, firstId);
        sqlite3_bind_int64(query, 2, lastId);
        size_t lead = firstLead;
        int rc;
        while ((rc = sqlite3_step(query)) == SQLITE_ROW) {
            if (ScoringLead* target = matchLead(batch, lead, sqlite3_column_int64(query, 0)))
                apply(*target);
            else if (lead == batch.leads.size())
                break;
        }
        sqlite3_reset(query);
        sqlite::check(m_db, rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc, context);
    }

    // The stored scores of the leads just read.
    void readScores(qint64 firstId, qint64 lastId, ScoringBatch& batch, size_t firstLead)
    {
        forEachLeadRow(m_scores, firstId, lastId, batch, firstLead, "read scores for scoring",
                       [&](ScoringLead& target) {
                           target.total = sqlite3_column_int(m_scores, 1);
                           target.fit = sqlite3_column_int(m_scores, 2);
                           target.behavior = sqlite3_column_int(m_scores, 3);
                           if (sqlite3_column_type(m_scores, 4) != SQLITE_NULL)
                               target.grade = internedText(
                                   int(m_sources.size()),
                                   reinterpret_cast<const char*>(sqlite3_column_text(m_scores, 4)),
                                   sqlite3_column_bytes(m_scores, 4));
                           target.modelId = sqlite3_column_int64(m_scores, 5);
                           target.stage = stageOf(sqlite3_column_text(m_scores, 6),
                                                  sqlite3_column_bytes(m_scores, 6));
                           if (m_stageSlot >= 0)
                               batch.facts[target.factBegin + size_t(m_stageSlot)].text =
                                   stageName(target.stage);
                       });
    }

    static Stage stageOf(const unsigned char* text, int bytes)
    {
        static const std::vector<std::pair<QByteArray, Stage>> names = [] {
            std::vector<std::pair<QByteArray, Stage>> all;
            all.reserve(std::size(allStages));
            for (Stage stage : allStages)
                all.emplace_back(stageName(stage).toUtf8(), stage);
            return all;
        }();
        for (const auto& [name, stage] : names) {
            if (name.size() == bytes && memcmp(name.constData(), text, size_t(bytes)) == 0)
                return stage;
        }
        return Stage::New;
    }

    sqlite3* m_db;
    bool m_ownsConnection;
    qint64 m_eventsFrom;
    qint64 m_eventsTo;
    quint64 m_codeSpace; // of the codes internedText() hands out
    sqlite3_stmt* m_leads = nullptr;
    sqlite3_stmt* m_scores = nullptr;
    sqlite3_stmt* m_events = nullptr;
    std::vector<FieldSource> m_sources;
    bool m_hasCustom = false;
    int m_customColumn = -1;
    int m_stageSlot = -1; // the fact filled from lead_scores, when the scan asks for the stage
    QList<QByteArray> m_types;
    bool m_anyType = false;
    static constexpr int unresolvedType = -2;
    std::vector<QByteArray> m_typeNames; // by event type id
    std::vector<int> m_scanTypeOfId;     // by event type id: index in m_types, or -1
    struct InternedText
    {
        QString text;
        int code = -1;
    };
    struct InternCache
    {
        QHash<QByteArray, InternedText> values;
        qint64 hits = 0;
        qint64 misses = 0;
        bool enabled = true;
    };
    std::vector<InternCache> m_intern;
};

} // namespace

const char* scoringColumnOf(const QString& field)
{
    // Every standard field by the table (model/leadfields.cpp); the stage is kept in lead_scores.
    static const QHash<QString, QByteArray> columns = [] {
        QHash<QString, QByteArray> map;
        for (const LeadFieldSpec& spec : leadFieldSpecs())
            map.insert(QString::fromLatin1(spec.key), sqlite::fieldSelect(spec));
        return map;
    }();
    const auto it = columns.constFind(field);
    return it == columns.constEnd() ? nullptr : it->constData();
}

std::unique_ptr<ScoringReader> makeSqliteScoringReader(sqlite3* db, bool ownsConnection,
                                                       const ScoringScan& scan)
{
    return std::make_unique<SqliteScoringReader>(db, ownsConnection, scan);
}

} // namespace lb
