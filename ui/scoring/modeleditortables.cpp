#include "scoring/modeleditortables.h"

#include "model/labels.h"
#include "scoring/rulelabels.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace lb::modeleditor {

namespace {

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

// A number when the cell is one; otherwise the text, so that the parser names the problem.
QJsonValue numberValue(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? QJsonValue(value) : QJsonValue(text);
}

// A column whose cells hold a stable key or a label as the model stores it: the table shows
// the translated label (a shipped rule label, a field's or an event type's), the editor the
// stored text, which is what the model keeps (issue 22).
class LabelDelegate : public QStyledItemDelegate
{
public:
    using Translate = QString (*)(const QString&);
    LabelDelegate(Translate translate, QObject* parent)
        : QStyledItemDelegate(parent), m_translate(translate)
    {
    }
    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        Q_UNUSED(locale);
        return m_translate(value.toString());
    }

private:
    Translate m_translate;
};

// A condition's field, or "any" / "all" of the conditions listed as its value.
QString fieldLabelOf(const QString& field)
{
    if (field == QLatin1String("any"))
        //: Scoring model editor, Field column: the rule holds when any of its conditions does
        return QCoreApplication::translate("lb::ScoringModelEditorDialog", "any of");
    if (field == QLatin1String("all"))
        //: Scoring model editor, Field column: the rule holds when all its conditions do
        return QCoreApplication::translate("lb::ScoringModelEditorDialog", "all of");
    return leadFieldLabel(field);
}

// An operator's JSON name ("not_empty") as a person reads it; an unknown name as written.
QString operatorLabelOf(const QString& name)
{
    const auto label = [](const char* text) {
        return QCoreApplication::translate("lb::ScoringModelEditorDialog", text);
    };
    const std::optional<scoring::Operator> op = scoring::operatorFromName(name);
    if (!op)
        return name;
    switch (*op) {
    case scoring::Operator::Equals:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "equals"));
    case scoring::Operator::NotEquals:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "does not equal"));
    case scoring::Operator::In:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "is one of"));
    case scoring::Operator::NotIn:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "is none of"));
    case scoring::Operator::Contains:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "contains"));
    case scoring::Operator::Matches:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "matches the pattern"));
    case scoring::Operator::Gte:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "at least"));
    case scoring::Operator::Lte:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "at most"));
    case scoring::Operator::Between:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "between"));
    case scoring::Operator::Empty:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "is empty"));
    case scoring::Operator::NotEmpty:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "is filled in"));
    case scoring::Operator::EmailDomainIn:
        return label(QT_TRANSLATE_NOOP("lb::ScoringModelEditorDialog", "e-mail domain is one of"));
    }
    return name;
}

QJsonObject conditionObject(const scoring::Condition& condition)
{
    QJsonObject object{{QStringLiteral("field"), condition.field},
                       {QStringLiteral("op"), scoring::operatorName(condition.op)}};
    if (!condition.value.isUndefined())
        object.insert(QStringLiteral("value"), condition.value);
    return object;
}

} // namespace

