#include "store/sql/sqlleadrow.h"

#include "model/companyname.h"
#include "model/leadfields.h"
#include "store/leadcodec.h"
#include "util/isotime.h"

namespace lb::sqlleadrow {

namespace {

using leadcodec::textOrNull;

template <typename T> QVariant optionalValue(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

const std::vector<const LeadFieldSpec*>& leadsTableFields()
{
    static const std::vector<const LeadFieldSpec*> fields = [] {
        std::vector<const LeadFieldSpec*> list;
        for (const LeadFieldSpec& spec : leadFieldSpecs()) {
            if (qstrcmp(spec.table, "leads") == 0)
                list.push_back(&spec);
        }
        return list;
    }();
    return fields;
}

const QString& selectColumns()
{
    static const QString columns = [] {
        QString list = QStringLiteral("l.id");
        for (const LeadFieldSpec* spec : leadsTableFields())
            list += QStringLiteral(", ") + QString::fromLatin1(leadcodec::fieldSelect(*spec));
        return list +
               QStringLiteral(", l.custom, s.stage, s.stage_changed_at, s.score, s.fit, "
                              "s.behavior, s.grade, s.model_id, s.scored_at, l.last_activity_at, "
                              "l.created_at, l.updated_at, l.updated_by, l.version, "
                              "l.converted_account_id, l.converted_contact_id, "
                              "l.converted_opportunity_id, s.scored_stage");
    }();
    return columns;
}

const QStringList& writtenColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (const LeadFieldSpec* spec : leadsTableFields())
            list << QString::fromLatin1(spec->column);
        list << QStringLiteral("company_norm") << QStringLiteral("custom")
             << QStringLiteral("last_activity_at") << QStringLiteral("converted_account_id")
             << QStringLiteral("converted_contact_id")
             << QStringLiteral("converted_opportunity_id");
        return list;
    }();
    return columns;
}

QVariantList writtenValues(const Lead& lead, const QVariant& ownerId)
{
    QVariantList values;
    for (const LeadFieldSpec* spec : leadsTableFields()) {
        if (spec->type == FieldType::Owner)
            values << ownerId;
        else if (spec->wholeNumber)
            values << optionalValue(lead.*spec->wholeNumber);
        else if (spec->number)
            values << optionalValue(lead.*spec->number);
        else if (spec->date)
            values << textOrNull((lead.*spec->date).isValid()
                                     ? (lead.*spec->date).toString(Qt::ISODate)
                                     : QString());
        else if (spec->text)
            values << textOrNull(lead.*spec->text);
    }
    values << textOrNull(normalizeCompanyName(lead.company))
           << textOrNull(leadcodec::customFieldsToJson(lead.custom))
           << textOrNull(toIsoUtc(lead.lastActivityAt))
           << (lead.converted ? QVariant(lead.converted->accountId) : nullId())
           << (lead.converted ? QVariant(lead.converted->contactId) : nullId())
           << (lead.converted && lead.converted->opportunityId
                   ? QVariant(*lead.converted->opportunityId)
                   : nullId());
    return values;
}

Lead read(const QSqlQuery& q, StageReader stageOf)
{
    Lead lead;
    lead.id = q.value(0).toLongLong();
    int c = 1;
    for (const LeadFieldSpec* spec : leadsTableFields()) {
        const QVariant value = q.value(c++);
        if (spec->text)
            lead.*spec->text = value.toString();
        else if (spec->wholeNumber && !value.isNull())
            lead.*spec->wholeNumber = value.toLongLong();
        else if (spec->number && !value.isNull())
            lead.*spec->number = value.toDouble();
        else if (spec->date)
            lead.*spec->date = QDate::fromString(value.toString(), Qt::ISODate);
    }
    lead.custom = leadcodec::customFieldsFromJson(q.value(c).toString());
    lead.stage = stageOf(q, c + 1);
    lead.stageChangedAt = leadcodec::stageTimeFrom(q.value(c + 2).toLongLong());
    lead.score.total = q.value(c + 3).toInt();
    lead.score.fit = q.value(c + 4).toInt();
    lead.score.behavior = q.value(c + 5).toInt();
    lead.score.grade = q.value(c + 6).toString();
    lead.score.modelId = q.value(c + 7).toLongLong();
    lead.score.scoredAt = fromIsoUtc(q.value(c + 8).toString());
    lead.lastActivityAt = fromIsoUtc(q.value(c + 9).toString());
    lead.createdAt = fromIsoUtc(q.value(c + 10).toString());
    lead.updatedAt = fromIsoUtc(q.value(c + 11).toString());
    lead.updatedBy = q.value(c + 12).toString();
    lead.version = q.value(c + 13).toLongLong();
    if (!q.isNull(c + 14)) {
        ConversionLink link;
        link.accountId = q.value(c + 14).toLongLong();
        link.contactId = q.value(c + 15).toLongLong();
        if (!q.isNull(c + 16))
            link.opportunityId = q.value(c + 16).toLongLong();
        lead.converted = link;
    }
    if (!q.isNull(c + 17))
        lead.score.scoredStage = stageFromName(q.value(c + 17).toString());
    return lead;
}

} // namespace lb::sqlleadrow
