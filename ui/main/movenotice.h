#pragma once

#include "model/stage.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;
class QUndoCommand;
class QUndoStack;

namespace lb {

class LeadMoves;

// The status bar's word after a stage move (issue 21): "Timo Heikkinen → SAL · Undo", or
// "12 leads → SAL · Undo", so the SDR sees what the key did while the queue has already moved
// on. Undo takes back exactly that move: the notice stays only while the move is the newest
// step of the undo stack (any other step, an undo or a redo hides it) and for a minute at most.
class MoveNotice final : public QWidget
{
    Q_OBJECT

public:
    MoveNotice(LeadMoves* moves, QUndoStack* undo, QWidget* parent = nullptr);

    // `leadName` names the lead when one moved; empty for `count` leads.
    void showMove(const QString& leadName, int count, Stage to, const QUndoCommand* step);
    QLabel* text() const { return m_text; }
    QToolButton* undoButton() const { return m_button; }

private:
    void undoMove();
    bool moveIsNewest() const;

    QUndoStack* m_undo;
    const QUndoCommand* m_step = nullptr;
    QLabel* m_text;
    QToolButton* m_button;
    QTimer* m_expiry;
};

} // namespace lb
