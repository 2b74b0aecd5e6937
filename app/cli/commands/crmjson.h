#pragma once

#include "store/crmlists.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

// The JSON objects and table rows of accounts and opportunities (docs/spec/cli.md), shared by
// `accounts`, `account`, `opportunities` and `opportunity`.

namespace lb::cli {

QJsonObject accountRowJson(const AccountRow& row);
QStringList accountHeader();
QStringList accountTitles();
QStringList accountCells(const AccountRow& row, bool forCsv);

QJsonObject opportunityRowJson(const OpportunityRow& row, const QDateTime& now);
QStringList opportunityHeader();
QStringList opportunityTitles();
QStringList opportunityCells(const OpportunityRow& row, const QDateTime& now, bool forCsv);

// The list row of a single opportunity (the account's name read by the caller).
OpportunityRow opportunityRowOf(const Opportunity& opportunity, const QString& accountName,
                                const QString& leadSource);

QJsonObject contactJson(const Contact& contact);
QJsonObject committeeLeadJson(const CommitteeLead& lead);
QJsonObject stageChangeJson(const OpportunityStageChange& change);

// Whole days since `since`, never negative.
qint64 daysSince(const QDateTime& since, const QDateTime& now);
QString amountText(const std::optional<double>& amount, const QString& currency);

} // namespace lb::cli
