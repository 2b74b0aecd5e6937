#include "demo/demogenerator.h"

#include "demo/demorandom.h"
#include "demo/demovocabulary.h"
#include "lifecycle/stagemachine.h"
#include "lifecycle/systemtext.h"
#include "scoring/modelservice.h"
#include "scoring/scorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <iterator>
#include <limits>
#include <mutex>
#include <thread>

namespace lb {

using namespace demo;

namespace {

constexpr qint64 day = 86400;

struct Company
{
    int country;
    QString name;
    QString domain;
    QString industry;
    QString city;
    qint64 employees;
    double revenue;
    qint64 accountId = 0;
};

// A stage path through the lifecycle, chosen by how engaged the lead is.
QList<Stage> pathFor(DemoRandom& random, double engagement)
{
    const double roll = random.unit() * (0.55 + engagement);
    if (roll < 0.40)
        return {Stage::New};
    if (roll < 0.52)
        return {Stage::New, Stage::Disqualified};
    if (roll < 0.70)
        return {Stage::New, Stage::MQL};
    if (roll < 0.78)
        return {Stage::New, Stage::MQL, Stage::Nurture};
    if (roll < 0.90)
        return {Stage::New, Stage::MQL, Stage::SAL};
    if (roll < 0.95)
        return {Stage::New, Stage::MQL, Stage::SAL, Stage::Disqualified};
    if (roll < 1.03)
        return {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL};
    if (roll < 1.08)
        return {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL, Stage::Nurture};
    return {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL, Stage::Converted};
}

const QStringList& eventTypes()
{
    static const QStringList types = {
        QStringLiteral("email_open"),       QStringLiteral("page_visit"),
        QStringLiteral("content_download"), QStringLiteral("blog_comment"),
        QStringLiteral("social_follow"),    QStringLiteral("event_registration"),
        QStringLiteral("trial_signup"),     QStringLiteral("contact_request"),
        QStringLiteral("unsubscribe"),      QStringLiteral("email_bounce")};
    return types;
}

QString eventType(DemoRandom& random, double engagement)
{
    // Cumulative weights per thousand; hot leads ask for trials and calls more often.
    const int roll = random.below(1000);
    const int hot = engagement > 0.75 ? 25 : 0;
    const int bounds[] = {330, 660,       740,           760,           800,
                          850, 870 + hot, 890 + 2 * hot, 905 + 2 * hot, 1000};
    for (int i = 0; i < 10; ++i) {
        if (roll < bounds[i])
            return eventTypes().at(i);
    }
    return eventTypes().constFirst();
}

QString eventDetail(DemoRandom& random, const QString& type)
{
    if (type == QLatin1String("page_visit") || type == QLatin1String("content_download"))
        return random.pick(contentPages());
    if (type == QLatin1String("email_open"))
        return QStringLiteral("Newsletter %1/2026").arg(random.between(1, 11));
    if (type == QLatin1String("event_registration"))
        return random.chance(0.5) ? QStringLiteral("Webinar: Pipeline hygiene")
                                  : QStringLiteral("Nordic Sales Summit");
    return {};
}

// Standard reason keys (stagereason.h), stored as keys: each reader reads their own language.
const char* const disqualifyReasons[] = {"no_budget",   "no_need",   "competitor",
                                         "student",     "duplicate", "invalid_contact_data",
                                         "unresponsive"};
const char* const nurtureReasons[] = {"bad_timing", "no_authority", "unresponsive"};

// One slice of the demo workspace, made by the generating thread and written by the thread
// that owns the connection. Rows carry their ids: the generator numbers them itself (the
// workspace is empty), so making and writing never wait for each other.
struct DemoBatch
{
    QList<Lead> leads;
    QList<Event> events;
    QList<StageChange> stageChanges;
    QList<Answer> answers;
    QList<Account> accounts;
    QList<Contact> contacts;
    QList<Opportunity> opportunities;
    QList<OpportunityStageChange> opportunityChanges;
    QList<QPair<qint64, ConversionLink>> links;

