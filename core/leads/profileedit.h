#pragma once

#include "model/lead.h"

#include <QMap>
#include <QStringList>

namespace lb {

// The profile fields a person edits by hand, in the order a form shows them.
const QStringList& editableProfileFields();

struct ProfileProblem
{
    QString field;
    QString message;
};

// Reads what was typed into the profile fields (text per field name) into `lead`, with the
// import's rules for e-mails, numbers, dates and countries. Returns every problem; `lead` is
// changed only when there are none.
QList<ProfileProblem> applyProfileTexts(Lead& lead, const QMap<QString, QString>& texts);

// Copies the editable profile fields of `from` onto `to` (an undo puts the old values back
// onto the lead as it is now, keeping its version and everything else).
void copyProfile(const Lead& from, Lead& to);

} // namespace lb
