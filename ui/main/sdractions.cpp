#include "main/sdractions.h"

#include "dialogs/logtouchdialog.h"
#include "dialogs/ownerdialogs.h"
#include "leads/ownership.h"
#include "leads/touches.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "undo/ownercommand.h"
#include "undo/touchcommand.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace lb {

SdrActions::SdrActions(QWidget* window, QUndoStack* undo)
    : QObject(window), m_window(window), m_undo(undo)
{
}

void SdrActions::warn(const QString& title, const QString& message)
{
    QMessageBox::warning(m_window, title, message);
}

void SdrActions::assignOwner(Workspace& workspace, const QString& actor, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    QString current;
    if (ids.size() == 1) {
        if (const std::optional<Lead> lead = workspace.leads().find(ids.constFirst()))
            current = lead->owner;
    }
    AssignOwnerDialog dialog(workspace.users().names(), current, int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<OwnerChange> changes;
    try {
        changes = OwnershipService(workspace).assignMany(ids, dialog.owner(), actor);
    } catch (const StoreError& error) {
        warn(tr("Not assigned"), error.message());
        Q_EMIT leadsChanged();
        return;
    }
    if (!changes.isEmpty())
        keepOwnerChanges(workspace, actor, changes);
    Q_EMIT leadsChanged();
}

void SdrActions::assignNewMqls(Workspace& workspace, const QString& actor)
{
    OwnershipService ownership(workspace);
    const QList<qint64> ids = ownership.unownedMqls();
    if (ids.isEmpty()) {
        QMessageBox::information(m_window, tr("Assign New MQLs"),
                                 tr("Every MQL has an owner already."));
        return;
    }
    RoundRobinDialog dialog(workspace.users().names(), int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<OwnerChange> changes;
    try {
        changes = ownership.assignRoundRobin(ids, dialog.owners(), actor);
    } catch (const StoreError& error) {
        warn(tr("Not assigned"), error.message());
        Q_EMIT leadsChanged();
        return;
    }
    if (!changes.isEmpty())
        keepOwnerChanges(workspace, actor, changes);
    Q_EMIT leadsChanged();
}

void SdrActions::keepOwnerChanges(Workspace& workspace, const QString& actor,
                                  const QList<OwnerChange>& changes)
{
    // Made already: the push only keeps them for undo.
    m_undo->push(new OwnerCommand(
        workspace, actor, changes,
        [this](const QString& message) { warn(tr("Not undone"), message); },
        [this] { Q_EMIT leadChangedByUndo(); }));
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(tr("Assigned %n lead(s)", nullptr, int(changes.size())),
                                         5000);
}

void SdrActions::logTouch(Workspace& workspace, const QString& actor, qint64 leadId)
{
    const std::optional<Lead> lead = workspace.leads().find(leadId);
    if (!lead)
        return;
    LogTouchDialog dialog(lead->displayName(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Touch touch;
    try {
        touch = TouchService(workspace).log(leadId, dialog.input(), actor);
    } catch (const StoreError& error) {
        warn(tr("Not logged"), error.message());
        return;
    }
    m_undo->push(new TouchCommand(
        workspace, touch, [this](const QString& message) { warn(tr("Not undone"), message); },
        [this](qint64) { Q_EMIT leadChangedByUndo(); }));
    Q_EMIT leadsChanged();
}

} // namespace lb
