#pragma once

#include "model/stage.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace lb {

class Workspace;

// What the queue panel and the filter bar show beside the table: how many leads each stage's
// queue holds, how many are the SDR's own, how many MQLs are overdue, and which sources and
// countries the filters offer. On a team workspace these are full counts on the server (some
// hundreds of milliseconds at a million leads), so the window reads them on a worker thread
// (MainWindow::refreshQueues); one function reads them for both.
struct QueueCounts
{
    QMap<Stage, qint64> byStage;
    qint64 mine = 0;
    qint64 overdue = 0;
    QStringList sources;
    QStringList countries;
};

// `actor` is the SDR whose leads "My leads" counts; `slaCutoff` the moment before which an
// untouched MQL is overdue (sla::overdueCutoff).
QueueCounts readQueueCounts(Workspace& workspace, const QString& actor, const QDateTime& slaCutoff);

} // namespace lb
