#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace lb {

// What an SDR did to reach a lead (issue 21): logged by hand, unlike the marketing events an
// import brings. Stored by key (docs/spec/cli.md: call, email, meeting, note); shown by label.
enum class TouchType
{
    Call,
    Email,
    Meeting,
    Note
};

// How a call went. Only calls have an outcome.
enum class TouchOutcome
{
    Connected,
    Voicemail,
    NoAnswer
};

struct Touch
{
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at; // when it happened (the SDR may log it later)
    TouchType type = TouchType::Call;
    std::optional<TouchOutcome> outcome;
    QString note;
    QString by;
    QDateTime loggedAt; // when it was written down
};

QString touchTypeKey(TouchType type);
std::optional<TouchType> touchTypeFromKey(const QString& key);
QString touchOutcomeKey(TouchOutcome outcome);
std::optional<TouchOutcome> touchOutcomeFromKey(const QString& key);
// The translated labels people read ("Call", "No answer"), never the keys.
QString touchTypeLabel(TouchType type);
QString touchOutcomeLabel(TouchOutcome outcome);

} // namespace lb
