#pragma once

#include "model/crm.h"
#include "model/lead.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace lb {

// Which account the conversion uses.
enum class AccountChoice
{
    // The best match (domain, then normalised name), or a new account when none; matched again
    // when the conversion is written, so a match made meanwhile is used (docs/domain.md,
    // Conversion).
    Suggested,
    Existing, // the account the user picked (ConversionOptions::accountId)
    New       // always a new account, even next to matching ones (the SDR chose to)
};

// What happens to fields of an account or contact that already exists.
enum class MergePolicy
{
    FillEmpty, // only empty fields take the lead's values
    Overwrite  // every field the lead has a value for takes it
};

struct OpportunityDraft
{
    QString name;
    std::optional<double> amount; // in the workspace currency
    QDate closeDate;
    OpportunityStage stage = OpportunityStage::Prospecting;
};

struct ConversionOptions
{
    AccountChoice account = AccountChoice::Suggested;
    qint64 accountId = 0; // for AccountChoice::Existing
    MergePolicy merge = MergePolicy::FillEmpty;
    std::optional<OpportunityDraft> opportunity;
};

// Why an account was suggested.
enum class AccountMatch
{
    None,   // a new account
    Domain, // same e-mail domain (never a free-mail one)
    Name,   // same normalised company name
    Chosen  // picked by the user
};

QString accountMatchName(AccountMatch match);

struct AccountSuggestion
{
    Account account;
    AccountMatch match = AccountMatch::None;
};

// One field of the preview: what is there now, what the lead brings, and whether it is written.
struct FieldChange
{
    QString field; // stable key: name, domain, email, first_name, ...
    QString current;
    QString proposed;
    bool write = false;

    QString label() const; // translated
    // `value` (current or proposed) as people read it: a country by its name, a number of
    // employees or a revenue as the locale writes numbers; other fields as they are.
    QString shown(const QString& value) const;
};

// The preview of a conversion, shown field by field before anything is written, and then
// executed as it is (ConversionService::execute). Editing `write` flags is allowed.
struct ConversionPlan
{
    Lead lead; // as read when planning; its version guards against concurrent edits
    ConversionOptions options;
    QString currency;

    QList<AccountSuggestion> suggestions; // every match found, best first
    bool createAccount = true;
    AccountMatch accountMatch = AccountMatch::None;
    Account account; // the existing account, or the one to create
    QList<FieldChange> accountFields;

    bool createContact = true;
    Contact contact; // the existing contact, or the one to create
    QList<FieldChange> contactFields;

    std::optional<Opportunity> opportunity;

    // What follows the lead to the contact.
    qint64 eventCount = 0;
    qint64 answerCount = 0;
    qint64 noteCount = 0;
};

// What the conversion made, and what it needs to be taken back (ConversionService::undo).
struct ConversionResult
{
    ConversionLink link;
    bool accountCreated = false;
    bool contactCreated = false;
    Lead lead; // now Converted
    Stage previousStage = Stage::SQL;
    // The existing account or contact as it was, when the conversion wrote fields into it;
    // accountVersion / contactVersion / opportunityVersion are the versions it left behind.
    std::optional<Account> accountBefore;
    std::optional<Contact> contactBefore;
    qint64 accountVersion = 0;
    qint64 contactVersion = 0;
    qint64 opportunityVersion = 0;
    QList<qint64> noteIds; // the notes the conversion wrote
    // The account or contact the plan was to create had been made meanwhile, between the
    // preview and the write, by another conversion (a colleague converting another lead of the
    // same company): this one attached to it instead of making a second one. `executed` is the
    // plan as written, with the fields merged into the record found.
    bool accountFoundMeanwhile = false;
    bool contactFoundMeanwhile = false;
    ConversionPlan executed;
};

} // namespace lb
