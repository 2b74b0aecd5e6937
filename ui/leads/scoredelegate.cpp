#include "leads/scoredelegate.h"

#include "leads/leadtablemodel.h"
#include "main/themecolors.h"

#include <QApplication>
#include <QPainter>

namespace lb {

QColor ScoreDelegate::colorFor(int score, bool dark)
{
    if (score >= 80)
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32); // green
    if (score >= 60)
        return QColor(0x43, 0xa0, 0x47); // a lighter green, readable on either palette
    if (score >= 40)
        return QColor(0xf9, 0xa8, 0x25);                               // amber
    return dark ? QColor(0x8a, 0x8a, 0x92) : QColor(0x9e, 0x9e, 0x9e); // grey
}

void ScoreDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int score = index.data(LeadTableModel::ScoreRole).toInt();
    const QString grade = index.data(LeadTableModel::GradeRole).toString();
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100 A")) + 6;
    const QRect bar(area.left(), area.top() + area.height() / 4,
                    std::max(10, area.width() - textWidth), area.height() / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const bool dark = theme::isDark(option.palette);
    // The empty part of the bar: a step off the row's background, light or dark.
    painter->setBrush(dark ? option.palette.color(QPalette::Base).lighter(190)
                           : option.palette.color(QPalette::Mid).lighter(130));
    painter->drawRoundedRect(bar, 3, 3);
    QRect filled = bar;
    filled.setWidth(bar.width() * std::clamp(score, 0, 100) / 100);
    painter->setBrush(colorFor(score, dark));
    painter->drawRoundedRect(filled, 3, 3);
    painter->setPen(option.state & QStyle::State_Selected
                        ? option.palette.color(QPalette::HighlightedText)
                        : option.palette.color(QPalette::Text));
    const QRect text(bar.right() + 6, area.top(), textWidth, area.height());
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      grade.isEmpty() ? QString::number(score)
                                      : QStringLiteral("%1 %2").arg(score).arg(grade));
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 130));
    return size;
}

} // namespace lb
