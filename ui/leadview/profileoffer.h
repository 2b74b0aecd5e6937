#pragma once

#include "leads/profileproposal.h"
#include "model/crm.h"
#include "model/lead.h"

#include <QObject>
#include <optional>

namespace lb {

struct LeadQualification;
class ProfileEditor;
class ProfileOfferBar;
class QualificationService;
class Workspace;

// Answers feed the record (issue 21): after the SDR records an answer, offers to copy what it
// says (a confirmed budget, a decision date, who has authority) into the lead's profile, on
// the bar; core (profileProposal) decides what is offered. Fill asks for the same versioned,
// undoable profile edit as the profile form's Save (editRequested).
class ProfileOffer final : public QObject
{
    Q_OBJECT

public:
    ProfileOffer(Workspace& workspace, QualificationService& qualification, ProfileEditor* profile,
                 ProfileOfferBar* bar, QObject* parent = nullptr);

    // An answer was recorded: offer what it tells the profile, if anything.
    void consider(const Answer& answer);
    // The lead view shows `lead` (again): an offer for another lead, one the profile has taken
    // up meanwhile, or one whose answer is no longer current is withdrawn.
    void leadShown(const Lead& lead, const LeadQualification& qualification);
    // The offer now on the bar, if any.
    const std::optional<ProfileProposal>& proposal() const { return m_proposal; }

Q_SIGNALS:
    void editRequested(const lb::Lead& before, const lb::Lead& after);

private:
    void fill();
    void withdraw();
    void show(const Lead& lead);
    QString displayValue(const Lead& lead, const QString& field) const;

    Workspace& m_workspace;
    QualificationService& m_qualification;
    ProfileEditor* m_profile;
    ProfileOfferBar* m_bar;
    std::optional<Answer> m_answer;
    std::optional<ProfileProposal> m_proposal;
};

} // namespace lb
