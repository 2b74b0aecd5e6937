#pragma once

#include "lifecycle/stagereason.h"
#include "model/lead.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lb {

struct LeadQualification;

// A requested move of one lead.
struct MoveRequest
{
    Stage to = Stage::New;
    StageReason reason;
    bool override = false; // a manager overriding the SQL readiness guard
};

// Who asks: the user's name and role (users.role: sdr, manager, admin).
struct Actor
{
    QString name;
    QString role;
    bool mayOverride() const;
};

// Which rule decided a move. The keys (ruleKey()) are stable for scripts and tests.
enum class MoveRule
{
    Allowed,
    SameStage,          // already there
    NotAllowed,         // no such edge in the lifecycle
    ReadOnly,           // the lead is converted
    OnlyByConversion,   // Converted is reached by converting, not by a move
    ReasonRequired,     // Nurture / Disqualified without a reason
    DetailRequired,     // reason "other" without its text
    Readiness,          // SQL guard: no framework at the bar (or none used)
    Disqualifying,      // SQL guard: a criterion marked disqualifying
    OverrideNotAllowed, // override asked by someone who is not a manager
    OverrideNeedsReason // override without a reason
};

QString ruleKey(MoveRule rule);

// The machine's answer: allowed or not, the rule that decided, and the translated message that
// says exactly what failed and what is missing.
struct MoveDecision
{
    bool allowed = false;
    MoveRule rule = MoveRule::NotAllowed;
    QString message;
    QStringList missing;     // what would have to change (criteria, a reason, ...)
    bool overridden = false; // allowed only thanks to a manager's override
};

// The lead lifecycle of docs/domain.md: the one place that decides what may move where, and why
// not. Pure: it reads the lead, the request, the actor and the lead's qualification.
class StageMachine
{
public:
    // Stages a lead in `from` may be moved to by hand (Converted is never among them).
    static QList<Stage> targets(Stage from);
    static bool needsReason(Stage to);

    // `qualification` is needed only for moves to SQL; `readinessBar` is a share (0.75).
    static MoveDecision decide(const Lead& lead, const MoveRequest& request, const Actor& actor,
                               const LeadQualification* qualification, double readinessBar);

    // Whether conversion may turn the lead into Converted (only from SQL).
    static MoveDecision decideConversion(const Lead& lead);

    // The automatic move (docs/spec/scoring-model.md, Arithmetic 5): after scoring, a lead in
    // scorePromotionFrom whose score reaches the model's MQL threshold moves to
    // scorePromotionTo, with scorePromotionReason() in its history and the model's name as the
    // actor; scoring never moves a lead back. Every path that scores uses this definition; the
    // store's bulk path runs it as SQL bound to these stages (a test proves the paths agree).
    static constexpr Stage scorePromotionFrom = Stage::New;
    static constexpr Stage scorePromotionTo = Stage::MQL;
    static bool promotesByScore(Stage stage, int score, double threshold);
    // The move's stored history reason (a SystemText; displayStoredReason() reads it).
    static QString scorePromotionReason(int score, double threshold);
};

} // namespace lb
