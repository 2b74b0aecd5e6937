#include "leadview/historywidget.h"

#include "lifecycle/stagereason.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb {

namespace {

// Stage names are stored in English; the UI shows them translated (lb::Stage context).
QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QCoreApplication::translate("lb::Stage", "New");
    case Stage::MQL:
        return QCoreApplication::translate("lb::Stage", "MQL");
    case Stage::SAL:
        return QCoreApplication::translate("lb::Stage", "SAL");
    case Stage::SQL:
        return QCoreApplication::translate("lb::Stage", "SQL");
    case Stage::Converted:
        return QCoreApplication::translate("lb::Stage", "Converted");
    case Stage::Nurture:
        return QCoreApplication::translate("lb::Stage", "Nurture");
    case Stage::Disqualified:
        return QCoreApplication::translate("lb::Stage", "Disqualified");
    }
    return {};
}

} // namespace

HistoryWidget::HistoryWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("From"), tr("To"), tr("By"), tr("Reason"), tr("Override")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table);
}

void HistoryWidget::setChanges(const QList<StageChange>& changes)
{
    m_table->setRowCount(int(changes.size()));
    const QLocale locale;
    for (int row = 0; row < changes.size(); ++row) {
        const StageChange& change = changes.at(row);
        const QStringList cells = {locale.toString(change.at.toLocalTime(), QLocale::ShortFormat),
                                   change.from ? stageLabel(*change.from) : QStringLiteral("—"),
                                   stageLabel(change.to),
                                   change.by,
                                   displayStoredReason(change.reason),
                                   change.override ? tr("yes") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 0)
                item->setData(Qt::UserRole, change.at);
            if (column == 4 && !change.reason.isEmpty())
                item->setToolTip(change.reason);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void HistoryWidget::showLead(Workspace& workspace, qint64 leadId)
{
    setChanges(workspace.history().forLead(leadId));
}

} // namespace lb
