#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace lb {

// What kind of typed value an answer to a criterion may carry besides its note.
enum class ValueKind
{
    Text,
    Amount, // a number in the workspace currency
    Date,   // YYYY-MM-DD
    Contact // a person: name, role or e-mail, as text
};

QString valueKindName(ValueKind kind);
std::optional<ValueKind> valueKindFromName(const QString& name);

// One criterion of a framework, as the resource file defines it. `name` and `question` are
// the English source texts; the display functions translate them (context lb::Frameworks).
struct CriterionDefinition
{
    QString key; // stable: budget, economic_buyer, ...
    QString name;
    QString question;
    ValueKind kind = ValueKind::Text;

    QString displayName() const;
    QString displayQuestion() const;
};

// A qualification framework (BANT, CHAMP, ...): a checklist of criteria. The id and title are
// acronyms and never translated.
struct FrameworkDefinition
{
    QString id;    // BANT, CHAMP, MEDDIC, ANUM, GPCTBA
    QString title; // BANT, ..., GPCTBA/C&I
    QList<CriterionDefinition> criteria;

    const CriterionDefinition* criterion(const QString& key) const;
    QStringList criterionKeys() const;
};

} // namespace lb