    void writeTo(BulkWriter& writer)
    {
        for (Lead& lead : leads)
            writer.addLead(lead, QStringLiteral("demo"));
        for (const Event& event : events)
            writer.addEvent(event);
        for (const StageChange& change : stageChanges)
            writer.addStageChange(change);
        for (const Answer& answer : answers)
            writer.addAnswer(answer);
        for (Account& account : accounts)
            writer.addAccount(account);
        for (Contact& contact : contacts)
            writer.addContact(contact);
        for (Opportunity& opportunity : opportunities)
            writer.addOpportunity(opportunity);
        for (const OpportunityStageChange& change : opportunityChanges)
            writer.addOpportunityStageChange(change);
        for (const auto& [leadId, link] : links)
            writer.linkConversion(leadId, link);
    }
};

// The active model, for scoring leads as they are made: no second pass over a million rows.
struct DemoScoring
{
    scoring::ScoringModel model;
    qint64 modelId = 0;
};

class Builder
{
public:
    Builder(const DemoOptions& options, const DemoScoring& scoring)
        : m_options(options), m_random(options.seed), m_scoring(scoring)
    {
    }

    // Called on the thread that makes the leads: a Scorer keeps per-thread caches.
    void startScoring() { m_scorer = std::make_unique<scoring::Scorer>(m_scoring.model); }

    void setBatch(DemoBatch* batch) { m_batch = batch; }

    void makeCompanies(qint64 leadCount)
    {
        const QList<CountryVocabulary>& all = countries();
        int totalWeight = 0;
        qint64 distinctNames = 0;
        for (const CountryVocabulary& country : all) {
            totalWeight += country.weight;
            distinctNames +=
                (country.companyStems.size() + country.lastNames.size()) * companyNouns().size();
        }
        // Several leads per company, as in a real pipeline; never more companies than there
        // are distinct names, so no "Kaleva Data 2 Oy".
        const qint64 count = std::clamp<qint64>(leadCount / 3, 20, distinctNames * 7 / 10);
        QSet<QString> names;
        m_companies.reserve(count);
        while (m_companies.size() < count) {
            int roll = m_random.below(totalWeight);
            int country = 0;
            while (roll >= all.at(country).weight)
                roll -= all.at(country++).weight;
            const CountryVocabulary& vocabulary = all.at(country);
            // One draw a statement: the operands of + are evaluated in an order each compiler
            // chooses, and clang and GCC chose differently (another demo from the same seed).
            const QString noun = m_random.pick(companyNouns());
            const QString stem = m_random.chance(0.7) ? m_random.pick(vocabulary.companyStems)
                                                      : m_random.pick(vocabulary.lastNames);
            const QString base = stem + QLatin1Char(' ') + noun;
            if (names.contains(base))
                continue;
            names.insert(base);
            Company company;
            company.country = country;
            company.name = base + QLatin1Char(' ') + m_random.pick(vocabulary.legalSuffixes);
            company.domain = asciiFold(base).replace(QLatin1Char(' '), QString()) +
                             QLatin1Char('.') + vocabulary.tld;
            company.industry = m_random.pick(industries());
            company.city = m_random.pick(vocabulary.cities);
            // Mostly small and mid-sized companies, a few large ones.
            company.employees = qint64(std::round(5 * std::pow(10.0, m_random.unit() * 3.6)));
            company.revenue =
                std::round(company.employees * (80000 + m_random.below(120000)) / 1000.0) * 1000.0;
            m_companies.append(company);
        }
    }

