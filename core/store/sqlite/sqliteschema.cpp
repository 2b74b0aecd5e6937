#include "store/sqlite/sqliteschema.h"

namespace lb::schema {

namespace {

// Times are ISO 8601 UTC text ("2026-11-22T12:00:00Z"), which sorts as time, except event
// times: ten million of them are kept as integers for size and for the scorer's speed (Unix
// seconds here; milliseconds since version 7).
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE users(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            role TEXT NOT NULL DEFAULT 'sdr' CHECK(role IN ('sdr','manager','admin')),
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL)"
                       R"() WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE scoring_models(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            definition TEXT NOT NULL,
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE accounts(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_norm TEXT NOT NULL,
            domain TEXT,
            website TEXT,
            industry TEXT,
            country TEXT,
            city TEXT,
            employees INTEGER,
            annual_revenue REAL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE contacts(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            email TEXT,
            first_name TEXT,
            last_name TEXT,
            phone TEXT,
            title TEXT,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE opportunities(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            contact_id INTEGER REFERENCES contacts(id),
            lead_id INTEGER,
            name TEXT NOT NULL,
            amount REAL,
            currency TEXT NOT NULL DEFAULT 'EUR',
            close_date TEXT,
            stage TEXT NOT NULL DEFAULT 'Prospecting'
                CHECK(stage IN ('Prospecting','Proposal','Negotiation','Won','Lost')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE opportunity_history(
            id INTEGER PRIMARY KEY,
            opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            amount REAL,
            by_user TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE leads(
            id INTEGER PRIMARY KEY,
            email TEXT,
            first_name TEXT,
            last_name TEXT,
            phone TEXT,
            title TEXT,
            company TEXT,
            company_norm TEXT,
            website TEXT,
            industry TEXT,
            employees INTEGER,
            annual_revenue REAL,
            budget REAL,
            expected_close TEXT,
            country TEXT,
            city TEXT,
            source TEXT,
            owner_id INTEGER REFERENCES users(id),
            notes TEXT,
            custom TEXT,
            stage TEXT NOT NULL DEFAULT 'New'
                CHECK(stage IN ('New','MQL','SAL','SQL','Converted','Nurture','Disqualified')),
            stage_changed_at TEXT NOT NULL,
            score INTEGER NOT NULL DEFAULT 0,
            score_fit INTEGER NOT NULL DEFAULT 0,
            score_behavior INTEGER NOT NULL DEFAULT 0,
            grade TEXT,
            score_model_id INTEGER,
            scored_at TEXT,
            last_activity_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            converted_account_id INTEGER REFERENCES accounts(id),
            converted_contact_id INTEGER REFERENCES contacts(id),
            converted_opportunity_id INTEGER REFERENCES opportunities(id)))"),
        // Keyed by what makes an event the same event: the table is its own index, serving
        // the scorer (a lead's events in time order) and idempotent imports (INSERT OR IGNORE).
        QStringLiteral(R"(CREATE TABLE events(
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            occurred_at INTEGER NOT NULL,
            type TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(lead_id, occurred_at, type, detail)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE stage_history(
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            from_stage TEXT,
            to_stage TEXT NOT NULL,
            by_user TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            override INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE lead_frameworks(
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            framework TEXT NOT NULL,
            PRIMARY KEY(lead_id, framework)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE framework_answers(
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            framework TEXT NOT NULL,
            criterion TEXT NOT NULL,
            status TEXT NOT NULL CHECK(status IN ('unknown','partial','confirmed','disqualifying')),
            note TEXT NOT NULL DEFAULT '',
            value TEXT,
            by_user TEXT NOT NULL,
            at TEXT NOT NULL,
            superseded_at TEXT))"),
        // The current answer is the one not yet superseded; older ones are its history.
        QStringLiteral(R"(CREATE TABLE notes(
            id INTEGER PRIMARY KEY,
            lead_id INTEGER REFERENCES leads(id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts(id),
            body TEXT NOT NULL,
            at TEXT NOT NULL,
            by_user TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX notes_lead ON notes(lead_id, at)"),
        QStringLiteral("CREATE INDEX accounts_name_norm ON accounts(name_norm)"),
        QStringLiteral("CREATE INDEX accounts_domain ON accounts(domain)"),
        QStringLiteral("CREATE INDEX contacts_email ON contacts(email)"),
        QStringLiteral("CREATE INDEX contacts_account ON contacts(account_id)"),
        QStringLiteral("CREATE INDEX opportunities_account ON opportunities(account_id)"),
        QStringLiteral("CREATE INDEX opportunity_history_opp ON "
                       "opportunity_history(opportunity_id, at)"),
        // Full-text search over the lead's words; kept by the store's write paths, not by
        // triggers, because triggers make bulk loads ten times slower. detail=none: searches
        // are word prefixes ANDed together, which need no positions, and the index builds in
        // half the time.
        QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5(first_name, last_name, company, "
                       "email, title, notes, content='leads', content_rowid='id', detail=none, "
                       "tokenize='unicode61 remove_diacritics 0')"),
    };
}

} // namespace

namespace {

// The lead indexes as version 1 created them (kept as they were: a migration never changes).
QStringList version1LeadIndexes()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS stage_history_lead ON stage_history(lead_id, "
                       "at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS framework_answers_lead ON "
                       "framework_answers(lead_id, framework, criterion, at)"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS leads_email ON leads(email) WHERE "
                       "email IS NOT NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_score ON leads(score DESC, id DESC)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_stage_score ON leads(stage, score DESC, "
                       "id DESC)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_owner_score ON leads(owner_id, score "
                       "DESC, id DESC)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_company_norm ON leads(company_norm, "
                       "last_name)"),
    };
}

// Version 2: the country filter counts its leads in an index of ten bytes a lead instead of
// reading every row (200-300 ms at a million leads).
QStringList version2()
{
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS leads_country ON leads(country)")};
}

// The order by score, with the stage and the owner copy in it that let a stage or owner filter
// test its entries without reading rows (the stage is kept in lead_scores since version 4). It is
// the only index a full rescore rebuilds: stage and owner have indexes of their own that a new
// score leaves alone. A rescore of every lead rewrites these narrow rows (about 40 bytes) instead
// of the wide lead rows (about 300 bytes).
QStringList leadScoreIndexes()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_scores_score ON lead_scores(score DESC, "
                       "lead_id DESC, stage, owner_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_scores_stage ON lead_scores(stage)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_scores_owner ON lead_scores(owner_id)"),
    };
}

// Version 3: scores move out of the leads table into lead_scores, one row per lead. The stage
// and owner are copied there by a trigger so that "stage X, best score first" is one walk of
// the score index; the leads table keeps the real values.
QStringList version3()
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE lead_scores(
            lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            stage TEXT NOT NULL DEFAULT 'New',
            owner_id INTEGER,
            score INTEGER NOT NULL DEFAULT 0,
            fit INTEGER NOT NULL DEFAULT 0,
            behavior INTEGER NOT NULL DEFAULT 0,
            grade TEXT,
            model_id INTEGER,
            scored_at TEXT))"),
        QStringLiteral("INSERT INTO lead_scores(lead_id, stage, owner_id, score, fit, behavior, "
                       "grade, model_id, scored_at) SELECT id, stage, owner_id, score, score_fit, "
                       "score_behavior, grade, score_model_id, scored_at FROM leads ORDER BY id"),
        QStringLiteral("DROP INDEX IF EXISTS leads_score"),
        QStringLiteral("DROP INDEX IF EXISTS leads_stage_score"),
        QStringLiteral("DROP INDEX IF EXISTS leads_owner_score"),
    };
    for (const char* column :
         {"score", "score_fit", "score_behavior", "grade", "score_model_id", "scored_at"})
        statements << QStringLiteral("ALTER TABLE leads DROP COLUMN %1").arg(QLatin1String(column));
    // leads_stage_score of version 1 served counts by stage too; lead_scores_stage does now.
    statements << leadScoreIndexes();
    statements << QStringLiteral(
        "CREATE TRIGGER leads_order_copy AFTER UPDATE OF stage, owner_id ON leads "
        "WHEN new.stage IS NOT old.stage OR new.owner_id IS NOT old.owner_id BEGIN "
        "UPDATE lead_scores SET stage = new.stage, owner_id = new.owner_id "
        "WHERE lead_id = new.id; END");
    return statements;
}

// Version 4: the stage and the time it was reached move from leads to lead_scores, which
// becomes the one place a stage is kept. A rescore that moves leads to MQL then changes only the
// narrow rows it writes anyway: in the wide leads rows, 45,000 moves of a million-lead rescore
// dirtied as many pages and cost 1.3 s of its 6-7 s. The time is kept as Unix seconds, as event
// times are, because every full rescore rewrites these rows (ISO text would make them half as
// long again).
QStringList version4()
{
    QStringList statements = {
        QStringLiteral("DROP TRIGGER IF EXISTS leads_order_copy"),
        QStringLiteral(R"(CREATE TABLE lead_scores_v4(
            lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            stage TEXT NOT NULL DEFAULT 'New'
                CHECK(stage IN ('New','MQL','SAL','SQL','Converted','Nurture','Disqualified')),
            stage_changed_at INTEGER NOT NULL DEFAULT 0,
            owner_id INTEGER,
            score INTEGER NOT NULL DEFAULT 0,
            fit INTEGER NOT NULL DEFAULT 0,
            behavior INTEGER NOT NULL DEFAULT 0,
            grade TEXT,
            model_id INTEGER,
            scored_at TEXT))"),
        QStringLiteral("INSERT INTO lead_scores_v4(lead_id, stage, stage_changed_at, owner_id, "
                       "score, fit, behavior, grade, model_id, scored_at) SELECT s.lead_id, "
                       "l.stage, coalesce(unixepoch(l.stage_changed_at), 0), s.owner_id, "
                       "s.score, s.fit, s.behavior, s.grade, s.model_id, s.scored_at FROM "
                       "lead_scores s JOIN leads l ON l.id = s.lead_id ORDER BY s.lead_id"),
        QStringLiteral("DROP TABLE lead_scores"),
        QStringLiteral("ALTER TABLE lead_scores_v4 RENAME TO lead_scores"),
        QStringLiteral("ALTER TABLE leads DROP COLUMN stage"),
        QStringLiteral("ALTER TABLE leads DROP COLUMN stage_changed_at"),
    };
    statements << leadScoreIndexes();
    // The owner stays in leads (an edit of the lead changes it); its copy beside the score
    // serves "owner X, best score first".
    statements << QStringLiteral(
        "CREATE TRIGGER leads_owner_copy AFTER UPDATE OF owner_id ON leads "
        "WHEN new.owner_id IS NOT old.owner_id BEGIN "
        "UPDATE lead_scores SET owner_id = new.owner_id WHERE lead_id = new.id; END");
    return statements;
}

