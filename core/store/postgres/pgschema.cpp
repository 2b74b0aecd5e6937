// The team workspace's schema. It describes the same data as the local workspace's SQLite schema
// (store/sqlite/sqliteschema.cpp) at the same version: the same tables, columns in the same order,
// NOT NULLs, defaults, checks, keys, foreign keys and indexes, so that the shared code and the copy
// between the two backends need no conversion. A test compares the two schemas; a change to one
// is a migration of both.
//
// How SQLite's terms are written here:
// - INTEGER PRIMARY KEY (a rowid) is an identity column, BY DEFAULT so that a copy from a local
//   workspace keeps its ids (the copy then moves each identity past its largest id with setval).
//   A key that is another table's id (lead_scores, event_digests) is a plain bigint key.
// - INTEGER is bigint, REAL double precision, TEXT text, BLOB bytea. Times stay ISO 8601 UTC
//   text, as SQLite keeps them; event times stay integer milliseconds, and lead_scores'
//   stage_changed_at integer Unix seconds (see sqliteschema.cpp for why).
// - WITHOUT ROWID tables are ordinary tables with the same primary key.
// - COLLATE NOCASE (of users.name and of three indexes) is an index on lower(column), and a
//   query compares or orders by lower(column) to use it. lower() folds every letter the
//   database's locale knows (Ä as well as A); NOCASE folds A-Z only. Text orders by the
//   database's collation; in a C.UTF-8 database that is SQLite's order (by code point).
// - The two triggers have the same effect as SQLite's (see each).
// - The full-text index leads_fts is a stored generated column of leads (see searchColumn()),
//   which an INSERT or UPDATE never names (a copy lists the columns of leads without it).
#include "store/postgres/pgschema.h"

