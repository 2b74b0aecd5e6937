#pragma once

#include "model/event.h"
#include "model/lead.h"
#include "scoring/breakdown.h"
#include "scoring/scoringmodel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace lb {

class ScoreBar;
class Workspace;

// Why a lead scored what it did: fit against behaviour, the rules that counted, the data
// that is missing and would have scored, and what would take it over the MQL threshold.
class ScoreBreakdownWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ScoreBreakdownWidget(QWidget* parent = nullptr);

    void setBreakdown(const scoring::ScoreBreakdown& breakdown);
    // Scores the lead with `model` as of `asOf` (pure: nothing is written).
    void showLead(const scoring::ScoringModel& model, const Lead& lead, const QList<Event>& events,
                  const QDateTime& asOf = {});
    // The lead's stored score explained: by the model that produced it, as of its scored_at
    // (the active model and now for a lead never scored), with its stored events.
    void showLead(Workspace& workspace, const Lead& lead);
    void clear();

    const scoring::ScoreBreakdown& breakdown() const { return m_breakdown; }
    QLabel* scoreLabel() const { return m_scoreLabel; }
    ScoreBar* bar() const { return m_bar; }
    QTableWidget* contributions() const { return m_contributions; }
    QLabel* mqlLabel() const { return m_mqlLabel; }
    QListWidget* missing() const { return m_missing; }
    QListWidget* steps() const { return m_steps; }

private:
    static void addPlaceholder(QListWidget* list, const QString& text);

    scoring::ScoreBreakdown m_breakdown;
    QLabel* m_scoreLabel = nullptr;
    ScoreBar* m_bar = nullptr;
    QTableWidget* m_contributions = nullptr;
    QLabel* m_mqlLabel = nullptr;
    QLabel* m_asOfLabel = nullptr;
    QListWidget* m_missing = nullptr;
    QListWidget* m_steps = nullptr;
};

} // namespace lb
