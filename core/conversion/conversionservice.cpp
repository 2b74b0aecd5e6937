#include "conversion/conversionservice.h"

#include "conversion/emaildomain.h"
#include "conversion/opportunitydefaults.h"
#include "lifecycle/leadguard.h"
#include "lifecycle/lifecycleservice.h"
#include "lifecycle/systemtext.h"
#include "model/companyname.h"
#include "qualification/frameworkcatalog.h"
#include "qualification/qualificationsettings.h"
#include "store/crmstore.h"
#include "store/qualificationstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/counts.h"

#include <QCoreApplication>
#include <cmath>
#include <functional>

namespace lb {

namespace {

QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString numberText(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

// One mergeable field: its key, its value on the lead, and how to read and write it on the
// target record, all as text so the preview can show them alike. Without `fromLead` the value
// is the lead's field of the same key (model/leadfields.cpp).
template <typename Record> struct FieldAccess
{
    const char* key;
    std::function<QString(const Lead&)> fromLead;
    std::function<QString(const Record&)> get;
    std::function<void(Record&, const QString&)> set;
};

const QList<FieldAccess<Account>>& accountAccess()
{
    static const QList<FieldAccess<Account>> fields = {
        {"name",
         [](const Lead& l) {
             if (!l.company.trimmed().isEmpty())
                 return l.company.trimmed();
             // Without a company name the company domain names it; a person buying alone
             // becomes an account of their own name.
             const QString domain = companyDomain(l.email);
             return domain.isEmpty() ? l.displayName() : domain;
         },
         [](const Account& a) { return a.name; }, [](Account& a, const QString& v) { a.name = v; }},
        {"domain", [](const Lead& l) { return companyDomain(l.email); },
         [](const Account& a) { return a.domain; },
         [](Account& a, const QString& v) { a.domain = v; }},
        {"website",
         {},
         [](const Account& a) { return a.website; },
         [](Account& a, const QString& v) { a.website = v; }},
        {"industry",
         {},
         [](const Account& a) { return a.industry; },
         [](Account& a, const QString& v) { a.industry = v; }},
        {"country",
         {},
         [](const Account& a) { return a.country; },
         [](Account& a, const QString& v) { a.country = v; }},
        {"city",
         {},
         [](const Account& a) { return a.city; },
         [](Account& a, const QString& v) { a.city = v; }},
        {"employees",
         {},
         [](const Account& a) { return numberText(a.employees); },
         [](Account& a, const QString& v) {
             a.employees = v.isEmpty() ? std::nullopt : std::optional<qint64>(v.toLongLong());
         }},
        {"annual_revenue",
         {},
         [](const Account& a) { return numberText(a.annualRevenue); },
         [](Account& a, const QString& v) {
             a.annualRevenue = v.isEmpty() ? std::nullopt : std::optional<double>(v.toDouble());
         }},
    };
    return fields;
}

const QList<FieldAccess<Contact>>& contactAccess()
{
    static const QList<FieldAccess<Contact>> fields = {
        {"email",
         {},
         [](const Contact& c) { return c.email; },
         [](Contact& c, const QString& v) { c.email = v; }},
        {"first_name",
         {},
         [](const Contact& c) { return c.firstName; },
         [](Contact& c, const QString& v) { c.firstName = v; }},
        {"last_name",
         {},
         [](const Contact& c) { return c.lastName; },
         [](Contact& c, const QString& v) { c.lastName = v; }},
        {"phone",
         {},
         [](const Contact& c) { return c.phone; },
         [](Contact& c, const QString& v) { c.phone = v; }},
        {"title",
         {},
         [](const Contact& c) { return c.title; },
         [](Contact& c, const QString& v) { c.title = v; }},
    };
    return fields;
}

// The preview of one record: a new record takes every value the lead has; an existing one
// takes empty fields (FillEmpty) or every differing field (Overwrite).
template <typename Record>
QList<FieldChange> mergeFields(const QList<FieldAccess<Record>>& access, const Lead& lead,
                               Record& record, bool isNew, MergePolicy policy)
{
    QList<FieldChange> changes;
    for (const FieldAccess<Record>& field : access) {
        FieldChange change;
        change.field = QString::fromLatin1(field.key);
        change.current = isNew ? QString() : field.get(record);
        change.proposed = (field.fromLead ? field.fromLead(lead)
                                          : leadFieldText(lead, QString::fromLatin1(field.key)))
                              .trimmed();
        if (change.proposed.isEmpty())
            change.write = false;
        else if (change.current.isEmpty())
            change.write = true;
        else
            change.write = policy == MergePolicy::Overwrite &&
                           change.current.compare(change.proposed, Qt::CaseSensitive) != 0;
        changes << change;
    }
    return changes;
}

template <typename Record>
bool applyFields(const QList<FieldAccess<Record>>& access, const QList<FieldChange>& changes,
                 Record& record)
{
    bool changed = false;
    for (const FieldChange& change : changes) {
        if (!change.write)
            continue;
        for (const FieldAccess<Record>& field : access) {
            if (change.field == QLatin1String(field.key)) {
                field.set(record, change.proposed);
                changed = true;
            }
        }
    }
    return changed;
}

// How the history names a contact: the person's name, else the e-mail (as a lead's).
QString personName(const Contact& contact)
{
    const QString name =
        (contact.firstName.trimmed() + QLatin1Char(' ') + contact.lastName.trimmed()).trimmed();
    return name.isEmpty() ? contact.email : name;
}

// The fields the SDR unticked in `chosen` stay unwritten in `fields` (a re-made preview).
void keepUnticked(QList<FieldChange>& fields, const QList<FieldChange>& chosen)
{
    for (FieldChange& field : fields) {
        for (const FieldChange& before : chosen) {
            if (before.field == field.field && !before.write)
                field.write = false;
        }
    }
}

} // namespace

ConversionService::ConversionService(Workspace& workspace)
    : m_workspace(workspace), m_crm(&workspace.crm()), m_answers(&workspace.qualification())
{
}

QList<AccountSuggestion> ConversionService::suggestAccounts(const Lead& lead)
{
    QList<AccountSuggestion> result;
    QList<qint64> seen;
    const QString domain = companyDomain(lead.email);
    if (!domain.isEmpty()) {
        for (const Account& account : m_crm->accountsByDomain(domain)) {
            result << AccountSuggestion{account, AccountMatch::Domain};
            seen << account.id;
        }
    }
    const QString nameNorm = normalizeCompanyName(lead.company);
    if (!nameNorm.isEmpty()) {
        for (const Account& account : m_crm->accountsByNormalizedName(nameNorm)) {
            if (!seen.contains(account.id))
                result << AccountSuggestion{account, AccountMatch::Name};
        }
    }
    return result;
}

QList<Account> ConversionService::searchAccounts(const QString& text, int limit)
{
    return m_crm->searchAccounts(text, limit);
}

ConversionPlan ConversionService::plan(const Lead& lead, const ConversionOptions& options)
{
    const MoveDecision decision = StageMachine::decideConversion(lead);
    if (!decision.allowed)
        throw ConversionError(decision.message);

    ConversionPlan plan;
    plan.lead = lead;
    plan.options = options;
    plan.currency = QualificationSettings::load(m_workspace.settings()).currency;
    plan.suggestions = suggestAccounts(lead);

    std::optional<Account> existing;
    switch (options.account) {
    case AccountChoice::Existing:
        existing = m_crm->account(options.accountId);
        if (!existing)
            throw ConversionError(
                QCoreApplication::translate("lb::Conversion", "account %1 does not exist")
                    .arg(options.accountId));
        plan.accountMatch = AccountMatch::Chosen;
        for (const AccountSuggestion& suggestion : plan.suggestions) {
            if (suggestion.account.id == existing->id)
                plan.accountMatch = suggestion.match;
        }
        break;
    case AccountChoice::Suggested:
        if (!plan.suggestions.isEmpty()) {
            existing = plan.suggestions.constFirst().account;
            plan.accountMatch = plan.suggestions.constFirst().match;
        }
        break;
    case AccountChoice::New:
        break;
    }
    plan.createAccount = !existing;
    plan.account = existing.value_or(Account{});
    plan.accountFields =
        mergeFields(accountAccess(), lead, plan.account, plan.createAccount, options.merge);
    if (plan.createAccount && plan.accountFields.constFirst().proposed.isEmpty())
        throw ConversionError(QCoreApplication::translate(
                                  "lb::Conversion",
                                  "lead %1 has no company, name or e-mail address to name a new "
                                  "account; fill one in or choose an existing account")
                                  .arg(lead.id));

    std::optional<Contact> contact;
    if (existing)
        contact = m_crm->contactByEmail(existing->id, lead.email);
    plan.createContact = !contact;
    plan.contact = contact.value_or(Contact{});
    plan.contactFields =
        mergeFields(contactAccess(), lead, plan.contact, plan.createContact, options.merge);

    if (options.opportunity) {
        const OpportunityDraft& draft = *options.opportunity;
        if (draft.name.trimmed().isEmpty())
            throw ConversionError(
                QCoreApplication::translate("lb::Conversion", "the opportunity needs a name"));
        if (draft.amount && (!std::isfinite(*draft.amount) || *draft.amount < 0))
            throw ConversionError(
                QCoreApplication::translate("lb::Conversion",
                                            "opportunity amount %1 is not a positive number")
                    .arg(*draft.amount));
        // What the SDR left open comes from what qualification learned (issue 20).
        const OpportunityDefaults defaults = opportunityDefaultsFor(lead);
        Opportunity opportunity;
        opportunity.accountId = plan.account.id;
        opportunity.contactId =
            plan.contact.id ? std::optional<qint64>(plan.contact.id) : std::nullopt;
        opportunity.leadId = lead.id;
        opportunity.name = draft.name.trimmed();
        opportunity.amount = draft.amount ? draft.amount : defaults.amount;
        opportunity.currency = plan.currency;
        opportunity.closeDate = draft.closeDate.isValid() ? draft.closeDate : defaults.closeDate;
        opportunity.stage = draft.stage;
        plan.opportunity = opportunity;
    }

    plan.eventCount = m_workspace.events().forLead(lead.id).size();
    plan.answerCount = m_answers->answerCount(lead.id);
    plan.noteCount = m_crm->noteCountForLead(lead.id) + (lead.notes.trimmed().isEmpty() ? 0 : 1);
    return plan;
}

OpportunityDefaults ConversionService::opportunityDefaultsFor(const Lead& lead)
{
    return opportunityDefaults(lead, m_answers->currentAnswers(lead.id),
                               FrameworkCatalog::builtIn());
}

void ConversionService::useRecordsMadeMeanwhile(ConversionPlan& plan, ConversionResult& result)
{
    // A new account only because none matched: match again. An account the SDR picked, or a
    // new one chosen over the matches, stays as chosen.
    if (plan.createAccount && plan.options.account == AccountChoice::Suggested) {
        const QList<AccountSuggestion> found = suggestAccounts(plan.lead);
        if (!found.isEmpty()) {
            const QList<FieldChange> chosen = plan.accountFields;
            plan.suggestions = found;
            plan.createAccount = false;
            plan.account = found.constFirst().account;
            plan.accountMatch = found.constFirst().match;
            plan.accountFields =
                mergeFields(accountAccess(), plan.lead, plan.account, false, plan.options.merge);
            keepUnticked(plan.accountFields, chosen);
            result.accountFoundMeanwhile = true;
        }
    }
    // A contact with the e-mail is always reused (there is no "new contact anyway").
    if (plan.createContact && !plan.createAccount) {
        if (const std::optional<Contact> found =
                m_crm->contactByEmail(plan.account.id, plan.lead.email)) {
            const QList<FieldChange> chosen = plan.contactFields;
            plan.createContact = false;
            plan.contact = *found;
            plan.contactFields =
                mergeFields(contactAccess(), plan.lead, plan.contact, false, plan.options.merge);
            keepUnticked(plan.contactFields, chosen);
            result.contactFoundMeanwhile = true;
        }
    }
}

ConversionResult ConversionService::execute(const ConversionPlan& preview, const QString& actor)
{
    // Transactions begin IMMEDIATE: from here until the commit no other connection or process
    // writes, so what is matched below is still true when this conversion commits.
    Transaction transaction(m_workspace);
    // A lead converted since planning is refused by name of what it became; any other change
    // is caught by the lead's version in the last step, after everything else was written,
    // and rolls it all back.
    const std::optional<Lead> current = m_workspace.leads().find(preview.lead.id);
    if (!current)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("lb::Conversion", "lead %1 does not exist")
                             .arg(preview.lead.id));
    const MoveDecision decision = StageMachine::decideConversion(*current);
    if (!decision.allowed)
        throw ConversionError(decision.message);

