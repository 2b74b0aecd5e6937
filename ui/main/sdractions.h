#pragma once

#include "model/ownerchange.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;
class QWidget;

namespace lb {

class Workspace;

// The SDR's own actions on leads (issue 21): assign an owner to the selected leads, deal the
// unowned MQLs out in turn, and log a touch. Each asks in a small dialog, writes through the
// core (leads/ownership.h, leads/touches.h) and keeps what it did on the undo stack.
class SdrActions final : public QObject
{
    Q_OBJECT

public:
    SdrActions(QWidget* window, QUndoStack* undo);

    void assignOwner(Workspace& workspace, const QString& actor, const QList<qint64>& ids);
    void assignNewMqls(Workspace& workspace, const QString& actor);
    void logTouch(Workspace& workspace, const QString& actor, qint64 leadId);

Q_SIGNALS:
    // Something was written: the lists, counts and the lead view are read again.
    void leadsChanged();
    // An undo or redo of a kept step changed leads.
    void leadChangedByUndo();

private:
    void warn(const QString& title, const QString& message);
    void keepOwnerChanges(Workspace& workspace, const QString& actor,
                          const QList<OwnerChange>& changes);

    QWidget* m_window;
    QUndoStack* m_undo;
};

} // namespace lb