QString cellText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isString()) {
        const QString text = value.toString();
        return cellValue(text) == QJsonValue(text)
                   ? text
                   : QString::fromUtf8(
                         QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
    }
    if (value.isDouble())
        return numberText(value.toDouble());
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QJsonValue cellValue(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + trimmed.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return QJsonValue(trimmed);
}

void setupFitTable(QTableWidget* table)
{
    table->setColumnCount(FitColumnCount);
    table->setHorizontalHeaderLabels(
        {QCoreApplication::translate("lb::ScoringModelEditorDialog", "ID"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Label"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Field"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Operator"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Value"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Points")});
    table->horizontalHeader()->setSectionResizeMode(FitValue, QHeaderView::Stretch);
    table->setItemDelegateForColumn(FitLabel, new LabelDelegate(&scoring::displayRuleLabel, table));
    table->setItemDelegateForColumn(FitField, new LabelDelegate(&fieldLabelOf, table));
    table->setItemDelegateForColumn(FitOperator, new LabelDelegate(&operatorLabelOf, table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setToolTip(QCoreApplication::translate(
        "lb::ScoringModelEditorDialog",
        "Field \"all\" or \"any\" takes a list of conditions as its value, "
        "e.g. [{\"field\": \"industry\", \"op\": \"equals\", \"value\": "
        "\"Software\"}]"));
}

void setupBehaviorTable(QTableWidget* table)
{
    table->setColumnCount(BehaviorColumnCount);
    table->setHorizontalHeaderLabels(
        {QCoreApplication::translate("lb::ScoringModelEditorDialog", "ID"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Label"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Event type"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Points"),
         QCoreApplication::translate("lb::ScoringModelEditorDialog", "Cap")});
    table->horizontalHeader()->setSectionResizeMode(BehaviorLabel, QHeaderView::Stretch);
    table->setItemDelegateForColumn(BehaviorLabel,
                                    new LabelDelegate(&scoring::displayRuleLabel, table));
    table->setItemDelegateForColumn(BehaviorEvent, new LabelDelegate(&eventTypeLabel, table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
}

void fillFitTable(QTableWidget* table, const QList<scoring::FitRule>& rules)
{
    table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const scoring::FitRule& rule = rules.at(row);
        setCell(table, row, FitId, rule.id);
        setCell(table, row, FitLabel, rule.label);
        if (rule.mode == scoring::FitRule::Mode::Single && !rule.conditions.isEmpty()) {
            const scoring::Condition& condition = rule.conditions.first();
            setCell(table, row, FitField, condition.field);
            setCell(table, row, FitOperator, scoring::operatorName(condition.op));
            setCell(table, row, FitValue, cellText(condition.value));
        } else {
            QJsonArray conditions;
            for (const scoring::Condition& condition : rule.conditions)
                conditions.append(conditionObject(condition));
            setCell(table, row, FitField,
                    rule.mode == scoring::FitRule::Mode::Any ? QStringLiteral("any")
                                                             : QStringLiteral("all"));
            setCell(table, row, FitOperator, {});
            setCell(table, row, FitValue, cellText(conditions));
        }
        setCell(table, row, FitPoints, numberText(rule.points));
    }
}

void fillBehaviorTable(QTableWidget* table, const QList<scoring::BehaviorRule>& rules)
{
    table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const scoring::BehaviorRule& rule = rules.at(row);
        setCell(table, row, BehaviorId, rule.id);
        setCell(table, row, BehaviorLabel, rule.label);
        setCell(table, row, BehaviorEvent, rule.event);
        setCell(table, row, BehaviorPoints, numberText(rule.points));
        setCell(table, row, BehaviorCap, rule.cap ? numberText(*rule.cap) : QString());
    }
}

QJsonArray fitRulesOf(const QTableWidget* table)
{
    QJsonArray rules;
    for (int row = 0; row < table->rowCount(); ++row) {
        QJsonObject rule;
        if (const QString id = cell(table, row, FitId); !id.isEmpty())
            rule.insert(QStringLiteral("id"), id);
        if (const QString label = cell(table, row, FitLabel); !label.isEmpty())
            rule.insert(QStringLiteral("label"), label);
        const QString field = cell(table, row, FitField);
        const QJsonValue value = cellValue(cell(table, row, FitValue));
        const QString mode = field.toLower();
        if (mode == QLatin1String("all") || mode == QLatin1String("any")) {
            rule.insert(mode, value.isUndefined() ? QJsonValue(QJsonArray()) : value);
        } else {
            if (!field.isEmpty())
                rule.insert(QStringLiteral("field"), field);
            if (const QString op = cell(table, row, FitOperator); !op.isEmpty())
                rule.insert(QStringLiteral("op"), op);
            if (!value.isUndefined())
                rule.insert(QStringLiteral("value"), value);
        }
        if (const QString points = cell(table, row, FitPoints); !points.isEmpty())
            rule.insert(QStringLiteral("points"), numberValue(points));
        rules.append(rule);
    }
    return rules;
}

QJsonArray behaviorRulesOf(const QTableWidget* table)
{
    QJsonArray rules;
    for (int row = 0; row < table->rowCount(); ++row) {
        QJsonObject rule;
        if (const QString id = cell(table, row, BehaviorId); !id.isEmpty())
            rule.insert(QStringLiteral("id"), id);
        if (const QString label = cell(table, row, BehaviorLabel); !label.isEmpty())
            rule.insert(QStringLiteral("label"), label);
        if (const QString event = cell(table, row, BehaviorEvent); !event.isEmpty())
            rule.insert(QStringLiteral("event"), event);
        if (const QString points = cell(table, row, BehaviorPoints); !points.isEmpty())
            rule.insert(QStringLiteral("points"), numberValue(points));
        if (const QString cap = cell(table, row, BehaviorCap); !cap.isEmpty())
            rule.insert(QStringLiteral("cap"), numberValue(cap));
        rules.append(rule);
    }
    return rules;
}

int moveRow(QTableWidget* table, int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return row;
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem* a = table->takeItem(row, column);
        QTableWidgetItem* b = table->takeItem(target, column);
        table->setItem(row, column, b);
        table->setItem(target, column, a);
    }
    return target;
}

} // namespace lb::modeleditor
