#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lb {

// What a converted lead becomes (docs/domain.md, Conversion).
struct Account
{
    qint64 id = 0;
    QString name;
    QString domain; // e-mail domain, lower case
    QString website;
    QString industry;
    QString country;
    QString city;
    std::optional<qint64> employees;
    std::optional<double> annualRevenue;
    QDateTime createdAt;
    QString createdBy;
    QString owner; // user name, empty when nobody owns it
    qint64 version = 0;
};

struct Contact
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString title;
    QDateTime createdAt;
    QString createdBy;
    qint64 version = 0;
};

enum class OpportunityStage
{
    Prospecting,
    Proposal,
    Negotiation,
    Won,
    Lost
};

QString opportunityStageName(OpportunityStage stage);
std::optional<OpportunityStage> opportunityStageFromName(const QString& name);

struct Opportunity
{
    qint64 id = 0;
    qint64 accountId = 0;
    std::optional<qint64> contactId;
    std::optional<qint64> leadId;
    QString name;
    std::optional<double> amount;
    QString currency = QStringLiteral("EUR");
    QDate closeDate;
    OpportunityStage stage = OpportunityStage::Prospecting;
    QString lostReason;       // why it was lost (Lost only)
    QString owner;            // user name, empty when nobody owns it
    QDateTime stageChangedAt; // when it reached its stage (age in stage)
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;
};

// Whether a deal in this stage is still being worked (its amount is pipeline).
bool isOpenOpportunityStage(OpportunityStage stage);

struct OpportunityStageChange
{
    qint64 opportunityId = 0;
    QDateTime at;
    std::optional<OpportunityStage> from;
    OpportunityStage to = OpportunityStage::Prospecting;
    std::optional<double> amount; // the amount after the change
    QDate closeDate;              // the expected close after the change
    QString reason;               // the lost reason of a move to Lost
    QString by;
};

// One recorded answer to a qualification criterion (docs/domain.md, Qualification frameworks).
enum class AnswerStatus
{
    Unknown,
    Partial,
    Confirmed,
    Disqualifying
};

QString answerStatusName(AnswerStatus status);
std::optional<AnswerStatus> answerStatusFromName(const QString& name);

struct Answer
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString framework; // BANT, CHAMP, MEDDIC, ANUM, GPCTBA
    QString criterion; // budget, economic_buyer, ...
    AnswerStatus status = AnswerStatus::Unknown;
    QString note;
    QString value;
    QString by;
    QDateTime at;
};

} // namespace lb