    void makeLead(qint64 index)
    {
        Company& company = m_companies[int(m_random.below(int(m_companies.size())))];
        const CountryVocabulary& home = countries().at(company.country);
        Lead lead;
        lead.firstName = m_random.pick(home.firstNames);
        lead.lastName = m_random.pick(home.lastNames);
        lead.company = company.name;
        lead.industry = company.industry;
        lead.country = home.code;
        lead.city = company.city;
        lead.employees = company.employees;
        if (m_random.chance(0.6))
            lead.annualRevenue = company.revenue;
        lead.website = QStringLiteral("https://www.") + company.domain;
        lead.source = m_random.pick(sources());
        lead.phone = QStringLiteral("+%1 %2 %3")
                         .arg(phonePrefix(home.code))
                         .arg(m_random.between(40, 70))
                         .arg(m_random.between(1000000, 9999999));

        const double roleRoll = m_random.unit();
        const bool student = roleRoll < 0.02;
        lead.title = student           ? QStringLiteral("Student")
                     : roleRoll < 0.38 ? m_random.pick(decisionTitles())
                                       : m_random.pick(otherTitles());
        lead.email = emailFor(lead, company, student);
        if (m_random.chance(0.45))
            lead.budget = double(m_random.between(5, 250) * 1000);
        const QDate today = m_options.now.date();
        if (m_random.chance(0.35))
            lead.expectedClose = today.addDays(m_random.between(7, 240));
        if (m_random.chance(0.08))
            lead.notes = m_random.chance(0.5)
                             ? QStringLiteral("Met at Nordic Sales Summit; asked for a demo.")
                             : QStringLiteral("Referred by an existing customer.");

        const double engagement = std::pow(m_random.unit(), 1.6);
        const qint64 nowSecs = m_options.now.toSecsSinceEpoch();
        // Created some time in the last ten months, before any of its activity.
        const qint64 daysAgo = m_random.between(1, 300); // (one draw a statement: see above)
        const qint64 secondsIntoDay = m_random.below(int(day));
        const qint64 created = nowSecs - daysAgo * day - secondsIntoDay;
        QList<qint64> times;
        const int eventCount = int(engagement * 11);
        for (int i = 0; i < eventCount; ++i) {
            const qint64 age = qint64(m_random.unit() * 200 * day);
            times << std::max(created + 60, nowSecs - age);
        }
        std::sort(times.begin(), times.end());
        for (qsizetype i = 1; i < times.size(); ++i)
            times[i] = std::max(times[i], times[i - 1] + 1); // unique per lead
        lead.createdAt = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
        if (!times.isEmpty())
            lead.lastActivityAt = QDateTime::fromSecsSinceEpoch(times.constLast(), Qt::UTC);

        // The stage path and its times.
        QList<Stage> path = pathFor(m_random, engagement);
        QList<qint64> stageTimes{created};
        for (qsizetype i = 1; i < path.size(); ++i) {
            const qint64 next = stageTimes.constLast() + m_random.between(1, 20) * day;
            if (next >= nowSecs) {
                // A move that would come after today has not happened yet: the lead is still
                // where it is. (Put at "now" instead, the young leads' moves made a spike on
                // the last day of every inflow chart.)
                path.resize(i);
                break;
            }
            stageTimes << next;
        }
        lead.stage = path.constLast();
        lead.stageChangedAt = QDateTime::fromSecsSinceEpoch(stageTimes.constLast(), Qt::UTC);
        const bool worked = path.contains(Stage::SAL);
        const QString sdr = worked ? sdrNames().at(int(index % sdrNames().size())) : QString();
        lead.owner = sdr;
        lead.updatedAt = lead.stageChangedAt;
        lead.id = index + 1;
        m_batch->leads.append(lead);
        ++m_summary.leads;

        QList<Event> events;
        events.reserve(times.size());
        for (qint64 time : times) {
            Event event;
            event.leadId = lead.id;
            event.type = eventType(m_random, engagement);
            event.occurredAtMs = time * msPerSecond; // whole seconds
            event.detail = eventDetail(m_random, event.type);
            events.append(event);
        }
        m_batch->events += events;
        m_summary.events += events.size();
        const qsizetype firstChange = m_batch->stageChanges.size();
        writeHistory(lead, path, stageTimes, sdr);
        score(m_batch->leads.last(), events);
        // The moves to MQL carry the score that made them (the calibration report reads it):
        // the lead's score at that moment, from the activity before it.
        for (qsizetype i = firstChange; i < m_batch->stageChanges.size(); ++i) {
            StageChange& change = m_batch->stageChanges[i];
            if (change.to == Stage::MQL)
                change.score = scoreAt(m_batch->leads.last(), events, change.at);
        }
        if (worked)
            writeAnswers(lead, path, stageTimes, sdr);
        if (lead.stage == Stage::Converted)
            convert(lead, company, stageTimes.constLast(), sdr);
    }

