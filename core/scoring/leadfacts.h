#pragma once

#include <QString>

namespace lb::scoring {

// One lead field as the scorer reads it: text, or a number for the numeric columns
// (employees, annual_revenue, budget). The store fills these straight from its columns.
struct FactValue
{
    QString text;
    double number = 0;
    bool isNumber = false;
};

// One behaviour event: `type` indexes the scorer's eventTypes() (-1: a type no rule counts);
// `at` is Unix seconds, UTC.
struct EventFact
{
    int type = -1;
    qint64 at = 0;
};

} // namespace lb::scoring