// Version 5: the search index keeps no word counts per lead (columnsize=0). Only ranking
// functions (bm25) read them, and Leadbench's searches filter, they do not rank. Without them a
// rebuild at a million leads takes a quarter less time (3.0 s instead of 4.0 s in the sqlite3
// CLI), and every lead written keeps one row fewer up to date.
QStringList version5()
{
    return {
        QStringLiteral("DROP TABLE leads_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5(first_name, last_name, company, "
                       "email, title, notes, content='leads', content_rowid='id', detail=none, "
                       "columnsize=0, tokenize='unicode61 remove_diacritics 0')"),
        // Terms gathered 16 MiB at a time, which rebuilds a million leads' index in two thirds
        // of the time (bulk loads now build it aside: sqlite::SearchIndexBuilder).
        QStringLiteral("INSERT INTO leads_fts(leads_fts, rank) VALUES('hashsize', 16777216)"),
        QStringLiteral("INSERT INTO leads_fts(leads_fts) VALUES('rebuild')"),
    };
}

// Version 6: each lead's events packed into one row (sqlite::EventDigests), which the full
// rescore reads instead of the events themselves. At a million leads with ten million events,
// stepping through the event rows took half of the scoring threads' time; reading the packed
// rows takes a tenth of that. Event types get numbers of their own for the packing.
QStringList version6()
{
    return {
        QStringLiteral(R"(CREATE TABLE event_types(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE event_digests(
            lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
            events BLOB NOT NULL))"),
    };
}

