#include "main/leadpanesync.h"

#include "leads/leadtablemodel.h"
#include "leadview/leadview.h"
#include "leadview/profileeditor.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace lb {

LeadPaneSync::LeadPaneSync(QTableView* table, LeadTableModel* model, QWidget* dialogParent)
    : QObject(dialogParent), m_table(table), m_model(model), m_dialogParent(dialogParent)
{
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex& previous) {
                follow(current, previous.row());
            });
    // Connected after the view's and the selection model's own handlers (made by setModel):
    // when restoreAfterReset() runs they have already dropped the current row, silently.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &LeadPaneSync::rememberBeforeReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeadPaneSync::restoreAfterReset);
}

void LeadPaneSync::setLeadView(LeadView* view)
{
    m_view = view;
    m_asking = false;
    if (m_view)
        show(m_table->currentIndex());
}

qint64 LeadPaneSync::leadAt(const QModelIndex& index) const
{
    return index.isValid() ? index.data(LeadTableModel::LeadIdRole).toLongLong() : 0;
}

void LeadPaneSync::follow(const QModelIndex& current, int previousRow)
{
    if (m_asking || !m_view)
        return;
    const qint64 target = leadAt(current);
    const std::optional<Lead>& shown = m_view->lead();
    if (shown && shown->id != target && m_view->hasUnsavedEdits()) {
        // Ask once the click or key that moved the row has been handled: the view is in the
        // middle of it, and a save reloads the table under it.
        m_asking = true;
        QTimer::singleShot(0, this,
                           [this, edited = shown->id, previousRow, target, row = current.row()] {
                               leaveEditedLead(edited, previousRow, target, row);
                           });
        return;
    }
    show(current);
}

void LeadPaneSync::show(const QModelIndex& current)
{
    if (m_view) {
        if (current.isValid())
            m_view->showLead(leadAt(current));
        else
            m_view->clear();
    }
    Q_EMIT currentLeadChanged();
}

void LeadPaneSync::leaveEditedLead(qint64 edited, int editedRow, qint64 target, int targetRow)
{
    if (!m_view) {
        m_asking = false;
        return;
    }
    const bool moveOn = settleEdits();
    // Still "asking": the selection changes below are this answer's, not the SDR's.
    if (moveOn) {
        // A save rescored and reloaded the table: find the lead the SDR went to again.
        if (target != 0)
            selectLead(target, targetRow);
    } else if (!selectLead(edited, editedRow)) {
        // The edited lead is no longer listed: the pane keeps it so the edits are not lost,
        // and no row is current, so the stage keys act on nothing.
        m_table->selectionModel()->clear();
    }
    m_asking = false;
    if (moveOn)
        show(m_table->currentIndex());
    else
        Q_EMIT currentLeadChanged();
}

bool LeadPaneSync::settleEdits()
{
    if (!m_view || !m_view->hasUnsavedEdits())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Unsaved changes"),
        //: %1 is the lead's name
        tr("The profile of %1 has changes that are not saved.").arg(m_view->lead()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("unsavedEditsBox"));
    box.setInformativeText(tr("Save them before you move on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        // Refused values stay in the form with the problems named: the SDR stays there too.
        m_view->profile()->save();
        return !m_view->hasUnsavedEdits();
    case QMessageBox::Discard:
        m_view->profile()->revert();
        return true;
    default:
        return false;
    }
}

bool LeadPaneSync::selectLead(qint64 leadId, int rowHint)
{
    const int row = findRow(leadId, rowHint);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, LeadTableModel::NameColumn));
    return true;
}

int LeadPaneSync::findRow(qint64 leadId, int rowHint) const
{
    const int rows = m_model->rowCount();
    if (rows == 0 || leadId == 0)
        return -1;
    const int hint = std::clamp(rowHint, 0, rows - 1);
    // Two pages either way: a move or an edit shifts a lead a little, and these pages are read
    // anyway to paint the table. Further away, or gone, the lead is out of the SDR's sight.
    const int reach = 2 * LeadTableModel::pageSize;
    for (int distance = 0; distance <= reach; ++distance) {
        for (const int row : {hint - distance, hint + distance}) {
            if (row < 0 || row >= rows)
                continue;
            if (const LeadRow* shown = m_model->rowAt(row); shown && shown->id == leadId)
                return row;
        }
    }
    return -1;
}

void LeadPaneSync::rememberBeforeReset()
{
    const QModelIndex current = m_table->currentIndex();
    m_resetRow = current.isValid() ? current.row() : 0;
    m_resetLead = leadAt(current);
    if (m_resetLead == 0 && m_view && m_view->lead())
        m_resetLead = m_view->lead()->id;
}

void LeadPaneSync::restoreAfterReset()
{
    if (selectLead(m_resetLead, m_resetRow))
        return; // the row change shows it again
    follow(QModelIndex(), m_resetRow);
}

} // namespace lb
