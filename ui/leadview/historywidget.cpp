#include "leadview/historywidget.h"

#include "leads/ownership.h"
#include "lifecycle/stagereason.h"
#include "lifecycle/systemtext.h"
#include "main/retranslate.h"
#include "model/labels.h"
#include "store/crmstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace lb {

HistoryWidget::HistoryWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    retranslate(m_table, [this] {
        m_table->setHorizontalHeaderLabels(
            {tr("When"), tr("From"), tr("To"), tr("By"), tr("Reason"), tr("Override")});
    });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table);
}

void HistoryWidget::setChanges(const QList<StageChange>& changes, const QList<OwnerChange>& owners)
{
    struct Line
    {
        QDateTime at;
        QStringList cells;
        QString tip;
    };
    QList<Line> lines;
    const QLocale locale;
    for (const StageChange& change : changes) {
        // In the reader's language; the tip keeps a standard reason's key (what the command
        // line takes) and reads a system text (stored as a code) as its sentence.
        lines << Line{change.at,
                      {locale.toString(change.at.toLocalTime(), QLocale::ShortFormat),
                       change.from ? stageLabel(*change.from) : QStringLiteral("—"),
                       stageLabel(change.to), change.by, displayStoredReason(change.reason),
                       change.override ? tr("yes") : QString()},
                      displayStoredText(change.reason)};
    }
    //: In a lead's history, an owner change from or to nobody
    const auto ownerName = [](const QString& name) { return name.isEmpty() ? tr("nobody") : name; };
    for (const OwnerChange& change : owners)
        lines << Line{change.at,
                      {locale.toString(change.at.toLocalTime(), QLocale::ShortFormat),
                       ownerName(change.from), ownerName(change.to), change.by,
                       //: Reason column of a history line that records a new owner
                       tr("Owner changed"), QString()},
                      QString()};
    // Both lists are oldest first; a stable merge keeps moves and owner changes of the same
    // moment in the order they were read.
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line& a, const Line& b) { return a.at < b.at; });
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line& line = lines.at(row);
        for (int column = 0; column < line.cells.size(); ++column) {
            auto* item = new QTableWidgetItem(line.cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, line.at);
            if (column == 4 && !line.tip.isEmpty())
                item->setToolTip(line.tip);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void HistoryWidget::showLead(Workspace& workspace, qint64 leadId)
{
    QList<StageChange> changes = workspace.history().forLead(leadId);
    // A conversion recorded by an earlier version names its records by number: by name here.
    for (StageChange& change : changes) {
        if (change.to == Stage::Converted)
            change.reason = SystemText::withRecordNames(change.reason, workspace.crm());
    }
    setChanges(changes, OwnershipService(workspace).history(leadId));
}

} // namespace lb
