#include "qualification/framework.h"

#include "qualification/frameworkstrings.h"

#include <QStringList>

namespace lb {

QString valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text:
        return QStringLiteral("text");
    case ValueKind::Amount:
        return QStringLiteral("amount");
    case ValueKind::Date:
        return QStringLiteral("date");
    case ValueKind::Contact:
        return QStringLiteral("contact");
    }
    return {};
}

std::optional<ValueKind> valueKindFromName(const QString& name)
{
    for (ValueKind kind :
         {ValueKind::Text, ValueKind::Amount, ValueKind::Date, ValueKind::Contact}) {
        if (name.trimmed().compare(valueKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString CriterionDefinition::displayName() const
{
    return translateFrameworkText(name);
}

QString CriterionDefinition::displayQuestion() const
{
    return translateFrameworkText(question);
}

const CriterionDefinition* FrameworkDefinition::criterion(const QString& key) const
{
    for (const CriterionDefinition& definition : criteria) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QStringList FrameworkDefinition::criterionKeys() const
{
    QStringList keys;
    for (const CriterionDefinition& definition : criteria)
        keys << definition.key;
    return keys;
}

} // namespace lb
