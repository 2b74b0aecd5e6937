#pragma once

#include "util/usererror.h"

#include "model/crm.h"
#include "model/lead.h"
#include "qualification/frameworkcatalog.h"
#include "qualification/qualificationsettings.h"
#include "qualification/readiness.h"

#include <QDateTime>
#include <QList>
#include <memory>
#include <optional>
#include <stdexcept>

namespace lb {

class Workspace;
class QualificationStore;

// An answer the rules refuse (unknown framework or criterion, a value of the wrong kind, a
// converted lead). The message is translated and says what was wrong.
class QualificationError : public UserError
{
public:
    using UserError::UserError;
};

// Everything about a lead's qualification at one moment: the frameworks it uses, with their
// current answers, staleness and readiness.
struct LeadQualification
{
    qint64 leadId = 0;
    QList<FrameworkReadiness> frameworks;
    QualificationSettings settings;

    const FrameworkReadiness* framework(const QString& id) const;
    // The best readiness of any framework (0 when none is used).
    double bestReadiness() const;
    // "FRAMEWORK/criterion" of every disqualifying answer.
    QStringList disqualifying() const;
};

// What an SDR records for one criterion.
struct AnswerInput
{
    QString framework; // id or title, case-insensitive
    QString criterion; // key
    AnswerStatus status = AnswerStatus::Unknown;
    QString note;
    QString value; // checked against the criterion's kind; stored normalised
};

// One change of a criterion's current answer: what it was before and what it became. An answer
// recorded, taken back or recorded again is one of these, so an undo stack can hold them.
struct AnswerChange
{
    qint64 leadId = 0;
    QString framework;            // the catalog's id
    QString criterion;            // key
    std::optional<Answer> before; // the current answer it replaced; none: the criterion was open
    std::optional<Answer> after;  // the answer it made current; none: the answer was withdrawn
};

// Records framework answers (keeping every earlier answer as history) and reads a lead's
// qualification. Works on the caller's workspace connection and joins its transaction.
class QualificationService
{
public:
    explicit QualificationService(Workspace& workspace,
                                  const FrameworkCatalog& catalog = FrameworkCatalog::builtIn());

    const FrameworkCatalog& catalog() const { return m_catalog; }
    QualificationSettings settings();

    // Records the answer for the lead (which then uses the framework). Throws
    // QualificationError for a refused input and StoreError for a missing lead.
    Answer record(const Lead& lead, const AnswerInput& input, const QString& actor);
    // Records the answer like record() and says what it replaced, so it can be taken back.
    AnswerChange change(const Lead& lead, const AnswerInput& input, const QString& actor);
    // Takes back `done`: when the criterion's current answer is still done.after (by id), the
    // answer done.before is recorded again as a new answer by `actor` (history is never
    // rewritten), or, when the criterion had no answer before, the current one is withdrawn.
    // Returns the change this made, whose revert() is a redo. Throws QualificationError when
    // someone answered the criterion since (their answer is never overwritten) or the lead is
    // converted, and StoreError for a missing lead.
    AnswerChange revert(const AnswerChange& done, const QString& actor);
    // Starts using a framework without answering anything yet.
    void useFramework(const Lead& lead, const QString& framework);

    LeadQualification load(qint64 leadId, const QDateTime& now = QDateTime::currentDateTimeUtc());
    QList<Answer> history(qint64 leadId, const QString& framework, const QString& criterion);

    // The value in its stored form, or a QualificationError naming the criterion and value.
    static QString normalizeValue(const CriterionDefinition& criterion, const QString& value);

private:
    std::optional<Answer> currentAnswer(qint64 leadId, const QString& framework,
                                        const QString& criterion);

    Workspace& m_workspace;
    const FrameworkCatalog& m_catalog;
    QualificationStore* m_store; // the workspace's
};

} // namespace lb
