#include "store/postgres/pgscoringreader.h"

#include "model/leadfields.h"
#include "store/leadcodec.h"
#include "store/postgres/pgsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace lb {

namespace {

// How one requested field is read from the leads query.
struct FieldSource
{
    enum class Kind
    {
        Column, // a text or numeric column, by the value's type
        Custom, // a key of the custom JSON column
        Stage,  // the stage, read with the stored score
        Missing
    };
    Kind kind = Kind::Missing;
    int column = 0;
    QString key; // custom field name
};

// Every standard field by where the lead queries read it (model/leadfields.cpp).
QString columnOf(const QString& field)
{
    static const QHash<QString, QString> columns = [] {
        QHash<QString, QString> map;
        for (const LeadFieldSpec& spec : leadFieldSpecs())
            map.insert(QString::fromLatin1(spec.key),
                       QString::fromLatin1(leadcodec::fieldSelect(spec)));
        return map;
    }();
    return columns.value(field);
}

class PgScoringReader final : public ScoringReader
{
public:
    PgScoringReader(const QSqlDatabase& db, const ScoringScan& scan)
        : m_db(db), m_eventsFrom(scan.eventsFrom), m_eventsTo(scan.eventsTo),
          m_types(scan.eventTypes), m_anyType(scan.anyEventType)
    {
        QString columns = QStringLiteral("l.id");
        int next = 1;
        bool needsOwner = false;
        for (const QString& field : scan.fields) {
            FieldSource source;
            if (field.startsWith(QLatin1String("custom."))) {
                if (m_customColumn < 0) {
                    columns += QStringLiteral(", l.custom");
                    m_customColumn = next++;
                }
                source.kind = FieldSource::Kind::Custom;
                source.column = m_customColumn;
                source.key = field.mid(7);
            } else if (field == QLatin1String("stage")) {
                source.kind = FieldSource::Kind::Stage;
                m_stageSlot = int(m_sources.size());
            } else if (const QString column = columnOf(field); !column.isEmpty()) {
                columns += QStringLiteral(", ") + column;
                source.kind = FieldSource::Kind::Column;
                source.column = next++;
                needsOwner = needsOwner || field == QLatin1String("owner");
            }
            m_sources.push_back(source);
        }
        m_leadsSql =
            QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM leads l") +
            (needsOwner ? QStringLiteral(" LEFT JOIN users u ON u.id = l.owner_id") : QString()) +
            QStringLiteral(" WHERE l.id BETWEEN ? AND ? ORDER BY l.id");
    }

    void readRange(qint64 firstId, qint64 lastId, ScoringBatch& batch) override
    {
        batch.codeSpace = 0; // the facts carry no codes
        const size_t firstLead = batch.leads.size();
        QSqlQuery& leads = prepared(m_leadsQuery, m_leadsSql);
        leads.bindValue(0, firstId);
        leads.bindValue(1, lastId);
        pg::exec(leads, QStringLiteral("read leads for scoring"));
        while (leads.next())
            readLead(leads, batch);
        leads.finish();
        if (batch.leads.size() == firstLead)
            return;
        readScores(firstId, lastId, batch, firstLead);
        if (m_types.isEmpty() && !m_anyType)
            return;
        readEvents(firstId, lastId, batch, firstLead);
    }

    QStringList eventTypes() const override { return m_types; }

private:
    // A statement prepared on the server once for the reader's life, not once a range: a
    // rescore reads a million leads in hundreds of ranges.
    QSqlQuery& prepared(std::optional<QSqlQuery>& slot, const QString& sql)
    {
        if (!slot)
            slot = pg::prepare(m_db, sql);
        return *slot;
    }

    void readLead(const QSqlQuery& row, ScoringBatch& batch)
    {
        ScoringLead lead;
        lead.id = row.value(0).toLongLong();
        lead.factBegin = batch.facts.size();
        QJsonObject custom;
        if (m_customColumn >= 0 && !row.isNull(m_customColumn))
            custom =
                QJsonDocument::fromJson(row.value(m_customColumn).toString().toUtf8()).object();
        for (const FieldSource& source : m_sources) {
            scoring::FactValue fact;
            if (source.kind == FieldSource::Kind::Column && !row.isNull(source.column)) {
                const QVariant value = row.value(source.column);
                switch (value.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Double:
                    fact.isNumber = true;
                    fact.number = value.toDouble();
                    break;
                default:
                    fact.text = value.toString();
                }
            } else if (source.kind == FieldSource::Kind::Custom) {
                fact.text = custom.value(source.key).toString();
            }
            batch.facts.push_back(std::move(fact));
        }
        batch.leads.push_back(std::move(lead));
    }

