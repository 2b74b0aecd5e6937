#pragma once

#include "model/touch.h"

#include <QList>
#include <memory>
#include <optional>

namespace lb {

class TouchStore;
class Workspace;

// What an SDR logs of a touch: the rest (who, when it was logged) the service fills in.
struct TouchInput
{
    TouchType type = TouchType::Call;
    std::optional<TouchOutcome> outcome; // calls only
    QDateTime at;                        // invalid: now
    QString note;
};

// Logged touches (issue 21): calls, e-mails, meetings and notes an SDR records on a lead,
// shown in its Activity beside the marketing events. The earliest is the lead's first touch,
// which speed-to-lead is measured to. Used by the GUI and `leadbench-cli log`.
class TouchService
{
public:
    explicit TouchService(Workspace& workspace);

    // Logs the touch. Throws StoreError: NotFound (no such lead), Invalid (an outcome on
    // anything but a call, a moment in the future, a note without text, a converted lead).
    Touch log(qint64 leadId, const TouchInput& input, const QString& actor);
    // Takes a logged touch back (undo); false when it was gone already.
    bool remove(const Touch& touch);
    // Logs `touch` again as it was (redo of an undone log); sets a new id.
    Touch restore(const Touch& touch);

    // Newest first.
    QList<Touch> forLead(qint64 leadId);
    std::optional<QDateTime> firstTouchAt(qint64 leadId);

private:
    Workspace& m_workspace;
    TouchStore* m_store; // the workspace's
};

} // namespace lb
