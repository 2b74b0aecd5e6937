#pragma once

#include "model/stage.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lb {

struct ConversionLink;
class CrmStore;

// A text the program itself writes into the workspace (a history reason, a note), kept as a
// code with its parameters so that everyone reads it in their own language: a Swedish user
// reads a Finnish colleague's score promotion in Swedish (issue 22). Free words a person typed
// are stored as written and never pass through here, except escapeUserText().
//
// Stored form: "@code" or "@code {json}", e.g. `@mql_score {"score":55,"threshold":50}`.
// Text a person typed that starts with "@" is stored with one more "@" in front
// (escapeUserText()), and displayStoredText() takes it off again, so that nothing typed ever
// reads as a code.
struct SystemText
{
    QString code;
    QJsonObject params;

    QString toStored() const;
    // The sentence in the current language (numbers as the locale writes them).
    QString display() const;

    // The system text `stored` holds: a known code, or one of the English sentences earlier
    // versions stored ("score 55 >= 50", "account 3, contact 5", "Created from Web").
    // Nothing for anything else (a person's words, an unknown code).
    static std::optional<SystemText> fromStored(const QString& stored);

    // New -> MQL by the score rule.
    static SystemText scorePromotion(int score, double threshold);
    // A lead's creation by the demo data, from its lead source.
    static SystemText createdFrom(const QString& source);
    // A lead created or moved by an import of `fileName`.
    static SystemText importedFrom(const QString& fileName);
    // SQL -> Converted; the names are read instead of the ids where given.
    static SystemText converted(const ConversionLink& link, const QString& accountName = {},
                                const QString& contactName = {},
                                const QString& opportunityName = {});
    // A conversion's text of an earlier version names the records by number: the same text
    // with the names of those still in `crm`; any other text as it is.
    static QString withRecordNames(const QString& stored, CrmStore& crm);

    // The undo of a conversion and what it removed (a name each; empty: not removed).
    static SystemText conversionUndone(const QString& removedAccount, const QString& removedContact,
                                       const QString& removedOpportunity);
    // The undo of a move to `to`.
    static SystemText moveUndone(Stage to);
    // The note on the contact a lead became: the lead's id and name, its events and answers.
    static SystemText convertedFromLead(qint64 leadId, const QString& leadName, qint64 events,
                                        qint64 answers);
    // The demo data's reasons for its moves: MQL, SAL, SQL, Converted.
    static SystemText demoMqlReached();
    static SystemText demoAccepted();
    static SystemText demoReady();
    static SystemText demoConverted();
};

// Text a person typed, to be stored where system texts are stored too: one that could read as
// a code gets an escape (see SystemText).
QString escapeUserText(const QString& text);

// What people read for a stored text: a system text in the current language, a person's words
// as written.
QString displayStoredText(const QString& stored);

} // namespace lb
