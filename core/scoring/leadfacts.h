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
    // A reader that sees the same texts over and over (titles, countries) numbers them: the
    // same code means the same text, within one code space (see Scorer::score). -1: no code.
    int code = -1;
};

// One behaviour event: `type` indexes the scorer's eventTypes() (-1: a type no rule counts);
// `atMs` is milliseconds since the Unix epoch, UTC (lb::Event::occurredAtMs).
struct EventFact
{
    int type = -1;
    qint64 atMs = 0;
};

// A code space no one has used before: a reader that numbers texts takes one for its codes.
quint64 newCodeSpace();

} // namespace lb::scoring
