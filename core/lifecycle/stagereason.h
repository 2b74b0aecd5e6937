#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lb {

// The standard reasons for Nurture and Disqualified (docs/domain.md). Keys are stable (stored in
// stage_history.reason and typed on the command line); labels are translated.
struct StageReasonDefinition
{
    QString key;   // no_budget, no_authority, ..., other
    QString label; // English source text; see reasonLabel()
};

const QList<StageReasonDefinition>& stageReasons();
// The translated label of a reason key (the key itself when unknown).
QString reasonLabel(const QString& key);

// A reason as given: one of the standard keys and optional free text.
struct StageReason
{
    QString key;
    QString detail;

    bool isEmpty() const { return key.isEmpty() && detail.isEmpty(); }
    // Stored form: "key" or "key: detail" (a detail alone is escaped as escapeUserText() does).
    QString toStored() const;
    // What people read: the translated label, and the detail after a colon.
    QString display() const;
};

// Reads "no_budget", "No budget", "competitor: went with X" or free text. Text that starts
// with no standard key becomes `other` with the text as detail; an empty text gives an empty
// reason. `other` without detail stays `other` (the machine asks for the detail).
StageReason parseStageReason(const QString& text);

// How a stored reason (stage_history.reason) reads for people, in the current language: a
// standard key becomes its translated label ("competitor: uses Acme" -> "Competitor: uses
// Acme"), a system text (a score promotion, a conversion, SystemText) its sentence; a person's
// own words are shown as written.
QString displayStoredReason(const QString& stored);

} // namespace lb
