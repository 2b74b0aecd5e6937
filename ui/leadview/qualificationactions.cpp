#include "leadview/qualificationactions.h"

#include "dialogs/conversiondialog.h"
#include "dialogs/reasondialog.h"
#include "model/labels.h"
#include "store/workspace.h"
#include "util/usererror.h"

namespace lb {

QualificationActions::QualificationActions(Workspace& workspace, QString actor, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_lifecycle(std::make_unique<LifecycleService>(workspace)),
      m_conversion(std::make_unique<ConversionService>(workspace))
{
}

QualificationActions::~QualificationActions() = default;

QList<Stage> QualificationActions::targets(const Lead& lead)
{
    if (lead.converted)
        return {};
    return StageMachine::targets(lead.stage);
}

bool QualificationActions::moveLead(Lead& lead, Stage to, QWidget* parent)
{
    MoveRequest request{to, {}, false};
    if (StageMachine::needsReason(to)) {
        const auto reason = ReasonDialog::ask(
            ReasonDialog::Mode::StandardReason,
            tr("Why does %1 move to %2?").arg(lead.displayName(), stageLabel(to)), parent);
        if (!reason)
            return false;
        request.reason = *reason;
    }
    try {
        MoveDecision decision = m_lifecycle->check(lead, request, m_actor);
        const bool guardOnly =
            decision.rule == MoveRule::Readiness || decision.rule == MoveRule::Disqualifying;
        if (!decision.allowed && guardOnly && m_lifecycle->actor(m_actor).mayOverride()) {
            // Only the SQL guard stands in the way and a manager is acting: offer the override.
            const auto reason =
                ReasonDialog::ask(ReasonDialog::Mode::FreeText,
                                  decision.message + QStringLiteral("\n\n") +
                                      tr("As a manager you may override the guard. Why?"),
                                  parent);
            if (!reason)
                return false;
            request.reason = *reason;
            request.override = true;
        } else if (!decision.allowed) {
            emit refused(decision.message);
            return false;
        }
        m_lifecycle->move(lead, request, m_actor);
    } catch (const UserError& error) {
        emit refused(error.message());
        return false;
    }
    emit leadsChanged({lead.id});
    return true;
}

std::optional<MoveRequest> QualificationActions::askBulkMove(int count, Stage to, QWidget* parent)
{
    MoveRequest request{to, {}, false};
    if (StageMachine::needsReason(to)) {
        const auto reason = ReasonDialog::ask(
            ReasonDialog::Mode::StandardReason,
            tr("Why do %n leads move to %1?", nullptr, count).arg(stageLabel(to)), parent);
        if (!reason)
            return std::nullopt;
        request.reason = *reason;
    }
    return request;
}

void QualificationActions::reportBulkMove(const BulkMoveResult& result)
{
    if (!result.refused.isEmpty()) {
        QStringList lines;
        for (const BulkMoveResult::Refusal& refusal : result.refused)
            lines << refusal.decision.message;
        emit refused(tr("%n lead(s) were not moved:", nullptr, int(result.refused.size())) +
                     QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    if (!result.moved.isEmpty())
        emit leadsChanged(result.moved);
}

std::optional<BulkMoveResult> QualificationActions::moveLeads(const QList<qint64>& leadIds,
                                                              Stage to, QWidget* parent)
{
    const std::optional<MoveRequest> request = askBulkMove(int(leadIds.size()), to, parent);
    if (!request)
        return std::nullopt;
    try {
        BulkMoveResult result = m_lifecycle->moveMany(leadIds, *request, m_actor);
        reportBulkMove(result);
        return result;
    } catch (const UserError& error) {
        emit refused(error.message());
        return std::nullopt;
    }
}

std::optional<ConversionResult> QualificationActions::convertLead(Lead& lead, QWidget* parent,
                                                                  ConversionPlan* executed)
{
    const MoveDecision decision = StageMachine::decideConversion(lead);
    if (!decision.allowed) {
        emit refused(decision.message);
        return std::nullopt;
    }
    ConversionDialog dialog(*m_conversion, lead, m_actor, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return std::nullopt;
    lead = dialog.result()->lead;
    if (executed)
        *executed = dialog.plan();
    emit leadsChanged({lead.id});
    return dialog.result();
}

} // namespace lb