namespace lb::pgschema {

namespace {

// The one row that tells a team workspace apart from any other database (pgschema.h).
QStringList workspaceIdentity()
{
    return {
        QStringLiteral(R"(CREATE TABLE leadbench_workspace(
            id integer PRIMARY KEY DEFAULT 1 CHECK(id = 1),
            application_id integer NOT NULL,
            schema_version integer NOT NULL,
            change_count bigint NOT NULL DEFAULT 0))"),
        QStringLiteral("INSERT INTO leadbench_workspace(application_id, schema_version) "
                       "VALUES(%1, %2)")
            .arg(applicationId)
            .arg(createdAtVersion),
    };
}

// The characters the search index takes for separators besides the ones PostgreSQL's parser
// separates words at anyway: all of ASCII's punctuation. SQLite's unicode61 tokenizer cuts the
// text into runs of letters and digits; PostgreSQL's parser keeps e-mail addresses, host names,
// URLs, paths, hyphenated words and decimals whole ("anna.virtanen@example.fi" would be one word
// that neither "anna" nor "example" finds). Turned into spaces first, the same runs remain.
constexpr char searchSeparators[] = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";

// The words of a lead that a search finds: first and last name, company, e-mail, title and
// notes, as SQLite's leads_fts indexes them. PostgreSQL keeps the column up to date with every
// write of the row (SQLite's store writes leads_fts itself). The 'simple' configuration lowercases
// and keeps every word (no stemming, no stop words, no removal of diacritics, as unicode61 with
// remove_diacritics 0); strip() drops the positions, as detail=none does, since searches are word
// prefixes ANDed together. A search is written with the words of the user's text cut as
// SqliteLeadRepository::ftsQuery() cuts them, each a prefix:
//     WHERE search @@ to_tsquery('simple', 'anna:* & virt:*')
// (the query text bound as a parameter; words of letters and digits only need no quoting).
// Letters outside ASCII are lowercased only in a database whose LC_CTYPE knows them (C.UTF-8 or
// a language's UTF-8 locale; in a "C" database "Äijö" is not found by "äijö", and lower() folds
// A-Z only), so a team workspace is created in such a database.
QString searchColumn()
{
    QStringList parts;
    for (const char* column : {"first_name", "last_name", "company", "email", "title", "notes"})
        parts << QStringLiteral("coalesce(%1, '')").arg(QLatin1String(column));
    QString separators = QString::fromLatin1(searchSeparators);
    const QString spaces(separators.size(), QLatin1Char(' '));
    // An E'' literal means the same whatever standard_conforming_strings says.
    separators.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    separators.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("search tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', "
                          "translate(%1, E'%2', '%3')))) STORED")
        .arg(parts.join(QStringLiteral(" || ' ' || ")), separators, spaces);
}

// The tables in an order that creates each one after those it refers to; the columns in the
// order SQLite has them (columns added by later versions last, where ALTER TABLE put them).
// Times are ISO 8601 UTC text ("2026-11-22T12:00:00Z"), which sorts as time, except event times
// (integer milliseconds) and lead_scores.stage_changed_at (integer Unix seconds). The version
// columns count a row's writes, for optimistic concurrency.
QStringList tables()
{
    return {
        QStringLiteral(R"(CREATE TABLE users(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            role text NOT NULL DEFAULT 'sdr' CHECK(role IN ('sdr','manager','admin')),
            created_at text NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings(
            key text PRIMARY KEY,
            value text NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE scoring_models(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            definition text NOT NULL,
            created_at text NOT NULL,
            author text NOT NULL,
            active bigint NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE accounts(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL,
            name_norm text NOT NULL,
            domain text,
            website text,
            industry text,
            country text,
            city text,
            employees bigint,
            annual_revenue double precision,
            created_at text NOT NULL,
            created_by text NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            owner_id bigint REFERENCES users(id)))"),
        QStringLiteral(R"(CREATE TABLE contacts(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES accounts(id),
            email text,
            first_name text,
            last_name text,
            phone text,
            title text,
            created_at text NOT NULL,
            created_by text NOT NULL,
            version bigint NOT NULL DEFAULT 1))"),
        // lead_id has no foreign key, as in SQLite (a deal outlives the lead it came from).
        QStringLiteral(R"(CREATE TABLE opportunities(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            account_id bigint NOT NULL REFERENCES accounts(id),
            contact_id bigint REFERENCES contacts(id),
            lead_id bigint,
            name text NOT NULL,
            amount double precision,
            currency text NOT NULL DEFAULT 'EUR',
            close_date text,
            stage text NOT NULL DEFAULT 'Prospecting'
                CHECK(stage IN ('Prospecting','Proposal','Negotiation','Won','Lost')),
            created_at text NOT NULL,
            updated_at text NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            owner_id bigint REFERENCES users(id),
            stage_changed_at text,
            lost_reason text NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE opportunity_history(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            opportunity_id bigint NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
            at text NOT NULL,
            from_stage text,
            to_stage text NOT NULL,
            amount double precision,
            by_user text NOT NULL,
            close_date text,
            reason text NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE leads(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            email text,
            first_name text,
            last_name text,
            phone text,
            title text,
            company text,
            company_norm text,
            website text,
            industry text,
            employees bigint,
            annual_revenue double precision,
            budget double precision,
            expected_close text,
            country text,
            city text,
            source text,
            owner_id bigint REFERENCES users(id),
            notes text,
            custom text,
            last_activity_at text,
            created_at text NOT NULL,
            updated_at text NOT NULL,
            updated_by text NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            converted_account_id bigint REFERENCES accounts(id),
            converted_contact_id bigint REFERENCES contacts(id),
            converted_opportunity_id bigint REFERENCES opportunities(id),
            )") +
            searchColumn() + QStringLiteral(")"),
        QStringLiteral(R"(CREATE TABLE stage_history(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at text NOT NULL,
            from_stage text,
            to_stage text NOT NULL,
            by_user text NOT NULL,
            reason text NOT NULL DEFAULT '',
            override bigint NOT NULL DEFAULT 0,
            score bigint))"),
        QStringLiteral(R"(CREATE TABLE lead_frameworks(
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            framework text NOT NULL,
            PRIMARY KEY(lead_id, framework)))"),
        // The current answer is the one not yet superseded; older ones are its history.
        QStringLiteral(R"(CREATE TABLE framework_answers(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            framework text NOT NULL,
            criterion text NOT NULL,
            status text NOT NULL CHECK(status IN ('unknown','partial','confirmed','disqualifying')),
            note text NOT NULL DEFAULT '',
            value text,
            by_user text NOT NULL,
            at text NOT NULL,
            superseded_at text))"),
        QStringLiteral(R"(CREATE TABLE notes(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint REFERENCES leads(id) ON DELETE CASCADE,
            contact_id bigint REFERENCES contacts(id),
            body text NOT NULL,
            at text NOT NULL,
            by_user text NOT NULL))"),
        // A lead's score, stage and a copy of its owner, one narrow row a lead (sqliteschema.cpp,
        // versions 3 and 4). scored_stage: the stage the score was made with when it is no longer
        // the lead's stage (NULL: the current one).
        QStringLiteral(R"(CREATE TABLE lead_scores(
            lead_id bigint PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            stage text NOT NULL DEFAULT 'New'
                CHECK(stage IN ('New','MQL','SAL','SQL','Converted','Nurture','Disqualified')),
            stage_changed_at bigint NOT NULL DEFAULT 0,
            owner_id bigint,
            score bigint NOT NULL DEFAULT 0,
            fit bigint NOT NULL DEFAULT 0,
            behavior bigint NOT NULL DEFAULT 0,
            grade text,
            model_id bigint,
            scored_at text,
            scored_stage text))"),
        QStringLiteral(R"(CREATE TABLE event_types(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            name text NOT NULL UNIQUE))"),
        // Each lead's events packed into one value (sqlite::EventDigests), in the same packing.
        QStringLiteral(R"(CREATE TABLE event_digests(
            lead_id bigint PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            events bytea NOT NULL))"),
        // Keyed by what makes an event the same event (idempotent imports: ON CONFLICT DO
        // NOTHING); occurred_at in milliseconds since the epoch.
        QStringLiteral(R"(CREATE TABLE events(
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            occurred_at bigint NOT NULL,
            type text NOT NULL,
            detail text NOT NULL DEFAULT '',
            PRIMARY KEY(lead_id, occurred_at, type, detail)))"),
        QStringLiteral(R"(CREATE TABLE owner_history(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at text NOT NULL,
            from_owner text,
            to_owner text,
            by_user text NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE touches(
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            lead_id bigint NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at text NOT NULL,
            type text NOT NULL CHECK(type IN ('call','email','meeting','note')),
            outcome text CHECK(outcome IN ('connected','voicemail','no-answer')),
            note text NOT NULL DEFAULT '',
            by_user text NOT NULL,
            logged_at text NOT NULL))"),
    };
}

