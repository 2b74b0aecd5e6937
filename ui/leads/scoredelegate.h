#pragma once

#include <QStyledItemDelegate>

namespace lb {

// Paints a lead's score as a bar from 0 to 100 with the number and the grade beside it, so a
// column of scores reads at a glance.
class ScoreDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The bar's colour for a score; `dark` gives the lighter shades that stand out on a dark
    // table.
    static QColor colorFor(int score, bool dark = false);
};

} // namespace lb
