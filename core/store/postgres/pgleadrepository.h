#pragma once

#include "store/repositories.h"

#include <QVariantList>

namespace lb {

class PgWorkspace;

// The leads of a team workspace: the same rows and rules as SqliteLeadRepository, in
// PostgreSQL's terms. Search is PostgreSQL's text search over the leads' search vector (see
// pgschema.cpp), users' names and sources compare without case as on SQLite, and the table's
// windows seek by key (score and id) where the order allows.
class PgLeadRepository final : public LeadRepository
{
public:
    explicit PgLeadRepository(PgWorkspace& workspace) : m_workspace(workspace) {}

    void insert(Lead& lead, const QString& actor) override;
    // As insert(), keeping the id the lead has when it has one (a generator's numbering, a
    // copy of another workspace): the bulk writer's path.
    void insertKeepingId(Lead& lead, const QString& actor);
    void update(Lead& lead, const QString& actor) override;
    std::optional<Lead> find(qint64 id) override;
    std::optional<Lead> findByEmail(const QString& email) override;
    std::optional<Lead> findByIdOrEmail(const QString& idOrEmail) override;
    qint64 count(const LeadFilter& filter) override;
    QMap<Stage, qint64> countByStage() override;
    QStringList distinctSources() override;
    QStringList distinctCountries() override;
    QList<LeadRow> rows(const LeadFilter& filter, const LeadSort& sort, qint64 offset, int limit,
                        const LeadRow* after = nullptr) override;
    QList<Lead> list(const LeadFilter& filter, const LeadSort& sort, int limit) override;

    // The text search query for what a user typed: every word a prefix, all required;
    // empty when the text holds no word.
    static QString textQuery(const QString& userText);

private:
    struct Where
    {
        QString sql; // " WHERE ..." or empty
        QVariantList values;
        bool readsLeads = false;  // a condition on the leads table (l.)
        bool readsScores = false; // a condition on lead_scores (s.)
    };
    Where whereFor(const LeadFilter& filter) const;
    std::optional<Lead> findOne(const QString& condition, const QVariant& value);
    void write(Lead& lead, const QString& actor, bool keepId);

    PgWorkspace& m_workspace;
};

} // namespace lb