    DemoSummary summary() const { return m_summary; }

private:
    // Scores the lead as the rescorer would (docs/spec/scoring-model.md), promoting a New lead
    // that reaches the threshold to MQL with the same history line.
    void score(Lead& lead, const QList<Event>& events)
    {
        if (!m_scorer)
            return;
        const scoring::ScoreResult result = m_scorer->score(lead, events, m_options.now);
        lead.score.total = result.total;
        lead.score.fit = result.fit;
        lead.score.behavior = result.behavior;
        lead.score.grade = result.grade;
        lead.score.modelId = m_scoring.modelId;
        lead.score.scoredAt = m_options.now;
        if (!m_scorer->promotes(lead.stage, result.total))
            return;
        // Promoted when the behaviour that lifted it over the threshold happened, its latest
        // activity, as a rescore after each import would have done; all at "now" made a day
        // with a fifth of a year's MQLs in the inflow chart.
        const QDateTime promotedAt =
            lead.lastActivityAt.isValid() && lead.lastActivityAt > lead.stageChangedAt
                ? std::min(lead.lastActivityAt, m_options.now)
                : m_options.now;
        StageChange change;
        change.leadId = lead.id;
        change.at = promotedAt;
        change.from = lead.stage;
        change.to = StageMachine::scorePromotionTo;
        change.by = m_scoring.model.name;
        change.reason =
            StageMachine::scorePromotionReason(result.total, m_scoring.model.mqlThreshold);
        m_batch->stageChanges.append(change);
        ++m_summary.stageChanges;
        lead.score.scoredStage = lead.stage; // the stage the score was made in
        lead.stage = StageMachine::scorePromotionTo;
        lead.stageChangedAt = promotedAt;
        lead.updatedAt = promotedAt;
        lead.updatedBy = change.by;
    }

    // The score the lead had at `at`, from its events until then; the current one where the
    // demo does not score.
    int scoreAt(const Lead& lead, const QList<Event>& events, const QDateTime& at) const
    {
        if (!m_scorer)
            return lead.score.total;
        QList<Event> before;
        for (const Event& event : events) {
            if (event.occurredAtMs <= at.toMSecsSinceEpoch())
                before.append(event);
        }
        return m_scorer->score(lead, before, at).total;
    }

    static QString phonePrefix(const QString& country)
    {
        static const QHash<QString, QString> prefixes = {
            {QStringLiteral("FI"), QStringLiteral("358")},
            {QStringLiteral("SE"), QStringLiteral("46")},
            {QStringLiteral("NO"), QStringLiteral("47")},
            {QStringLiteral("DK"), QStringLiteral("45")},
            {QStringLiteral("EE"), QStringLiteral("372")},
            {QStringLiteral("DE"), QStringLiteral("49")}};
        return prefixes.value(country);
    }

    QString emailFor(const Lead& lead, const Company& company, bool student)
    {
        const QString local =
            asciiFold(lead.firstName) + QLatin1Char('.') + asciiFold(lead.lastName);
        QString domain = company.domain;
        const double roll = m_random.unit();
        if (student)
            domain = QStringLiteral("student.") + (lead.country == QLatin1String("SE")
                                                       ? QStringLiteral("kth.se")
                                                       : QStringLiteral("aalto.fi"));
        else if (roll < 0.09)
            domain = m_random.pick(freeMailDomains());
        else if (roll < 0.10)
            domain = QStringLiteral("rival.example");
        QString email = local + QLatin1Char('@') + domain;
        for (int n = 2; m_emails.contains(qHash(email, 7)); ++n)
            email = local + QString::number(n) + QLatin1Char('@') + domain;
        m_emails.insert(qHash(email, 7));
        return email;
    }