// Version 7: the stage a lead's stored score was computed with, when it is no longer the lead's
// stage (NULL: the current one). A score is explained as it was made (docs/spec/scoring-model.md,
// Explanation): a rescore's own move to MQL, or a later move by hand, must not change the rules
// the explanation lists. Every rescore also records its moment on each lead it visits.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE lead_scores ADD COLUMN scored_stage TEXT"),
        // One rule for every path that moves a lead (a rescore's move to MQL, a move by hand,
        // an import): the score keeps the stage it was made with until it is made again.
        QStringLiteral(
            "CREATE TRIGGER lead_scores_scored_stage AFTER UPDATE OF stage ON lead_scores "
            "WHEN new.stage IS NOT old.stage AND new.scored_stage IS NULL BEGIN "
            "UPDATE lead_scores SET scored_stage = old.stage WHERE lead_id = new.lead_id; END"),
    };
}

// Version 8: event times in milliseconds instead of seconds (issue 17): a file's 12:00:00.600
// is no longer 12:00:00, which counted it as of 12:00:00 and merged two events half a second
// apart into one. The table is copied rather than updated in place: multiplying the key
// column row by row could meet a not yet converted row's key (an event at 1 s and one at
// 1000 s). The copy goes in key order, so it appends to the new table's b-tree. The digests
// hold the new times in a new packing (sqlite::EventDigestPacker) and are rebuilt.
QStringList version8()
{
    return {
        QStringLiteral(R"(CREATE TABLE events_v8(
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            occurred_at INTEGER NOT NULL,
            type TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(lead_id, occurred_at, type, detail)) WITHOUT ROWID)"),
        QStringLiteral("INSERT INTO events_v8(lead_id, occurred_at, type, detail) SELECT "
                       "lead_id, occurred_at * 1000, type, detail FROM events ORDER BY lead_id, "
                       "occurred_at, type, detail"),
        QStringLiteral("DROP TABLE events"),
        QStringLiteral("ALTER TABLE events_v8 RENAME TO events"),
    };
}

