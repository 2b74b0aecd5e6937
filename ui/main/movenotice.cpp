#include "main/movenotice.h"

#include "leads/leadtablemodel.h"
#include "main/leadmoves.h"
#include "main/retranslate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace lb {

MoveNotice::MoveNotice(LeadMoves* moves, QUndoStack* undo, QWidget* parent)
    : QWidget(parent), m_undo(undo), m_text(new QLabel(this)), m_button(new QToolButton(this)),
      m_expiry(new QTimer(this))
{
    setObjectName(QStringLiteral("moveNotice"));
    m_text->setObjectName(QStringLiteral("moveNoticeText"));
    m_button->setObjectName(QStringLiteral("moveNoticeUndo"));
    retranslate(m_button, [this] {
        //: Button after "Timo Heikkinen → SAL" in the status bar: takes that move back
        m_button->setText(tr("Undo"));
    });
    m_button->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text);
    layout->addWidget(m_button);
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(60 * 1000);
    connect(m_expiry, &QTimer::timeout, this, &QWidget::hide);
    connect(m_button, &QToolButton::clicked, this, &MoveNotice::undoMove);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!moveIsNewest())
            hide();
    });
    connect(moves, &LeadMoves::moved, this,
            [this](const QList<qint64>& ids, Stage to, const QString& name,
                   const QUndoCommand* step) { showMove(name, int(ids.size()), to, step); });
    hide();
}

void MoveNotice::showMove(const QString& leadName, int count, Stage to, const QUndoCommand* step)
{
    m_step = step;
    const QString stage = LeadTableModel::stageLabel(to);
    // Several leads only: the one a bulk move moved comes with its name.
    const QString what = leadName.isEmpty()
                             //: Status bar after moving several leads: "12 leads → SAL"
                             ? tr("%n leads → %1", nullptr, count).arg(stage)
                             //: Status bar after moving a lead: its name → its new stage
                             : tr("%1 → %2").arg(leadName, stage);
    m_text->setText(what + QStringLiteral(" ·"));
    setVisible(moveIsNewest());
    m_expiry->start();
}

bool MoveNotice::moveIsNewest() const
{
    if (!m_step)
        return false;
    const int top = m_undo->index() - 1;
    return top >= 0 && m_undo->command(top) == m_step;
}

void MoveNotice::undoMove()
{
    // Only ever that move: another step since would have hidden the notice already.
    if (moveIsNewest())
        m_undo->undo();
    m_step = nullptr;
    hide();
}

} // namespace lb