    void writeHistory(const Lead& lead, const QList<Stage>& path, const QList<qint64>& times,
                      const QString& sdr)
    {
        for (qsizetype i = 0; i < path.size(); ++i) {
            StageChange change;
            change.leadId = lead.id;
            change.at = QDateTime::fromSecsSinceEpoch(times.at(i), Qt::UTC);
            change.to = path.at(i);
            if (i == 0) {
                change.by = QStringLiteral("demo");
                change.reason = SystemText::createdFrom(lead.source).toStored();
            } else {
                change.from = path.at(i - 1);
                change.by = change.to == Stage::MQL ? QStringLiteral("Marketing automation") : sdr;
                if (change.by.isEmpty())
                    change.by = QStringLiteral("Marketing automation");
                // Reasons as codes and standard keys, read in the reader's language (a
                // Swedish user reads a demo a Finnish colleague made in Swedish).
                if (change.to == Stage::MQL)
                    change.reason = SystemText::demoMqlReached().toStored();
                else if (change.to == Stage::Disqualified)
                    change.reason = QString::fromLatin1(
                        disqualifyReasons[m_random.below(std::size(disqualifyReasons))]);
                else if (change.to == Stage::Nurture)
                    change.reason = QString::fromLatin1(
                        nurtureReasons[m_random.below(std::size(nurtureReasons))]);
                else if (change.to == Stage::SAL)
                    change.reason = SystemText::demoAccepted().toStored();
                else if (change.to == Stage::SQL)
                    change.reason = SystemText::demoReady().toStored();
                else if (change.to == Stage::Converted)
                    change.reason = SystemText::demoConverted().toStored();
            }
            m_batch->stageChanges.append(change);
            ++m_summary.stageChanges;
        }
    }

    void writeAnswers(const Lead& lead, const QList<Stage>& path, const QList<qint64>& times,
                      const QString& sdr)
    {
        const bool qualified = path.contains(Stage::SQL);
        const bool meddic = m_random.chance(0.2);
        const QString framework = meddic ? QStringLiteral("MEDDIC") : QStringLiteral("BANT");
        const QStringList criteria =
            meddic ? QStringList{QStringLiteral("metrics"),
                                 QStringLiteral("economic_buyer"),
                                 QStringLiteral("decision_criteria"),
                                 QStringLiteral("decision_process"),
                                 QStringLiteral("identify_pain"),
                                 QStringLiteral("champion")}
                   : QStringList{QStringLiteral("budget"), QStringLiteral("authority"),
                                 QStringLiteral("need"), QStringLiteral("timeline")};
        const qint64 salTime = times.at(path.indexOf(Stage::SAL));
        for (const QString& criterion : criteria) {
            Answer answer;
            answer.leadId = lead.id;
            answer.framework = framework;
            answer.criterion = criterion;
            answer.by = sdr;
            answer.at =
                QDateTime::fromSecsSinceEpoch(salTime + m_random.between(1, 5) * day, Qt::UTC);
            if (qualified) {
                answer.status =
                    m_random.chance(0.85) ? AnswerStatus::Confirmed : AnswerStatus::Partial;
            } else {
                const int roll = m_random.below(10);
                if (roll < 4)
                    continue; // not asked yet
                answer.status = roll < 7 ? AnswerStatus::Partial : AnswerStatus::Confirmed;
            }
            if (criterion == QLatin1String("budget") && lead.budget)
                answer.value = QString::number(*lead.budget, 'f', 0);
            answer.note = answer.status == AnswerStatus::Confirmed
                              ? QStringLiteral("Confirmed on a call.")
                              : QStringLiteral("Mentioned, to be confirmed.");
            m_batch->answers.append(answer);
            ++m_summary.answers;
        }
    }

