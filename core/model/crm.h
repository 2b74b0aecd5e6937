#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace lb {

// What a converted lead becomes (domain.md, Conversion).
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
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;
};

struct OpportunityStageChange
{
    qint64 opportunityId = 0;
    QDateTime at;
    std::optional<OpportunityStage> from;
    OpportunityStage to = OpportunityStage::Prospecting;
    std::optional<double> amount;
    QString by;
};

// One recorded answer to a qualification criterion (domain.md, Qualification frameworks).
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
