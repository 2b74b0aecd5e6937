#pragma once

#include "conversion/conversionservice.h"
#include "lifecycle/lifecycleservice.h"

#include <QObject>
#include <memory>
#include <optional>

class QWidget;

namespace lb {

class Workspace;

// The lead's stage and conversion actions for menus, toolbars and shortcuts: asks for what a
// move needs (a standard reason for Nurture/Disqualified; a manager is offered the override
// when only the SQL guard stands in the way), then moves through the LifecycleService, or opens
// the ConversionDialog. Refusals (rules, stale leads) are reported by refused(); the rules
// themselves stay in core/lifecycle.
class QualificationActions final : public QObject
{
    Q_OBJECT

public:
    QualificationActions(Workspace& workspace, QString actor, QObject* parent = nullptr);
    ~QualificationActions() override;

    // Stages the lead may be moved to by hand from where it is (for a menu).
    static QList<Stage> targets(const Lead& lead);
    // Who acts from now on (after the user changed their name in Settings).
    void setActor(const QString& actor) { m_actor = actor; }

    // True when the lead moved (`lead` is updated); false when refused or cancelled.
    bool moveLead(Lead& lead, Stage to, QWidget* parent);
    // What a move of `count` leads to `to` needs from the SDR (a standard reason for Nurture
    // and Disqualified); nullopt when cancelled. With reportBulkMove(), the two halves of
    // moveLeads() around a moveMany() the window runs in the background.
    std::optional<MoveRequest> askBulkMove(int count, Stage to, QWidget* parent);
    // Reports what a bulk move refused (refused()) and moved (leadsChanged()).
    void reportBulkMove(const BulkMoveResult& result);
    // One reason for all; one transaction; the refused leads are reported.
    std::optional<BulkMoveResult> moveLeads(const QList<qint64>& leadIds, Stage to,
                                            QWidget* parent);
    // Opens the conversion dialog; the result when the lead was converted, and in `executed`
    // (when given) the plan as it was carried out, for a redo.
    std::optional<ConversionResult> convertLead(Lead& lead, QWidget* parent,
                                                ConversionPlan* executed = nullptr);

signals:
    void refused(const QString& message);
    void leadsChanged(const QList<qint64>& leadIds);

private:
    Workspace& m_workspace;
    QString m_actor;
    std::unique_ptr<LifecycleService> m_lifecycle;
    std::unique_ptr<ConversionService> m_conversion;
};

} // namespace lb
