#pragma once

#include <QByteArray>

namespace lb::test {

// The model of docs/spec/scoring-model.md, Format, verbatim.
inline QByteArray specModelJson()
{
    return QByteArrayLiteral(R"({
  "format": "leadbench-scoring-model",
  "version": 1,
  "name": "Nordic B2B",
  "fit": {
    "max": 60,
    "rules": [
      {"id": "decision-maker", "label": "Decision-maker title",
       "field": "title", "op": "matches", "value": "(?i)\\b(ceo|cfo|cto|vp|head|director|johtaja|chef)\\b",
       "points": 15},
      {"id": "size", "label": "50-1000 employees", "field": "employees", "op": "between", "value": [50, 1000], "points": 10},
      {"id": "nordics", "label": "Nordic country", "field": "country", "op": "in", "value": ["FI", "SE", "NO", "DK"], "points": 5},
      {"id": "saas-industry", "label": "Software company with budget",
       "all": [{"field": "industry", "op": "equals", "value": "Software"},
               {"field": "budget", "op": "gte", "value": 10000}],
       "points": 8},
      {"id": "competitor", "label": "Competitor domain", "field": "email", "op": "email_domain_in",
       "value": ["rival.example"], "points": -50}
    ]
  },
  "behavior": {
    "max": 40,
    "half_life_days": 30,
    "window_days": 180,
    "rules": [
      {"id": "opens", "label": "E-mail opens", "event": "email_open", "points": 1, "cap": 5},
      {"id": "visits", "label": "Web visits", "event": "page_visit", "points": 2, "cap": 10},
      {"id": "trial", "label": "Trial signup", "event": "trial_signup", "points": 15},
      {"id": "unsub", "label": "Unsubscribed", "event": "unsubscribe", "points": -20}
    ]
  },
  "thresholds": {"mql": 50},
  "grades": [{"min": 80, "grade": "A"}, {"min": 60, "grade": "B"}, {"min": 40, "grade": "C"}, {"min": 0, "grade": "D"}]
})");
}

} // namespace lb::test
