#include "leadview/profileoffer.h"

#include "crm/crmlistmodels.h"
#include "leads/profileedit.h"
#include "leadview/profileeditor.h"
#include "leadview/profileofferbar.h"
#include "qualification/qualificationservice.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QLocale>
#include <QPushButton>

namespace lb {

ProfileOffer::ProfileOffer(Workspace& workspace, QualificationService& qualification,
                           ProfileEditor* profile, ProfileOfferBar* bar, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_qualification(qualification), m_profile(profile),
      m_bar(bar)
{
    connect(m_bar, &ProfileOfferBar::fillRequested, this, &ProfileOffer::fill);
    connect(m_bar, &ProfileOfferBar::dismissed, this, &ProfileOffer::withdraw);
}

void ProfileOffer::consider(const Answer& answer)
{
    std::optional<Lead> lead;
    try {
        lead = m_workspace.leads().find(answer.leadId);
    } catch (const StoreError&) {
        lead.reset();
    }
    m_answer = answer;
    if (lead)
        show(*lead);
    else
        withdraw();
}

void ProfileOffer::leadShown(const Lead& lead, const LeadQualification& qualification)
{
    if (!m_answer)
        return;
    if (m_answer->leadId != lead.id) {
        withdraw();
        return;
    }
    // An undone or newer answer no longer speaks for the prospect.
    bool current = false;
    if (const FrameworkReadiness* framework = qualification.framework(m_answer->framework)) {
        for (const CriterionState& state : framework->criteria)
            current = current || (state.answer && state.answer->id == m_answer->id);
    }
    if (current)
        show(lead);
    else
        withdraw();
}

void ProfileOffer::show(const Lead& lead)
{
    m_proposal = profileProposal(lead, *m_answer, m_qualification.catalog());
    if (!m_proposal) {
        withdraw();
        return;
    }
    Lead proposed = lead;
    applyProfileTexts(proposed, {{m_proposal->field, m_proposal->text}});
    const QString label = ProfileEditor::labelFor(m_proposal->field);
    const QString now = leadFieldText(lead, m_proposal->field);
    const QString value = displayValue(proposed, m_proposal->field);
    if (now.isEmpty()) {
        //: Offer after an answer: %1 a profile field (Budget), %2 the answer's value
        m_bar->offer(tr("Fill the profile's %1 with %2?").arg(label, value));
        return;
    }
    //: Offer after an answer: %1 a profile field, %2 its value now, %3 the answer's value
    m_bar->offer(tr("Change the profile's %1 from %2 to %3?")
                     .arg(label, displayValue(lead, m_proposal->field), value));
}

QString ProfileOffer::displayValue(const Lead& lead, const QString& field) const
{
    if (field == QLatin1String("budget"))
        return opportunityAmountText(lead.budget, m_qualification.settings().currency);
    if (field == QLatin1String("expected_close"))
        return QLocale().toString(lead.expectedClose, QLocale::ShortFormat);
    return leadFieldText(lead, field);
}

void ProfileOffer::fill()
{
    if (!m_answer || !m_proposal)
        return;
    // The form's unsaved typing would be lost to the fill's reload: the SDR settles it first.
    if (m_profile->hasUnsavedChanges()) {
        m_bar->offer(tr("Save or revert the changes in the profile first, then fill it."));
        return;
    }
    std::optional<Lead> before;
    try {
        before = m_workspace.leads().find(m_answer->leadId);
    } catch (const StoreError&) {
        before.reset();
    }
    if (!before) {
        withdraw();
        return;
    }
    Lead after = *before;
    if (!applyProfileTexts(after, {{m_proposal->field, m_proposal->text}}).isEmpty()) {
        withdraw();
        return;
    }
    withdraw();
    Q_EMIT editRequested(*before, after);
}

void ProfileOffer::withdraw()
{
    m_answer.reset();
    m_proposal.reset();
    m_bar->hide();
}

} // namespace lb