    void convert(const Lead& lead, Company& company, qint64 at, const QString& sdr)
    {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        if (company.accountId == 0) {
            Account account;
            account.name = company.name;
            account.domain = company.domain;
            account.website = lead.website;
            account.industry = company.industry;
            account.country = lead.country;
            account.city = company.city;
            account.employees = company.employees;
            account.annualRevenue = company.revenue;
            account.createdAt = when;
            account.createdBy = sdr;
            account.owner = lead.owner;
            account.id = ++m_summary.accounts;
            m_batch->accounts.append(account);
            company.accountId = account.id;
        }
        Contact contact;
        contact.accountId = company.accountId;
        contact.email = lead.email;
        contact.firstName = lead.firstName;
        contact.lastName = lead.lastName;
        contact.phone = lead.phone;
        contact.title = lead.title;
        contact.createdAt = when;
        contact.createdBy = sdr;
        contact.id = ++m_summary.contacts;
        m_batch->contacts.append(contact);
        ConversionLink link{company.accountId, contact.id, std::nullopt};
        if (m_random.chance(0.8)) {
            Opportunity opportunity;
            opportunity.accountId = company.accountId;
            opportunity.contactId = contact.id;
            opportunity.leadId = lead.id;
            // Written in the user's language, as the history reasons are: a user names a deal
            // in theirs.
            opportunity.name =
                company.name + QStringLiteral(" – ") +
                (m_random.chance(0.5)
                     //: Demo data: a deal's name after the company ("Nordvik Oy – Annual licence")
                     ? QCoreApplication::translate("lb::Demo", "Annual licence")
                     //: Demo data: a deal's name after the company: a trial project
                     : QCoreApplication::translate("lb::Demo", "Pilot"));
            opportunity.amount = double(m_random.between(5, 150) * 1000);
            opportunity.closeDate = when.date().addDays(m_random.between(20, 120));
            const int roll = m_random.below(100);
            opportunity.stage = roll < 35   ? OpportunityStage::Won
                                : roll < 60 ? OpportunityStage::Lost
                                : roll < 75 ? OpportunityStage::Negotiation
                                : roll < 88 ? OpportunityStage::Proposal
                                            : OpportunityStage::Prospecting;
            opportunity.owner = lead.owner;
            opportunity.createdAt = when;
            opportunity.updatedAt = when;
            opportunity.id = ++m_summary.opportunities;
            if (opportunity.stage == OpportunityStage::Lost) {
                // Picked by id, not drawn: another draw would change every later lead of a seed.
                //: Demo data: why a deal was lost
                static const char* const reasons[] = {
                    QT_TRANSLATE_NOOP("lb::Demo", "Chose a competitor"),
                    QT_TRANSLATE_NOOP("lb::Demo", "No budget this year"),
                    QT_TRANSLATE_NOOP("lb::Demo", "Project postponed"),
                    QT_TRANSLATE_NOOP("lb::Demo", "Price too high")};
                opportunity.lostReason = QCoreApplication::translate(
                    "lb::Demo", reasons[opportunity.id % std::size(reasons)]);
            }
            opportunity.stageChangedAt = writeOpportunityHistory(opportunity, at, sdr);
            m_batch->opportunities.append(opportunity);
            link.opportunityId = opportunity.id;
        }
        m_batch->links.append({lead.id, link});
    }

    // Returns when the opportunity reached its stage.
    QDateTime writeOpportunityHistory(const Opportunity& opportunity, qint64 at, const QString& sdr)
    {
        const QList<OpportunityStage> steps = {OpportunityStage::Prospecting,
                                               OpportunityStage::Proposal,
                                               OpportunityStage::Negotiation};
        std::optional<OpportunityStage> previous;
        qint64 time = at;
        const qint64 nowSecs = m_options.now.toSecsSinceEpoch();
        auto record = [&](OpportunityStage stage) {
            OpportunityStageChange change;
            change.opportunityId = opportunity.id;
            change.at = QDateTime::fromSecsSinceEpoch(std::min(time, nowSecs), Qt::UTC);
            change.from = previous;
            change.to = stage;
            change.amount = opportunity.amount;
            change.closeDate = opportunity.closeDate;
            if (stage == OpportunityStage::Lost)
                change.reason = opportunity.lostReason;
            change.by = sdr;
            m_batch->opportunityChanges.append(change);
            previous = stage;
            time += m_random.between(3, 25) * day;
            return change.at;
        };
        for (OpportunityStage step : steps) {
            QDateTime reached = record(step);
            if (step == opportunity.stage)
                return reached;
        }
        return record(opportunity.stage);
    }

