#include "leads/profileproposal.h"

#include "lifecycle/leadguard.h"
#include "qualification/answervalues.h"

namespace lb {

namespace {

std::optional<ProfileProposal> proposalFor(const Lead& lead, const QString& field,
                                           const Lead& proposed)
{
    // Compared as the profile form shows them: "25000" and 25000.0 are the same budget.
    const QString text = leadFieldText(proposed, field);
    if (text.isEmpty() || text == leadFieldText(lead, field))
        return std::nullopt;
    return ProfileProposal{field, text};
}

} // namespace

std::optional<ProfileProposal> profileProposal(const Lead& lead, const Answer& answer,
                                               const FrameworkCatalog& catalog)
{
    if (readOnlyReason(lead) || answer.status != AnswerStatus::Confirmed)
        return std::nullopt;
    Lead proposed;
    if (const std::optional<double> money = confirmedMoney(answer, catalog)) {
        proposed.budget = money;
        return proposalFor(lead, QStringLiteral("budget"), proposed);
    }
    if (const QDate date = answeredDate(answer, catalog); date.isValid()) {
        proposed.expectedClose = date;
        return proposalFor(lead, QStringLiteral("expected_close"), proposed);
    }
    // The authority criterion's answer names who decides, by role as often as by name; the
    // SDR is asked, never assumed to be talking to that person.
    if (answer.criterion == QLatin1String("authority") &&
        answerValueKind(answer, catalog) == ValueKind::Contact) {
        proposed.title = answer.value.simplified();
        return proposalFor(lead, QStringLiteral("title"), proposed);
    }
    return std::nullopt;
}

} // namespace lb
