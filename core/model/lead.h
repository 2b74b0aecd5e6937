#pragma once

#include "model/stage.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace lb {

// What a lead became when it was converted (docs/domain.md, Conversion).
struct ConversionLink
{
    qint64 accountId = 0;
    qint64 contactId = 0;
    std::optional<qint64> opportunityId;
};

// A lead's stored score: the rounded parts as docs/spec/scoring-model.md reports them.
struct StoredScore
{
    int total = 0;
    int fit = 0;
    int behavior = 0;
    QString grade;
    qint64 modelId = 0;
    QDateTime scoredAt; // the moment the score is as of
    // The stage the score was computed with, when the lead has moved since (its own move to
    // MQL by that score, or a move by hand): the explanation uses it (docs/spec/scoring-model.md).
    std::optional<Stage> scoredStage;
};

// One lead as the store holds it. Field names follow docs/spec/scoring-model.md.
struct Lead
{
    qint64 id = 0;
    QString email; // trimmed and lower-cased
    QString firstName;
    QString lastName;
    QString phone;
    QString title;
    QString company;
    QString website;
    QString industry;
    QString country; // ISO 3166-1 alpha-2, upper case
    QString city;
    QString source;
    QString owner; // user name, empty when nobody owns it
    QString notes;
    std::optional<qint64> employees;
    std::optional<double> annualRevenue;
    std::optional<double> budget;
    QDate expectedClose;
    QMap<QString, QString> custom; // custom.<name> fields
    Stage stage = Stage::New;
    QDateTime stageChangedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime lastActivityAt;
    qint64 version = 0; // optimistic concurrency: bumped on every write
    StoredScore score;
    std::optional<ConversionLink> converted;

    QString displayName() const;
};

// The names of the lead fields a scoring rule, a CSV column or a filter may address, in the
// order of enum LeadField. Each field is declared once, in model/leadfields.cpp.
const QStringList& leadFieldNames();

// A field's value as text, the way scoring and export see it ("" when missing). Accepts the
// names of leadFieldNames() and custom.<name>.
QString leadFieldText(const Lead& lead, QStringView field);

// The fields of leadFieldNames(), in its order, for code that reads the same fields of many
// leads and should compare their names once (scoring a million leads). A new value needs its
// row in model/leadfields.cpp (a static_assert there says so).
enum class LeadField
{
    FirstName,
    LastName,
    Email,
    Phone,
    Title,
    Company,
    Website,
    Industry,
    Country,
    City,
    Source,
    Owner,
    Stage,
    Employees,
    AnnualRevenue,
    Budget,
    ExpectedClose,
    Notes,
    Custom, // custom.<name>
    Unknown
};
LeadField leadFieldOf(QStringView name);
// leadFieldText() by number; `customName` is the <name> of a custom field.
QString leadFieldText(const Lead& lead, LeadField field, QStringView customName = {});

} // namespace lb
