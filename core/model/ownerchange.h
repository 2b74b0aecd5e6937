#pragma once

#include <QDateTime>
#include <QString>

namespace lb {

// One change of a lead's owner (issue 21): who had it, who has it now, who changed it, when.
// An empty name is nobody.
struct OwnerChange
{
    qint64 id = 0;
    qint64 leadId = 0;
    QDateTime at;
    QString from;
    QString to;
    QString by;
    // The lead's version the change wrote: an undo is refused once the lead changed again.
    qint64 version = 0;
};

} // namespace lb