    // The lead with `id` among the batch's (in id order) from `cursor` on, or nullptr.
    static ScoringLead* matchLead(ScoringBatch& batch, size_t& cursor, qint64 id)
    {
        while (cursor < batch.leads.size() && batch.leads[cursor].id < id)
            ++cursor;
        if (cursor == batch.leads.size() || batch.leads[cursor].id != id)
            return nullptr;
        return &batch.leads[cursor];
    }

    void readScores(qint64 firstId, qint64 lastId, ScoringBatch& batch, size_t firstLead)
    {
        QSqlQuery& scores = prepared(
            m_scoresQuery,
            QStringLiteral("SELECT lead_id, score, fit, behavior, grade, model_id, stage "
                           "FROM lead_scores WHERE lead_id BETWEEN ? AND ? ORDER BY lead_id"));
        scores.bindValue(0, firstId);
        scores.bindValue(1, lastId);
        pg::exec(scores, QStringLiteral("read scores for scoring"));
        size_t cursor = firstLead;
        while (scores.next()) {
            ScoringLead* target = matchLead(batch, cursor, scores.value(0).toLongLong());
            if (!target)
                continue;
            target->total = scores.value(1).toInt();
            target->fit = scores.value(2).toInt();
            target->behavior = scores.value(3).toInt();
            target->grade = scores.value(4).toString();
            target->modelId = scores.value(5).toLongLong();
            target->stage = pg::stageOf(scores, 6);
            if (m_stageSlot >= 0)
                batch.facts[target->factBegin + size_t(m_stageSlot)].text =
                    stageName(target->stage);
        }
        scores.finish();
    }

    void readEvents(qint64 firstId, qint64 lastId, ScoringBatch& batch, size_t firstLead)
    {
        QSqlQuery& events =
            prepared(m_eventsQuery,
                     QStringLiteral("SELECT lead_id, type, occurred_at FROM events WHERE lead_id "
                                    "BETWEEN ? AND ? AND occurred_at BETWEEN ? AND ? ") +
                         (m_anyType ? QString() : QStringLiteral("AND type = ANY(?::text[]) ")) +
                         QStringLiteral("ORDER BY lead_id, occurred_at"));
        events.bindValue(0, firstId);
        events.bindValue(1, lastId);
        events.bindValue(2, m_eventsFrom);
        events.bindValue(3, m_eventsTo);
        if (!m_anyType)
            events.bindValue(4, pg::textArray(m_types)); // the scan's types: they never grow
        pg::exec(events, QStringLiteral("read events for scoring"));
        size_t cursor = firstLead;
        ScoringLead* current = nullptr;
        while (events.next()) {
            const qint64 leadId = events.value(0).toLongLong();
            if (!current || current->id != leadId) {
                if (current)
                    current->eventEnd = batch.events.size();
                current = matchLead(batch, cursor, leadId);
                if (!current)
                    continue;
                current->eventBegin = batch.events.size();
            }
            const int type = typeIndex(events.value(1).toString());
            if (type >= 0)
                batch.events.push_back({type, events.value(2).toLongLong()});
        }
        events.finish();
        if (current)
            current->eventEnd = batch.events.size();
        // A lead without events keeps its empty range [0, 0).
    }

    // The index in m_types (what EventFact::type holds) of a type; with anyEventType a type met
    // for the first time is added.
    int typeIndex(const QString& type)
    {
        const qsizetype index = m_types.indexOf(type);
        if (index >= 0)
            return int(index);
        if (!m_anyType)
            return -1;
        m_types << type;
        return int(m_types.size() - 1);
    }

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_leadsQuery;
    std::optional<QSqlQuery> m_scoresQuery;
    std::optional<QSqlQuery> m_eventsQuery;
    qint64 m_eventsFrom;
    qint64 m_eventsTo;
    QStringList m_types;
    bool m_anyType;
    QString m_leadsSql;
    std::vector<FieldSource> m_sources;
    int m_customColumn = -1;
    int m_stageSlot = -1; // the fact filled from lead_scores, when the scan asks for the stage
};

} // namespace

std::unique_ptr<ScoringReader> makePgScoringReader(const QSqlDatabase& db, const ScoringScan& scan)
{
    return std::make_unique<PgScoringReader>(db, scan);
}

} // namespace lb
