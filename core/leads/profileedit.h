#pragma once

#include "model/lead.h"

#include <QMap>
#include <QStringList>
#include <optional>

namespace lb {

// The profile fields a person edits by hand, in the order a form shows them.
const QStringList& editableProfileFields();

struct ProfileProblem
{
    QString field;
    QString message;
};

// The <name> of a "custom.<name>" field (the prefix in any case), spelled as the lead already
// has it when it has it in another case; none for any other field.
std::optional<QString> customFieldName(const QString& field, const Lead& lead);

// Reads what was typed into the profile fields (text per field name: editableProfileFields()
// and custom.<name>) into `lead`, with the import's rules for e-mails, numbers, dates and
// countries; an empty custom field is removed. Returns every problem (an unknown field is
// one); `lead` is changed only when there are none.
QList<ProfileProblem> applyProfileTexts(Lead& lead, const QMap<QString, QString>& texts);

// Copies the editable profile fields and the custom fields of `from` onto `to` (an undo puts the
// old values back onto the lead as it is now, keeping its version and everything else).
void copyProfile(const Lead& from, Lead& to);

} // namespace lb