// SQLite's indexes under their SQLite names (sqliteschema.cpp says what each one serves), and
// the ones SQLite makes of its own: the user name's UNIQUE COLLATE NOCASE, and the search index.
QStringList indexes()
{
    return {
        // users.name is UNIQUE COLLATE NOCASE in SQLite: names that differ in case only are one.
        QStringLiteral("CREATE UNIQUE INDEX users_name ON users(lower(name))"),
        QStringLiteral("CREATE INDEX notes_lead ON notes(lead_id, at)"),
        QStringLiteral("CREATE INDEX accounts_name_norm ON accounts(name_norm)"),
        QStringLiteral("CREATE INDEX accounts_domain ON accounts(domain)"),
        QStringLiteral("CREATE INDEX contacts_email ON contacts(email)"),
        QStringLiteral("CREATE INDEX contacts_account ON contacts(account_id)"),
        QStringLiteral("CREATE INDEX opportunity_history_opp ON "
                       "opportunity_history(opportunity_id, at)"),
        QStringLiteral("CREATE INDEX stage_history_lead ON stage_history(lead_id, at)"),
        QStringLiteral("CREATE INDEX framework_answers_lead ON "
                       "framework_answers(lead_id, framework, criterion, at)"),
        QStringLiteral("CREATE UNIQUE INDEX leads_email ON leads(email) WHERE email IS NOT NULL"),
        QStringLiteral("CREATE INDEX leads_company_norm ON leads(company_norm, last_name)"),
        QStringLiteral("CREATE INDEX leads_country ON leads(country)"),
        QStringLiteral("CREATE INDEX lead_scores_score ON lead_scores(score DESC, lead_id DESC, "
                       "stage, owner_id)"),
        QStringLiteral("CREATE INDEX lead_scores_stage ON lead_scores(stage)"),
        QStringLiteral("CREATE INDEX lead_scores_owner ON lead_scores(owner_id)"),
        QStringLiteral("CREATE INDEX opportunity_history_stage_at ON "
                       "opportunity_history(to_stage, at, opportunity_id)"),
        QStringLiteral("CREATE INDEX opportunities_lead ON opportunities(lead_id, stage)"),
        QStringLiteral("CREATE INDEX stage_history_lead_stage ON "
                       "stage_history(lead_id, to_stage, at)"),
        // SQLite's index on source COLLATE NOCASE holds the source itself (the sources list reads
        // it from there); the expression index holds lower(source), so it carries the source.
        QStringLiteral("CREATE INDEX leads_source ON leads(lower(source)) INCLUDE (source)"),
        QStringLiteral("CREATE INDEX leads_created ON leads(created_at, source)"),
        QStringLiteral("CREATE INDEX leads_id_source ON leads(id, lower(source)) INCLUDE (source)"),
        QStringLiteral("CREATE INDEX stage_history_stage_moves ON "
                       "stage_history(to_stage, at, lead_id, score, reason)"),
        QStringLiteral("CREATE INDEX leads_converted_account ON leads(converted_account_id) "
                       "WHERE converted_account_id IS NOT NULL"),
        // strpos, as SQLite's instr, is 0 without an '@': then the whole address.
        QStringLiteral(
            "CREATE INDEX leads_email_domain ON "
            "leads(lower(substr(email, strpos(email, '@') + 1))) WHERE email IS NOT NULL"),
        // Accounts listed by name: ORDER BY lower(name), id, and the keyset compares the same.
        QStringLiteral("CREATE INDEX accounts_name_order ON accounts(lower(name), id, domain)"),
        QStringLiteral("CREATE INDEX opportunities_account_stage ON "
                       "opportunities(account_id, stage, amount)"),
        QStringLiteral("CREATE INDEX opportunities_stage ON opportunities(stage)"),
        QStringLiteral("CREATE INDEX opportunities_owner ON opportunities(owner_id)"),
        QStringLiteral("CREATE INDEX opportunities_open_close ON opportunities(close_date) "
                       "WHERE stage IN ('Prospecting', 'Proposal', 'Negotiation')"),
        QStringLiteral("CREATE INDEX owner_history_lead ON owner_history(lead_id, at)"),
        QStringLiteral("CREATE INDEX touches_lead_at ON touches(lead_id, at)"),
        QStringLiteral("CREATE INDEX lead_scores_stage_changed ON "
                       "lead_scores(stage_changed_at, lead_id, stage, owner_id)"),
        QStringLiteral("CREATE INDEX lead_scores_stage_age ON "
                       "lead_scores(stage, stage_changed_at, lead_id)"),
        QStringLiteral("CREATE INDEX leads_last_activity ON leads(last_activity_at, id)"),
        QStringLiteral("CREATE INDEX opportunities_close ON opportunities(close_date)"),
        // SQLite's leads_fts.
        QStringLiteral("CREATE INDEX leads_search ON leads USING gin(search)"),
    };
}

