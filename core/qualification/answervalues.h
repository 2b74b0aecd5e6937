#pragma once

#include "model/crm.h"
#include "qualification/framework.h"

#include <QDate>
#include <optional>

namespace lb {

class FrameworkCatalog;

// How a recorded answer's value reads as a fact about the lead. One place for these rules, so
// the opportunity a conversion opens (issue 20) and the profile the SDR is offered to fill
// (issue 21) believe the same answers.

// The kind of value the answer's criterion takes; none for an unknown framework or criterion.
std::optional<ValueKind> answerValueKind(const Answer& answer, const FrameworkCatalog& catalog);

// A confirmed money answer: a confirmed answer to an amount criterion (BANT/GPCTBA budget,
// CHAMP/ANUM money) whose value is a finite amount of zero or more. None otherwise: a partial
// answer is not yet what the prospect will spend.
std::optional<double> confirmedMoney(const Answer& answer, const FrameworkCatalog& catalog);

// The date an answer to a date criterion (BANT/GPCTBA timeline, ANUM urgency) gives, whatever
// its status; invalid when the criterion takes no date or the value is not YYYY-MM-DD.
QDate answeredDate(const Answer& answer, const FrameworkCatalog& catalog);

} // namespace lb