// The indexes of version 9 that bulk loads drop and build again with the other lead indexes.
QStringList version9LeadIndexes()
{
    return {
        // Funnel, inflow, reasons, velocity: moves into a stage in a period, counted by lead
        // without reading the history rows.
        QStringLiteral("CREATE INDEX IF NOT EXISTS stage_history_stage_at ON "
                       "stage_history(to_stage, at, lead_id)"),
        // A lead's latest move into a stage before a moment, read from the index alone
        // (velocity, response times, calibration's "reached SQL").
        QStringLiteral("CREATE INDEX IF NOT EXISTS stage_history_lead_stage ON "
                       "stage_history(lead_id, to_stage, at)"),
        // The source filter and the sources report (compared as LeadFilter::source compares).
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_source ON leads(source COLLATE NOCASE)"),
        // Leads created in a period, by source, for the sources report.
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_created ON leads(created_at, source)"),
        // A lead's source by id without reading its wide row: the sources report looks up the
        // source of every move it counts (400,000 for a year at a million leads).
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_id_source ON leads(id, source COLLATE "
                       "NOCASE)"),
    };
}

// Version 9: the reports of issue 19. A move records the lead's score at that moment (the
// calibration report bands leads by their score when they became MQL; older moves have none
// and are banded by the current score). Deals won or lost in a period and the deal of a lead
// are found by index.
QStringList version9()
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE stage_history ADD COLUMN score INTEGER"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunity_history_stage_at ON "
                       "opportunity_history(to_stage, at, opportunity_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_lead ON opportunities(lead_id, "
                       "stage)"),
    };
    return statements + version9LeadIndexes();
}

// The index of version 10 that bulk loads drop and build again with the other lead indexes.
QStringList version10LeadIndexes()
{
    // Moves into a stage in a period with the score and reason they recorded: the reasons and
    // calibration reports read them from the index, not from a history row a move (a year's
    // 400,000 moves to MQL cost 1.5 s of look-ups at a million leads).
    return {QStringLiteral("CREATE INDEX IF NOT EXISTS stage_history_stage_moves ON "
                           "stage_history(to_stage, at, lead_id, score, reason)")};
}