    const DemoOptions& m_options;
    DemoRandom m_random;
    DemoBatch* m_batch = nullptr;
    const DemoScoring& m_scoring;
    std::unique_ptr<scoring::Scorer> m_scorer;
    QList<Company> m_companies;
    QSet<size_t> m_emails;
    DemoSummary m_summary;
};

} // namespace

DemoGenerator::DemoGenerator(DemoOptions options) : m_options(std::move(options))
{
    if (!m_options.now.isValid())
        m_options.now = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
}

DemoSummary DemoGenerator::generate(Workspace& workspace, JobControl* job)
{
    const qint64 existing = workspace.leads().count({});
    // (Capped outside the tr() call: lupdate's parser hangs on a template argument list in one.)
    const int shown = int(std::min<qint64>(existing, std::numeric_limits<int>::max()));
    if (existing > 0)
        throw StoreError(StoreError::Kind::Invalid,
                         //: %1 the workspace file
                         QCoreApplication::translate("lb::Demo",
                                                     "%1 already holds %Ln lead(s); demo data "
                                                     "goes only into an empty workspace",
                                                     nullptr, shown)
                             .arg(workspace.location()));
    DemoScoring scoring;
    {
        const scoring::ActiveModel active = scoring::ensureActiveModel(workspace);
        scoring.model = active.model;
        scoring.modelId = active.stored.id;
    }
    BulkWriter::Options options;
    options.expectedLeads = m_options.leads;
    std::unique_ptr<BulkWriter> writer = workspace.bulkWriter(options);

    // Two threads: this one owns the connection and writes; a helper makes the data. On two
    // cores this nearly halves the time of a million leads.
    constexpr qint64 batchSize = 4000;
    constexpr qsizetype maxQueued = 4;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<DemoBatch> queue;
    bool finished = false;
    bool stop = false;
    std::exception_ptr failure;
    Builder builder(m_options, scoring);
    std::thread producer([&] {
        try {
            builder.startScoring();
            builder.makeCompanies(m_options.leads);
            for (qint64 first = 0; first < m_options.leads; first += batchSize) {
                DemoBatch batch;
                builder.setBatch(&batch);
                const qint64 last = std::min(first + batchSize, m_options.leads);
                for (qint64 i = first; i < last; ++i)
                    builder.makeLead(i);
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || qsizetype(queue.size()) < maxQueued; });
                if (stop)
                    return;
                queue.push_back(std::move(batch));
                changed.notify_all();
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            failure = std::current_exception();
        }
        const std::lock_guard lock(mutex);
        finished = true;
        changed.notify_all();
    });
    auto stopProducer = [&] {
        {
            const std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        producer.join();
    };

    const QString phase = QCoreApplication::translate("lb::Demo", "Generating demo leads");
    qint64 written = 0;
    try {
        for (;;) {
            DemoBatch batch;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty() || finished; });
                if (queue.empty())
                    break;
                batch = std::move(queue.front());
                queue.pop_front();
                changed.notify_all();
            }
            batch.writeTo(*writer);
            written += batch.leads.size();
            if (job) {
                job->checkCancelled();
                job->report(written, m_options.leads, phase);
            }
        }
    } catch (...) {
        stopProducer();
        throw;
    }
    producer.join();
    if (failure)
        std::rethrow_exception(failure);
    if (job)
        job->report(m_options.leads, m_options.leads,
                    QCoreApplication::translate("lb::Demo", "Building indexes"));
    writer->commit();
    return builder.summary();
}

} // namespace lb
