// The SQL reference of the rescore benchmark (fitfloorsql.h).
#include "fitfloorsql.h"

#include "scoring/scoringmodel.h"
#include "store/sqlite/sqlitescorestore.h"
#include "store/sqlite/sqlitescoringreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lb {

namespace {

QString sqlLiteral(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    QString text = value.toString().trimmed();
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

QString lowerLiteral(const QJsonValue& value)
{
    return value.isDouble() ? sqlLiteral(value) : sqlLiteral(value.toString().toLower());
}

QString floorCondition(const scoring::Condition& condition)
{
    using scoring::Operator;
    if (condition.field.startsWith(QLatin1String("custom.")) || !scoringColumnOf(condition.field) ||
        condition.field == QLatin1String("owner"))
        return QStringLiteral("0");
    // "l.x" is a column of leads, "s.x" one of lead_scores (the stage).
    const QString source = QString::fromLatin1(scoringColumnOf(condition.field));
    const QString column = (source.startsWith(QLatin1String("s.")) ? QStringLiteral("lead_scores.")
                                                                   : QStringLiteral("leads.")) +
                           source.mid(2);
    const QString text = QStringLiteral("lower(trim(%1))").arg(column);
    const QString present = QStringLiteral("coalesce(trim(%1), '') <> ''").arg(column);
    // Exact for the numeric columns; a text column holding a number counts as not a number
    // here (an approximation, like the LIKE for patterns).
    const QString numeric = QStringLiteral("typeof(%1) IN ('integer', 'real')").arg(column);
    const QJsonValue& value = condition.value;
    switch (condition.op) {
    case Operator::Equals:
        return value.isDouble() ? column + QStringLiteral(" = ") + sqlLiteral(value)
                                : text + QStringLiteral(" = ") + lowerLiteral(value);
    case Operator::NotEquals:
        // A numeric comparison on a value that is not a number is false (the spec), and so is
        // any test but "empty" on an empty value.
        return value.isDouble() ? numeric + QStringLiteral(" AND ") + column +
                                      QStringLiteral(" <> ") + sqlLiteral(value)
                                : present + QStringLiteral(" AND ") + text +
                                      QStringLiteral(" <> ") + lowerLiteral(value);
    case Operator::In:
    case Operator::NotIn: {
        // Numbers compare with the number, texts with the folded text, as the scorer does.
        QStringList numbers;
        QStringList texts;
        for (const QJsonValue item : value.toArray())
            (item.isDouble() ? numbers : texts) << lowerLiteral(item);
        QStringList parts;
        if (condition.op == Operator::In) {
            if (!numbers.isEmpty())
                parts << column + QStringLiteral(" IN (") + numbers.join(QStringLiteral(", ")) +
                             u')';
            if (!texts.isEmpty())
                parts << text + QStringLiteral(" IN (") + texts.join(QStringLiteral(", ")) + u')';
            return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
        }
        parts << present;
        if (!numbers.isEmpty())
            parts << numeric
                  << column + QStringLiteral(" NOT IN (") + numbers.join(QStringLiteral(", ")) +
                         u')';
        if (!texts.isEmpty())
            parts << text + QStringLiteral(" NOT IN (") + texts.join(QStringLiteral(", ")) + u')';
        return u'(' + parts.join(QStringLiteral(" AND ")) + u')';
    }
    case Operator::Contains:
        return QStringLiteral("instr(%1, %2) > 0").arg(text, lowerLiteral(value));
    case Operator::Matches: {
        QString pattern = value.toString();
        pattern.remove(QRegularExpression(QStringLiteral("\\(\\?[a-z]+\\)|\\\\[a-zA-Z]")));
        QStringList likes;
        for (const QString& word :
             pattern.split(QRegularExpression(QStringLiteral("[^\\w ]+"),
                                              QRegularExpression::UseUnicodePropertiesOption),
                           Qt::SkipEmptyParts))
            likes << QStringLiteral("%1 LIKE '%%2%'")
                         .arg(text, word.toLower().replace(u'\'', QStringLiteral("''")));
        return likes.isEmpty() ? QStringLiteral("0")
                               : u'(' + likes.join(QStringLiteral(" OR ")) + u')';
    }
    case Operator::Gte:
        return column + QStringLiteral(" >= ") + sqlLiteral(value);
    case Operator::Lte:
        return column + QStringLiteral(" <= ") + sqlLiteral(value);
    case Operator::Between:
        return column + QStringLiteral(" BETWEEN ") + sqlLiteral(value.toArray().at(0)) +
               QStringLiteral(" AND ") + sqlLiteral(value.toArray().at(1));
    case Operator::Empty:
        return QStringLiteral("coalesce(trim(%1), '') = ''").arg(column);
    case Operator::NotEmpty:
        return QStringLiteral("coalesce(trim(%1), '') <> ''").arg(column);
    case Operator::EmailDomainIn: {
        QStringList parts;
        const QString domain = QStringLiteral("lower(substr(email, instr(email, '@') + 1))");
        for (const QJsonValue item : value.toArray())
            parts
                << QStringLiteral("%1 = %2 OR %1 LIKE '%.' || %2").arg(domain, lowerLiteral(item));
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    }
    }
    return QStringLiteral("0");
}

} // namespace

QString fitFloorUpdateSql(const scoring::ScoringModel& model)
{
    QStringList cases;
    for (const scoring::FitRule& rule : model.fitRules) {
        QStringList conditions;
        for (const scoring::Condition& condition : rule.conditions)
            conditions << u'(' + floorCondition(condition) + u')';
        const QString joined =
            conditions.join(rule.mode == scoring::FitRule::Mode::Any ? QStringLiteral(" OR ")
                                                                     : QStringLiteral(" AND "));
        cases << QStringLiteral("CASE WHEN %1 THEN %2 ELSE 0 END")
                     .arg(joined, QString::number(rule.points, 'g', 17));
    }
    if (cases.isEmpty())
        cases << QStringLiteral("0");
    // Written where the rescore writes it: the lead's row of lead_scores.
    return QStringLiteral("UPDATE lead_scores SET fit = min(%1, %2) FROM leads WHERE leads.id = "
                          "lead_scores.lead_id")
        .arg(QString::number(model.fitMax, 'g', 17), cases.join(QStringLiteral(" + ")));
}

} // namespace lb
