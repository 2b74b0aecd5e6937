#include "model/leadfields.h"

#include "util/isotime.h"

#include <QHash>
#include <QStringList>
#include <array>

namespace lb {

namespace {

using F = LeadFieldFlag;
using T = FieldType;
constexpr unsigned everywhere = F::Editable | F::Scored | F::Exported | F::ShortJson;
constexpr unsigned assigned = F::Scored | F::Exported | F::ShortJson; // set by actions, not typed

// In the order of the profile form (but for the e-mail, which follows the name there), the
// export and the leads table. Labels keep their source texts: the catalogues find them by these.
constexpr LeadFieldSpec fields[] = {
    {.field = LeadField::Email,
     .key = "email",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "E-mail"),
     .type = T::Email,
     .table = "leads",
     .column = "email",
     .aliases = "email|e-mail|email address|e-mail address|sähköposti|e-post|e-postadress",
     .flags = everywhere,
     .text = &Lead::email},
    {.field = LeadField::FirstName,
     .key = "first_name",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "First name"),
     .type = T::Text,
     .table = "leads",
     .column = "first_name",
     .aliases = "first name|firstname|etunimi|förnamn",
     .flags = everywhere,
     .text = &Lead::firstName},
    {.field = LeadField::LastName,
     .key = "last_name",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Last name"),
     .type = T::Text,
     .table = "leads",
     .column = "last_name",
     .aliases = "last name|lastname|sukunimi|efternamn",
     .flags = everywhere,
     .text = &Lead::lastName},
    {.field = LeadField::Phone,
     .key = "phone",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Phone"),
     .type = T::Text,
     .table = "leads",
     .column = "phone",
     .aliases = "phone|phone number|mobile phone number|puhelin|telefon",
     .flags = everywhere,
     .text = &Lead::phone},
    {.field = LeadField::Title,
     .key = "title",
     //: A lead field: the person's job title
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Job title"),
     .type = T::Text,
     .table = "leads",
     .column = "title",
     .aliases = "job title|title|titteli|tehtävänimike|titel|befattning",
     .flags = everywhere,
     .text = &Lead::title},
    {.field = LeadField::Company,
     .key = "company",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Company"),
     .type = T::Text,
     .table = "leads",
     .column = "company",
     .aliases = "company|company name|company / account|yritys|företag",
     .flags = everywhere,
     .text = &Lead::company},
    {.field = LeadField::Website,
     .key = "website",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Website"),
     .type = T::Url,
     .table = "leads",
     .column = "website",
     .aliases = "website|website url|verkkosivu|verkkosivusto|webbplats",
     .flags = everywhere,
     .text = &Lead::website},
    {.field = LeadField::Industry,
     .key = "industry",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Industry"),
     .type = T::Text,
     .table = "leads",
     .column = "industry",
     .aliases = "industry|toimiala|bransch",
     .flags = everywhere,
     .text = &Lead::industry},
    {.field = LeadField::Employees,
     .key = "employees",
     //: A lead field: the number of employees of the company
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Employees"),
     .type = T::WholeNumber,
     .table = "leads",
     .column = "employees",
     .aliases = "number of employees|numberofemployees|no. of employees|employees|henkilöstö|"
                "henkilöstömäärä|antal anställda|anställda",
     .flags = everywhere,
     .wholeNumber = &Lead::employees},
    {.field = LeadField::AnnualRevenue,
     .key = "annual_revenue",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Annual revenue"),
     .type = T::Number,
     .table = "leads",
     .column = "annual_revenue",
     .aliases = "annual revenue|annualrevenue|liikevaihto|omsättning|årsomsättning",
     .flags = everywhere,
     .number = &Lead::annualRevenue},
    {.field = LeadField::Budget,
     .key = "budget",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Budget"),
     .type = T::Number,
     .table = "leads",
     .column = "budget",
     .aliases = "budget|budjetti",
     .flags = everywhere,
     .number = &Lead::budget},
    {.field = LeadField::ExpectedClose,
     .key = "expected_close",
     //: A lead field: when the prospect expects to decide (glossary: expected close date)
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Expected close date"),
     .type = T::Date,
     .table = "leads",
     .column = "expected_close",
     .aliases = "expected close date|close date|päätöspäivä|arvioitu päätöspäivä|beslutsdatum|"
                "förväntat avslutsdatum",
     .flags = everywhere,
     .date = &Lead::expectedClose},
    {.field = LeadField::Country,
     .key = "country",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Country"),
     .type = T::Country,
     .table = "leads",
     .column = "country",
     .aliases = "country|country/region|maa|land",
     .flags = everywhere,
     .text = &Lead::country},
    {.field = LeadField::City,
     .key = "city",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "City"),
     .type = T::Text,
     .table = "leads",
     .column = "city",
     .aliases = "city|kaupunki|ort|stad",
     .flags = everywhere,
     .text = &Lead::city},
    {.field = LeadField::Source,
     .key = "source",
     //: A lead field: where the lead came from (a campaign, a web form, an event)
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Lead source"),
     .type = T::Text,
     .table = "leads",
     .column = "source",
     .aliases = "lead source|leadsource|original source|source|lähde|liidin lähde|källa|leadkälla",
     .flags = everywhere,
     .text = &Lead::source},
    {.field = LeadField::Owner,
     .key = "owner",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Owner"),
     .type = T::Owner,
     .table = "leads",
     .column = "owner_id",
     .aliases = "contact owner|lead owner|owner|omistaja|ägare",
     .flags = assigned,
     .text = &Lead::owner},
    {.field = LeadField::Stage,
     .key = "stage",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Stage"),
     .type = T::Stage,
     .table = "lead_scores",
     .column = "stage",
     .aliases = "lifecycle stage|lead status|status|vaihe|steg",
     .flags = assigned},
    {.field = LeadField::Notes,
     .key = "notes",
     .label = QT_TRANSLATE_NOOP("lb::LeadField", "Notes"),
     .type = T::LongText,
     .table = "leads",
     .column = "notes",
     .aliases = "notes|muistiinpanot|anteckningar",
     .flags = unsigned(F::Editable),
     .text = &Lead::notes},
};

