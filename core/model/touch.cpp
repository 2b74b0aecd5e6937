#include "model/touch.h"

#include <QCoreApplication>

namespace lb {

QString touchTypeKey(TouchType type)
{
    switch (type) {
    case TouchType::Call:
        return QStringLiteral("call");
    case TouchType::Email:
        return QStringLiteral("email");
    case TouchType::Meeting:
        return QStringLiteral("meeting");
    case TouchType::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<TouchType> touchTypeFromKey(const QString& key)
{
    for (TouchType type :
         {TouchType::Call, TouchType::Email, TouchType::Meeting, TouchType::Note}) {
        if (key.compare(touchTypeKey(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString touchOutcomeKey(TouchOutcome outcome)
{
    switch (outcome) {
    case TouchOutcome::Connected:
        return QStringLiteral("connected");
    case TouchOutcome::Voicemail:
        return QStringLiteral("voicemail");
    case TouchOutcome::NoAnswer:
        return QStringLiteral("no-answer");
    }
    return {};
}

std::optional<TouchOutcome> touchOutcomeFromKey(const QString& key)
{
    for (TouchOutcome outcome :
         {TouchOutcome::Connected, TouchOutcome::Voicemail, TouchOutcome::NoAnswer}) {
        if (key.compare(touchOutcomeKey(outcome), Qt::CaseInsensitive) == 0)
            return outcome;
    }
    return std::nullopt;
}

QString touchTypeLabel(TouchType type)
{
    switch (type) {
    case TouchType::Call:
        //: A logged touch: a phone call with the lead
        return QCoreApplication::translate("lb::Touch", "Call");
    case TouchType::Email:
        //: A logged touch: an e-mail sent to the lead
        return QCoreApplication::translate("lb::Touch", "E-mail");
    case TouchType::Meeting:
        //: A logged touch: a meeting with the lead
        return QCoreApplication::translate("lb::Touch", "Meeting");
    case TouchType::Note:
        //: A logged touch: a note about the lead
        return QCoreApplication::translate("lb::Touch", "Note");
    }
    return {};
}

QString touchOutcomeLabel(TouchOutcome outcome)
{
    switch (outcome) {
    case TouchOutcome::Connected:
        //: Outcome of a call: the SDR talked with the lead
        return QCoreApplication::translate("lb::Touch", "Connected");
    case TouchOutcome::Voicemail:
        //: Outcome of a call: the SDR left a voicemail
        return QCoreApplication::translate("lb::Touch", "Voicemail");
    case TouchOutcome::NoAnswer:
        //: Outcome of a call: nobody answered
        return QCoreApplication::translate("lb::Touch", "No answer");
    }
    return {};
}

} // namespace lb