    // The preview was made before this transaction, and another conversion may have created
    // its new account or contact since: the match is decided again here, under the write lock,
    // so two conversions of the same new company make one account (and one contact per e-mail).
    ConversionResult result;
    ConversionPlan plan = preview;
    useRecordsMadeMeanwhile(plan, result);
    result.previousStage = current->stage;
    Account account = plan.account;
    if (plan.createAccount) {
        applyFields(accountAccess(), plan.accountFields, account);
        account.createdBy = actor;
        account.owner = plan.lead.owner;
        m_crm->insertAccount(account);
        result.accountCreated = true;
    } else if (applyFields(accountAccess(), plan.accountFields, account)) {
        result.accountBefore = plan.account;
        m_crm->updateAccount(account);
    }
    result.accountVersion = account.version;

    Contact contact = plan.contact;
    contact.accountId = account.id;
    if (plan.createContact) {
        applyFields(contactAccess(), plan.contactFields, contact);
        contact.createdBy = actor;
        m_crm->insertContact(contact);
        result.contactCreated = true;
    } else if (applyFields(contactAccess(), plan.contactFields, contact)) {
        result.contactBefore = plan.contact;
        m_crm->updateContact(contact);
    }
    result.contactVersion = contact.version;

    result.link.accountId = account.id;
    result.link.contactId = contact.id;
    if (plan.opportunity) {
        Opportunity opportunity = *plan.opportunity;
        opportunity.accountId = account.id;
        opportunity.contactId = contact.id;
        opportunity.leadId = plan.lead.id;
        opportunity.owner = plan.lead.owner;
        m_crm->insertOpportunity(opportunity);
        OpportunityStageChange change;
        change.opportunityId = opportunity.id;
        change.at = opportunity.createdAt;
        change.to = opportunity.stage;
        change.amount = opportunity.amount;
        change.closeDate = opportunity.closeDate;
        change.by = actor;
        m_crm->appendOpportunityHistory(change);
        result.link.opportunityId = opportunity.id;
        result.opportunityVersion = opportunity.version;
    }

