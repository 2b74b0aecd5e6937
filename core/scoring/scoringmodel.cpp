#include "scoring/scoringmodel.h"

namespace lb::scoring {

namespace {
struct OperatorName
{
    Operator op;
    const char16_t* name;
};
constexpr OperatorName operatorNames[] = {
    {Operator::Equals, u"equals"},
    {Operator::NotEquals, u"not_equals"},
    {Operator::In, u"in"},
    {Operator::NotIn, u"not_in"},
    {Operator::Contains, u"contains"},
    {Operator::Matches, u"matches"},
    {Operator::Gte, u"gte"},
    {Operator::Lte, u"lte"},
    {Operator::Between, u"between"},
    {Operator::Empty, u"empty"},
    {Operator::NotEmpty, u"not_empty"},
    {Operator::EmailDomainIn, u"email_domain_in"},
};
} // namespace

QString operatorName(Operator op)
{
    for (const OperatorName& entry : operatorNames) {
        if (entry.op == op)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<Operator> operatorFromName(QStringView name)
{
    for (const OperatorName& entry : operatorNames) {
        if (name == QStringView(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

const QList<Operator>& allOperators()
{
    static const QList<Operator> all = [] {
        QList<Operator> list;
        for (const OperatorName& entry : operatorNames)
            list << entry.op;
        return list;
    }();
    return all;
}

} // namespace lb::scoring