// Version 10: version 9's index of moves by stage and time covers their score and reason too.
QStringList version10()
{
    return QStringList{QStringLiteral("DROP INDEX IF EXISTS stage_history_stage_at")} +
           version10LeadIndexes();
}

// Version 9's lead indexes that version 10 did not replace.
QStringList currentVersion9LeadIndexes()
{
    QStringList indexes;
    for (const QString& create : version9LeadIndexes()) {
        if (!create.contains(QLatin1String("stage_history_stage_at")))
            indexes << create;
    }
    return indexes;
}

// The lead indexes of version 11 that bulk loads drop and build again with the others: the
// buying committee of an account (issue 20) is the leads converted into it and the leads of its
// company or e-mail domain, each found by index.
QStringList version11LeadIndexes()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_converted_account ON "
                       "leads(converted_account_id) WHERE converted_account_id IS NOT NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS leads_email_domain ON "
            "leads(lower(substr(email, instr(email, '@') + 1))) WHERE email IS NOT NULL"),
    };
}

// Version 11: accounts and opportunities as lists (issue 20). Both get an owner (the lead's,
// at conversion); an opportunity keeps when its stage last changed (age in stage) and why it
// was lost; its history records close dates and reasons too. Accounts are listed by name,
// opportunities newest first, each page after the last row of the one before (keyset), so the
// indexes below serve every page of every filter. Open opportunities by close date serve
// "closing before" and "overdue".
QStringList version11()
{
    QStringList statements = {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN owner_id INTEGER REFERENCES users(id)"),
        QStringLiteral(
            "ALTER TABLE opportunities ADD COLUMN owner_id INTEGER REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE opportunities ADD COLUMN stage_changed_at TEXT"),
        QStringLiteral("ALTER TABLE opportunities ADD COLUMN lost_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE opportunity_history ADD COLUMN close_date TEXT"),
        QStringLiteral(
            "ALTER TABLE opportunity_history ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
    };
    statements << version11LeadIndexes();
    statements << QStringList{
        QStringLiteral("UPDATE opportunities SET owner_id = (SELECT owner_id FROM leads WHERE "
                       "leads.id = opportunities.lead_id), stage_changed_at = coalesce((SELECT "
                       "max(at) FROM opportunity_history h WHERE h.opportunity_id = "
                       "opportunities.id), created_at)"),
        QStringLiteral("UPDATE accounts SET owner_id = (SELECT owner_id FROM leads WHERE "
                       "converted_account_id = accounts.id ORDER BY id LIMIT 1)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS accounts_name_order ON accounts(name COLLATE "
                       "NOCASE, id, domain)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_account_stage ON "
                       "opportunities(account_id, stage, amount)"),
        QStringLiteral("DROP INDEX IF EXISTS opportunities_account"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_stage ON opportunities(stage)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_owner ON opportunities(owner_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS opportunities_open_close ON "
                       "opportunities(close_date) WHERE stage IN ('Prospecting', 'Proposal', "
                       "'Negotiation')"),
    };
    return statements;
}

// Version 12: the SDR's day (issue 21). Owner changes get a history of their own (a stage
// history line would count as a move in the reports), read with the stage history in the
// lead's History tab. Logged touches (calls, e-mails, meetings, notes) are kept apart from the
// imported marketing events: they are typed by a person, have an outcome and a text, and can
// be taken back. A lead's first touch is the earliest row of its touches (index range scan).
QStringList version12()
{
    return {
        QStringLiteral(R"(CREATE TABLE owner_history(
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            from_owner TEXT,
            to_owner TEXT,
            by_user TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX owner_history_lead ON owner_history(lead_id, at)"),
        QStringLiteral(R"(CREATE TABLE touches(
            id INTEGER PRIMARY KEY,
            lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            type TEXT NOT NULL CHECK(type IN ('call','email','meeting','note')),
            outcome TEXT CHECK(outcome IN ('connected','voicemail','no-answer')),
            note TEXT NOT NULL DEFAULT '',
            by_user TEXT NOT NULL,
            logged_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX touches_lead_at ON touches(lead_id, at)"),
    };
}

// The lead indexes of version 13 that bulk loads drop and build again with the others: the
// table sorts by days in stage and by last activity (issue 21) by walking them, a page at a
// time, instead of sorting a million rows per page. The stage and owner beside the time let
// the queue and owner filters test an entry without reading its row, as lead_scores_score does.
QStringList version13LeadIndexes()
{
    return {
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_scores_stage_changed ON "
                       "lead_scores(stage_changed_at, lead_id, stage, owner_id)"),
        // A queue (one stage) by days in stage: the stage index alone would sort the whole
        // stage per page (the New queue holds most of a million leads).
        QStringLiteral("CREATE INDEX IF NOT EXISTS lead_scores_stage_age ON "
                       "lead_scores(stage, stage_changed_at, lead_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS leads_last_activity ON "
                       "leads(last_activity_at, id)"),
    };
}

// Version 13: the aging columns of the lead table sort (issue 21).
QStringList version13()
{
    return version13LeadIndexes();
}

// Version 14: deals by expected close date in any stage, for "closing before" (issue 20). Walking
// the deals newest first read every one of them when few or none close before the day (1.9 s
// at 300,000 deals); the store now reads those few from this index (sqlitecrmlists.cpp).
QStringList version14()
{
    return {QStringLiteral(
        "CREATE INDEX IF NOT EXISTS opportunities_close ON opportunities(close_date)")};
}

// Version 1's lead indexes that version 3 did not drop.
QStringList currentVersion1LeadIndexes()
{
    QStringList indexes;
    for (const QString& create : version1LeadIndexes()) {
        if (!create.contains(QLatin1String("score DESC")))
            indexes << create;
    }
    return indexes;
}

} // namespace

QStringList leadIndexCreates()
{
    return currentVersion1LeadIndexes() + version2() + leadScoreIndexes() +
           currentVersion9LeadIndexes() + version10LeadIndexes() + version11LeadIndexes() +
           version13LeadIndexes();
}

QStringList leadIndexDrops()
{
    return {QStringLiteral("DROP INDEX IF EXISTS stage_history_lead"),
            QStringLiteral("DROP INDEX IF EXISTS framework_answers_lead"),
            QStringLiteral("DROP INDEX IF EXISTS leads_email"),
            QStringLiteral("DROP INDEX IF EXISTS leads_company_norm"),
            QStringLiteral("DROP INDEX IF EXISTS leads_country"),
            QStringLiteral("DROP INDEX IF EXISTS lead_scores_score"),
            QStringLiteral("DROP INDEX IF EXISTS lead_scores_stage"),
            QStringLiteral("DROP INDEX IF EXISTS lead_scores_owner"),
            QStringLiteral("DROP INDEX IF EXISTS stage_history_stage_at"),
            QStringLiteral("DROP INDEX IF EXISTS stage_history_stage_moves"),
            QStringLiteral("DROP INDEX IF EXISTS leads_source"),
            QStringLiteral("DROP INDEX IF EXISTS leads_created"),
            QStringLiteral("DROP INDEX IF EXISTS leads_id_source"),
            QStringLiteral("DROP INDEX IF EXISTS stage_history_lead_stage"),
            QStringLiteral("DROP INDEX IF EXISTS leads_converted_account"),
            QStringLiteral("DROP INDEX IF EXISTS leads_email_domain"),
            QStringLiteral("DROP INDEX IF EXISTS lead_scores_stage_changed"),
            QStringLiteral("DROP INDEX IF EXISTS lead_scores_stage_age"),
            QStringLiteral("DROP INDEX IF EXISTS leads_last_activity")};
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all = [] {
        QStringList v1 = version1();
        v1 += version1LeadIndexes();
        return QList<Migration>{{1, v1},           {2, version2()},       {3, version3()},
                                {4, version4()},   {5, version5()},       {6, version6(), true},
                                {7, version7()},   {8, version8(), true}, {9, version9()},
                                {10, version10()}, {11, version11()},     {12, version12()},
                                {13, version13()}, {14, version14()}};
    }();
    return all;
}

int currentVersion()
{
    return migrations().constLast().to;
}

int currentEventDigestsSince()
{
    int since = 0;
    for (const Migration& migration : migrations()) {
        if (migration.rebuildsEventDigests)
            since = migration.to;
    }
    return since;
}

} // namespace lb::schema
