#pragma once

#include <QObject>
#include <QPointer>

class QModelIndex;
class QTableView;
class QWidget;

namespace lb {

class LeadTableModel;
class LeadView;

// Keeps the lead view on the table's current row, so the SDR never reads one lead and acts on
// another: the pane shows the lead of the current row, or nothing (with a hint) when no row is
// current. When the table reloads (queue, search, filter, a move, an edit), the lead stays
// current if it is still listed near where it was; otherwise no row is current and the pane
// is empty. Before the pane leaves a lead whose profile has unsaved edits it asks to save,
// discard or cancel; cancel keeps the edited lead selected.
class LeadPaneSync final : public QObject
{
    Q_OBJECT

public:
    // `dialogParent` owns the question about unsaved edits.
    LeadPaneSync(QTableView* table, LeadTableModel* model, QWidget* dialogParent);

    // The pane of the open workspace (nullptr while none is open).
    void setLeadView(LeadView* view);
    // When the profile has unsaved edits: asks Save / Discard / Cancel. True when the SDR may
    // move on (saved, discarded, or nothing to save); false on Cancel or when the edits could
    // not be saved (the form then says why).
    bool settleEdits();
    // Makes the lead's row current when the lead is listed within a few pages of `rowHint`;
    // false when it is not found there.
    bool selectLead(qint64 leadId, int rowHint);

Q_SIGNALS:
    // The pane now shows another lead, or none.
    void currentLeadChanged();

private:
    void follow(const QModelIndex& current, int previousRow);
    void show(const QModelIndex& current);
    void leaveEditedLead(qint64 edited, int editedRow, qint64 target, int targetRow);
    void rememberBeforeReset();
    void restoreAfterReset();
    int findRow(qint64 leadId, int rowHint) const;
    qint64 leadAt(const QModelIndex& index) const;

    QTableView* m_table;
    LeadTableModel* m_model;
    QWidget* m_dialogParent;
    QPointer<LeadView> m_view;
    qint64 m_resetLead = 0;
    int m_resetRow = -1;
    // A question about unsaved edits is pending or open: row changes meanwhile are its doing.
    bool m_asking = false;
};

} // namespace lb
