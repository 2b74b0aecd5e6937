#pragma once

#include "model/crm.h"
#include "model/lead.h"

#include <optional>

namespace lb {

class FrameworkCatalog;

// A profile value an answer just recorded suggests (issue 21, "answers feed the record"): the
// field (a name of editableProfileFields()) and its value as the profile form reads it, so the
// fill goes through applyProfileTexts() and the same versioned, undoable edit as typing it.
struct ProfileProposal
{
    QString field;
    QString text;

    bool operator==(const ProfileProposal&) const = default;
};

// What the SDR is offered to write into the lead's profile after recording `answer`, or none:
// a confirmed money answer (answervalues.h) fills the budget, a confirmed answer to a date
// criterion (BANT/GPCTBA timeline, ANUM urgency) the expected close, a confirmed answer naming
// who has authority (BANT/CHAMP/ANUM/GPCTBA authority) the title. Only when the profile's value
// is empty or differs, and never on a converted lead (its profile is read-only).
std::optional<ProfileProposal> profileProposal(const Lead& lead, const Answer& answer,
                                               const FrameworkCatalog& catalog);

} // namespace lb