constexpr std::size_t fieldCount = std::size(fields);
static_assert(fieldCount == std::size_t(LeadField::Custom), "one row for every LeadField");

// fields[] index of each LeadField; every field has exactly one row.
constexpr std::array<int, fieldCount> rowOf = [] {
    std::array<int, fieldCount> rows{};
    rows.fill(-1);
    for (std::size_t i = 0; i < fieldCount; ++i)
        rows[std::size_t(fields[i].field)] = int(i);
    return rows;
}();
constexpr bool everyFieldHasARow = [] {
    for (const int row : rowOf) {
        if (row < 0)
            return false;
    }
    return true;
}();
static_assert(everyFieldHasARow, "a LeadField without a row in fields[]");

QString numberText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

std::span<const LeadFieldSpec> leadFieldSpecs()
{
    return fields;
}

const LeadFieldSpec& leadFieldSpec(LeadField field)
{
    Q_ASSERT(std::size_t(field) < fieldCount);
    return fields[rowOf[std::size_t(field)]];
}

const LeadFieldSpec* findLeadFieldSpec(QStringView key)
{
    for (const LeadFieldSpec& spec : fields) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

QStringList leadFieldKeys(LeadFieldFlag flag)
{
    QStringList keys;
    for (const LeadFieldSpec& spec : fields) {
        if (spec.has(flag))
            keys << QString::fromLatin1(spec.key);
    }
    return keys;
}

QString leadFieldText(const Lead& lead, const LeadFieldSpec& spec)
{
    if (spec.text)
        return lead.*spec.text;
    if (spec.wholeNumber)
        return lead.*spec.wholeNumber ? QString::number(*(lead.*spec.wholeNumber)) : QString();
    if (spec.number)
        return numberText(lead.*spec.number);
    if (spec.date)
        return toIsoDate(lead.*spec.date);
    return spec.type == FieldType::Stage ? stageName(lead.stage) : QString();
}

void copyLeadField(const Lead& from, Lead& to, const LeadFieldSpec& spec)
{
    if (spec.text)
        to.*spec.text = from.*spec.text;
    else if (spec.wholeNumber)
        to.*spec.wholeNumber = from.*spec.wholeNumber;
    else if (spec.number)
        to.*spec.number = from.*spec.number;
    else if (spec.date)
        to.*spec.date = from.*spec.date;
}

// lead.h's field functions, from the table.

const QStringList& leadFieldNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (std::size_t f = 0; f < fieldCount; ++f)
            list << QString::fromLatin1(fields[rowOf[f]].key);
        return list;
    }();
    return names;
}

LeadField leadFieldOf(QStringView name)
{
    if (name.startsWith(u"custom."))
        return LeadField::Custom;
    const qsizetype index = leadFieldNames().indexOf(name);
    return index < 0 ? LeadField::Unknown : LeadField(index);
}

QString leadFieldText(const Lead& lead, QStringView field)
{
    return leadFieldText(lead, leadFieldOf(field), field.mid(7));
}

QString leadFieldText(const Lead& lead, LeadField field, QStringView customName)
{
    if (field == LeadField::Custom)
        return lead.custom.value(customName.toString());
    if (field == LeadField::Unknown)
        return {};
    return leadFieldText(lead, leadFieldSpec(field));
}

} // namespace lb
