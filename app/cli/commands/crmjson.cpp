#include "commands/crmjson.h"

#include "io/countrynames.h"
#include "model/labels.h"
#include "util/isotime.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace lb::cli {

namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString csvNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

qint64 daysSince(const QDateTime& since, const QDateTime& now)
{
    return since.isValid() ? qMax<qint64>(0, since.secsTo(now) / 86400) : 0;
}

QString amountText(const std::optional<double>& amount, const QString& currency)
{
    return amount ? fmt::money(*amount, currency, 2) : QStringLiteral("–");
}

QJsonObject accountRowJson(const AccountRow& row)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("domain"), text(row.domain)},
            {QStringLiteral("country"), text(row.country)},
            {QStringLiteral("owner"), text(row.owner)},
            {QStringLiteral("contacts"), row.contacts},
            {QStringLiteral("open_pipeline"), row.openPipeline},
            {QStringLiteral("won"), row.won}};
}

QStringList accountHeader()
{
    return {QStringLiteral("id"),      QStringLiteral("name"),     QStringLiteral("domain"),
            QStringLiteral("country"), QStringLiteral("contacts"), QStringLiteral("open_pipeline"),
            QStringLiteral("won"),     QStringLiteral("owner")};
}

QStringList accountTitles()
{
    return {QCoreApplication::translate("lb::cli", "ID"),
            QCoreApplication::translate("lb::cli", "Account"),
            QCoreApplication::translate("lb::cli", "Domain"),
            QCoreApplication::translate("lb::cli", "Country"),
            QCoreApplication::translate("lb::cli", "Contacts"),
            //: Column: amounts of the account's deals still open (Prospecting to Negotiation).
            QCoreApplication::translate("lb::cli", "Open pipeline"),
            //: Column: amounts of the account's deals won.
            QCoreApplication::translate("lb::cli", "Won"),
            QCoreApplication::translate("lb::cli", "Owner")};
}

QStringList accountCells(const AccountRow& row, bool forCsv)
{
    return {QString::number(row.id),
            row.name,
            row.domain,
            forCsv ? row.country : io::countryName(row.country),
            QString::number(row.contacts),
            forCsv ? csvNumber(row.openPipeline) : fmt::number(row.openPipeline, 2),
            forCsv ? csvNumber(row.won) : fmt::number(row.won, 2),
            row.owner};
}

QJsonObject opportunityRowJson(const OpportunityRow& row, const QDateTime& now)
{
    return {{QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("account"), row.accountId},
            {QStringLiteral("account_name"), row.accountName},
            {QStringLiteral("amount"), number(row.amount)},
            {QStringLiteral("currency"), row.currency},
            {QStringLiteral("close_date"), date(row.closeDate)},
            {QStringLiteral("stage"), opportunityStageName(row.stage)},
            {QStringLiteral("owner"), text(row.owner)},
            {QStringLiteral("lead"), id(row.leadId)},
            {QStringLiteral("lead_source"), text(row.leadSource)},
            {QStringLiteral("stage_changed_at"), toIsoUtc(row.stageChangedAt)},
            {QStringLiteral("days_in_stage"), daysSince(row.stageChangedAt, now)},
            {QStringLiteral("version"), row.version}};
}

QStringList opportunityHeader()
{
    return {
        QStringLiteral("id"),           QStringLiteral("name"),         QStringLiteral("account"),
        QStringLiteral("account_name"), QStringLiteral("amount"),       QStringLiteral("currency"),
        QStringLiteral("close_date"),   QStringLiteral("stage"),        QStringLiteral("owner"),
        QStringLiteral("lead_source"),  QStringLiteral("days_in_stage")};
}

QStringList opportunityTitles()
{
    return {QCoreApplication::translate("lb::cli", "ID"),
            QCoreApplication::translate("lb::cli", "Opportunity"),
            QCoreApplication::translate("lb::cli", "Account ID"),
            QCoreApplication::translate("lb::cli", "Account"),
            QCoreApplication::translate("lb::cli", "Amount"),
            QCoreApplication::translate("lb::cli", "Currency"),
            //: Column: the day the deal is expected to close.
            QCoreApplication::translate("lb::cli", "Expected close"),
            QCoreApplication::translate("lb::cli", "Stage"),
            QCoreApplication::translate("lb::cli", "Owner"),
            QCoreApplication::translate("lb::cli", "Lead source"),
            //: Column: whole days since the deal reached its current stage.
            QCoreApplication::translate("lb::cli", "Days in stage")};
}

QStringList opportunityCells(const OpportunityRow& row, const QDateTime& now, bool forCsv)
{
    return {QString::number(row.id),
            row.name,
            QString::number(row.accountId),
            row.accountName,
            forCsv ? csvNumber(row.amount)
                   : (row.amount ? fmt::number(*row.amount, 2) : QStringLiteral("–")),
            row.currency,
            row.closeDate.isValid()
                ? (forCsv ? row.closeDate.toString(Qt::ISODate) : fmt::date(row.closeDate))
                : (forCsv ? QString() : QStringLiteral("–")),
            forCsv ? opportunityStageName(row.stage) : opportunityStageLabel(row.stage),
            row.owner,
            row.leadSource,
            QString::number(daysSince(row.stageChangedAt, now))};
}

OpportunityRow opportunityRowOf(const Opportunity& opportunity, const QString& accountName,
                                const QString& leadSource)
{
    OpportunityRow row;
    row.id = opportunity.id;
    row.name = opportunity.name;
    row.accountId = opportunity.accountId;
    row.accountName = accountName;
    row.amount = opportunity.amount;
    row.currency = opportunity.currency;
    row.closeDate = opportunity.closeDate;
    row.stage = opportunity.stage;
    row.owner = opportunity.owner;
    row.leadSource = leadSource;
    row.leadId = opportunity.leadId;
    row.stageChangedAt = opportunity.stageChangedAt;
    row.version = opportunity.version;
    return row;
}

QJsonObject contactJson(const Contact& contact)
{
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("first_name"), text(contact.firstName)},
            {QStringLiteral("last_name"), text(contact.lastName)},
            {QStringLiteral("email"), text(contact.email)},
            {QStringLiteral("title"), text(contact.title)},
            {QStringLiteral("phone"), text(contact.phone)}};
}

QJsonObject committeeLeadJson(const CommitteeLead& lead)
{
    return {{QStringLiteral("id"), lead.id},
            {QStringLiteral("first_name"), text(lead.firstName)},
            {QStringLiteral("last_name"), text(lead.lastName)},
            {QStringLiteral("email"), text(lead.email)},
            {QStringLiteral("title"), text(lead.title)},
            {QStringLiteral("company"), text(lead.company)},
            {QStringLiteral("stage"), lead.stage},
            {QStringLiteral("owner"), text(lead.owner)},
            {QStringLiteral("converted_account"), id(lead.convertedAccountId)},
            {QStringLiteral("converted_contact"), id(lead.convertedContactId)}};
}

QJsonObject stageChangeJson(const OpportunityStageChange& change)
{
    return {{QStringLiteral("at"), toIsoUtc(change.at)},
            {QStringLiteral("from"), change.from ? QJsonValue(opportunityStageName(*change.from))
                                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to"), opportunityStageName(change.to)},
            {QStringLiteral("amount"), number(change.amount)},
            {QStringLiteral("close_date"), date(change.closeDate)},
            {QStringLiteral("reason"), text(change.reason)},
            {QStringLiteral("by"), change.by}};
}

} // namespace lb::cli