// SQLite's two triggers, as functions and triggers with the same effect.
QStringList triggers()
{
    return {
        // The owner stays in leads (an edit of the lead changes it); its copy beside the score
        // serves "owner X, best score first". SQLite's IS NOT is IS DISTINCT FROM. The copy is
        // made at the end of the statement rather than after each row, which no statement of
        // the store can tell apart.
        QStringLiteral(R"(CREATE FUNCTION leads_owner_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE lead_scores SET owner_id = NEW.owner_id WHERE lead_id = NEW.id;
    RETURN NULL;
END
$$)"),
        QStringLiteral("CREATE TRIGGER leads_owner_copy AFTER UPDATE OF owner_id ON leads "
                       "FOR EACH ROW WHEN (NEW.owner_id IS DISTINCT FROM OLD.owner_id) "
                       "EXECUTE FUNCTION leads_owner_copy()"),
        // One rule for every path that moves a lead (a rescore's move to MQL, a move by hand, an
        // import): the score keeps the stage it was made with until it is made again. SQLite
        // updates the row again after the update; setting the value before the row is written
        // gives the same row (the condition reads the same NEW values: the statement's SET,
        // with no other trigger before it), with one write instead of two.
        QStringLiteral(
            R"(CREATE FUNCTION lead_scores_scored_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.scored_stage = OLD.stage;
    RETURN NEW;
END
$$)"),
        QStringLiteral("CREATE TRIGGER lead_scores_scored_stage BEFORE UPDATE OF stage ON "
                       "lead_scores FOR EACH ROW WHEN (NEW.stage IS DISTINCT FROM OLD.stage AND "
                       "NEW.scored_stage IS NULL) EXECUTE FUNCTION lead_scores_scored_stage()"),
    };
}

} // namespace

QStringList createStatements()
{
    return tables() + indexes() + triggers() + workspaceIdentity();
}

const QList<Migration>& migrations()
{
    static const QList<Migration> none;
    return none;
}

int currentVersion()
{
    return migrations().isEmpty() ? createdAtVersion : migrations().constLast().to;
}

} // namespace lb::pgschema