    // The lead's notes, events and answers follow it: notes get the contact, the free-text
    // notes field becomes a note of its own, and one note records where the contact came from
    // (events and answers stay on the lead, reached through the lead's converted link).
    m_crm->attachLeadNotesToContact(plan.lead.id, contact.id);
    if (!plan.lead.notes.trimmed().isEmpty())
        result.noteIds << m_crm->addNote(plan.lead.id, contact.id,
                                         escapeUserText(plan.lead.notes.trimmed()), actor);
    // The program's own note is a code, read in each reader's language (SystemText).
    result.noteIds << m_crm->addNote(
        plan.lead.id, contact.id,
        SystemText::convertedFromLead(plan.lead.id, plan.lead.displayName(), plan.eventCount,
                                      plan.answerCount)
            .toStored(),
        actor);

    Lead lead = plan.lead;
    LifecycleService lifecycle(m_workspace);
    ConvertedNames names{account.name, personName(contact),
                         plan.opportunity ? plan.opportunity->name : QString()};
    lifecycle.markConverted(lead, result.link, actor, names);
    transaction.commit();
    result.lead = lead;
    result.executed = plan;
    return result;
}

Lead ConversionService::undo(const ConversionResult& done, const QString& actor)
{
    const auto refuse = [](const QString& message) { throw ConversionError(message); };
    Transaction transaction(m_workspace);
    const qint64 leadId = done.lead.id;
    std::optional<Lead> lead = m_workspace.leads().find(leadId);
    if (!lead)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Conversion", "lead %1 does not exist").arg(leadId));
    const bool sameLink = lead->converted && lead->converted->accountId == done.link.accountId &&
                          lead->converted->contactId == done.link.contactId &&
                          lead->converted->opportunityId == done.link.opportunityId;
    if (lead->stage != Stage::Converted || !sameLink || lead->version != done.lead.version)
        //: %1 the lead's name, %2 who changed it
        refuse(QCoreApplication::translate("lb::Conversion",
                                           "%1 was changed by %2 since it was converted, so the "
                                           "conversion is not undone.")
                   .arg(lead->displayName(), lead->updatedBy));

    // Everything the conversion made must be as it left it, and what it created used by
    // nothing else: the undo never takes away someone else's work.
    std::optional<Opportunity> opportunity;
    if (done.link.opportunityId) {
        opportunity = m_crm->opportunity(*done.link.opportunityId);
        if (!opportunity || opportunity->version != done.opportunityVersion)
            refuse(QCoreApplication::translate("lb::Conversion",
                                               "opportunity %1 was changed since the conversion "
                                               "(its stage or amount); the conversion is not "
                                               "undone")
                       .arg(*done.link.opportunityId));
    }
    const std::optional<Contact> contact = m_crm->contact(done.link.contactId);
    if (!contact || contact->version != done.contactVersion)
        refuse(QCoreApplication::translate("lb::Conversion",
                                           "contact %1 was changed since the conversion; the "
                                           "conversion is not undone")
                   .arg(done.link.contactId));
    if (done.contactCreated) {
        const CrmReferences used = m_crm->contactReferences(contact->id, leadId);
        if (used.opportunities + used.notes + used.convertedLeads > 0)
            //: %1 the contact's id, %2 a list of counts ("1 opportunity, 2 notes and 0 other
            //: leads")
            refuse(QCoreApplication::translate(
                       "lb::Conversion", "contact %1 has been used since the conversion (%2); "
                                         "the conversion is not undone")
                       .arg(contact->id)
                       .arg(counts::list({counts::opportunities(used.opportunities),
                                          counts::notes(used.notes),
                                          counts::otherLeads(used.convertedLeads)})));
    }
    const std::optional<Account> account = m_crm->account(done.link.accountId);
    if (!account || account->version != done.accountVersion)
        refuse(QCoreApplication::translate("lb::Conversion",
                                           "account %1 was changed since the conversion; the "
                                           "conversion is not undone")
                   .arg(done.link.accountId));
    if (done.accountCreated) {
        const CrmReferences used = m_crm->accountReferences(account->id, leadId);
        const qint64 otherContacts = used.contacts - (done.contactCreated ? 1 : 0);
        if (otherContacts + used.opportunities + used.convertedLeads > 0)
            //: %1 the account's id, %2 a list of counts ("2 other contacts, 1 other opportunity
            //: and 0 other leads")
            refuse(QCoreApplication::translate(
                       "lb::Conversion", "account %1 has been used since the conversion (%2); "
                                         "the conversion is not undone")
                       .arg(account->id)
                       .arg(counts::list({counts::otherContacts(otherContacts),
                                          counts::otherOpportunities(used.opportunities),
                                          counts::otherLeads(used.convertedLeads)})));
    }

    // The lead first: it refers to the records that go.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Lead restored = *lead;
    restored.stage = done.previousStage;
    restored.stageChangedAt = now;
    restored.converted.reset();
    m_workspace.leads().update(restored, actor); // version-checked: Conflict if changed
    StageChange change;
    change.leadId = leadId;
    change.at = now;
    change.from = Stage::Converted;
    change.to = done.previousStage;
    change.by = actor;
    // What goes, by name (by number when nameless), in a code read in each reader's language
    // (SystemText).
    const auto named = [](const QString& name, qint64 id) {
        return name.isEmpty() ? QString::number(id) : name;
    };
    change.reason = SystemText::conversionUndone(
                        done.accountCreated ? named(account->name, account->id) : QString(),
                        done.contactCreated ? named(personName(*contact), contact->id) : QString(),
                        opportunity ? named(opportunity->name, opportunity->id) : QString())
                        .toStored();
    m_workspace.history().append(change);

    for (qint64 noteId : done.noteIds)
        m_crm->deleteNote(noteId);
    m_crm->detachLeadNotesFromContact(leadId, done.link.contactId);
    if (opportunity)
        m_crm->deleteOpportunity(opportunity->id);
    if (done.contactCreated) {
        m_crm->deleteContact(contact->id);
    } else if (done.contactBefore) {
        Contact back = *done.contactBefore;
        back.version = contact->version;
        m_crm->updateContact(back);
    }
    if (done.accountCreated) {
        m_crm->deleteAccount(account->id);
    } else if (done.accountBefore) {
        Account back = *done.accountBefore;
        back.version = account->version;
        m_crm->updateAccount(back);
    }
    transaction.commit();
    return restored;
}

ConversionResult ConversionService::redo(const ConversionPlan& done, const QString& actor)
{
    const std::optional<Lead> lead = m_workspace.leads().find(done.lead.id);
    if (!lead)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("lb::Conversion", "lead %1 does not exist")
                             .arg(done.lead.id));
    ConversionOptions options = done.options;
    // The same account as before: the one picked, or a new one again. A new account made only
    // because none matched is matched again: the undo took the one it made away, unless it had
    // found one made meanwhile, which the undo kept and which is found again now.
    if (!(done.createAccount && done.options.account == AccountChoice::Suggested)) {
        options.account = done.createAccount ? AccountChoice::New : AccountChoice::Existing;
        options.accountId = done.createAccount ? 0 : done.account.id;
    }
    ConversionPlan plan = this->plan(*lead, options);
    // The fields the SDR left unticked stay unwritten.
    keepUnticked(plan.accountFields, done.accountFields);
    keepUnticked(plan.contactFields, done.contactFields);
    if (done.opportunity) {
        Opportunity opportunity = *done.opportunity;
        opportunity.id = 0;
        opportunity.accountId = plan.account.id;
        opportunity.leadId = lead->id;
        plan.opportunity = opportunity;
    } else {
        plan.opportunity.reset();
    }
    return execute(plan, actor);
}

} // namespace lb
