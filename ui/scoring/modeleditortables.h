#pragma once

#include "scoring/scoringmodel.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

class QTableWidget;

namespace lb::modeleditor {

// The rule tables of the model editor and their JSON: one row per rule, cells as the user
// types them. What the cells hold is checked by parsing the resulting document, so the editor
// and `model import` refuse exactly the same things.
enum FitColumn
{
    FitId,
    FitLabel,
    FitField, // a field name, or "all" / "any" (then Value holds the list of conditions)
    FitOperator,
    FitValue, // JSON, or plain text taken as a string
    FitPoints,
    FitColumnCount
};

enum BehaviorColumn
{
    BehaviorId,
    BehaviorLabel,
    BehaviorEvent,
    BehaviorPoints,
    BehaviorCap,
    BehaviorColumnCount
};

void setupFitTable(QTableWidget* table);
void setupBehaviorTable(QTableWidget* table);
void fillFitTable(QTableWidget* table, const QList<scoring::FitRule>& rules);
void fillBehaviorTable(QTableWidget* table, const QList<scoring::BehaviorRule>& rules);
QJsonArray fitRulesOf(const QTableWidget* table);
QJsonArray behaviorRulesOf(const QTableWidget* table);

// A JSON value as a cell shows it: strings bare when that reads back the same.
QString cellText(const QJsonValue& value);
QJsonValue cellValue(const QString& text);

// Moves a row of a table one up (-1) or down (+1); returns the row's new index.
int moveRow(QTableWidget* table, int row, int delta);

} // namespace lb::modeleditor
