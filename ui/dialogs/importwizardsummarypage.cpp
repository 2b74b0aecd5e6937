#include "dialogs/importwizardsummarypage.h"

#include "io/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>
#include <limits>

namespace lb {

namespace {
QLabel* countLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

ImportWizardSummaryPage::ImportWizardSummaryPage(ImportWizardSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did."));
    setFinalPage(true);

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // file names and messages are not markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);

    m_counts = new QWidget(this);
    auto* form = new QFormLayout(m_counts);
    form->setContentsMargins(0, 0, 0, 0);
    m_imported = countLabel(QStringLiteral("importedCount"), m_counts);
    m_updated = countLabel(QStringLiteral("updatedCount"), m_counts);
    m_unchanged = countLabel(QStringLiteral("unchangedCount"), m_counts);
    m_rejected = countLabel(QStringLiteral("rejectedCount"), m_counts);
    //: Import summary: rows that became new leads or events
    form->addRow(tr("Imported:"), m_imported);
    //: Import summary: rows that changed an existing lead
    form->addRow(tr("Updated:"), m_updated);
    //: Import summary: rows that matched an existing lead or event exactly
    form->addRow(tr("Unchanged:"), m_unchanged);
    //: Import summary: rows refused, with a reason each
    form->addRow(tr("Rejected:"), m_rejected);
    layout->addWidget(m_counts);

    m_rejectedNote = new QLabel(this);
    m_rejectedNote->setObjectName(QStringLiteral("rejectedNote"));
    m_rejectedNote->setWordWrap(true);
    layout->addWidget(m_rejectedNote);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setAccessibleName(tr("Rejected rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save rejected rows…"), this);
    m_save->setObjectName(QStringLiteral("saveRejectedButton"));
    m_save->setAccessibleName(tr("Save the rejected rows as a CSV file"));
    m_save->setToolTip(tr("The rows as they were in the file, with a line and a reason column: "
                          "fix them and import the saved file."));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedRejectedNote"));
    m_saved->setWordWrap(true);
    //: Goes back to the first page of the import wizard
    m_startOver = new QPushButton(tr("Start &over"), this);
    m_startOver->setObjectName(QStringLiteral("startOverButton"));
    m_startOver->setAccessibleName(tr("Start the import over"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(m_startOver);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &ImportWizardSummaryPage::chooseRejectedFile);
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->restart();
    });
}

void ImportWizardSummaryPage::initializePage()
{
    const io::ImportSummary& summary = m_session.summary;
    const QLocale locale;
    m_saved->clear();
    switch (m_session.outcome) {
    case ImportWizardSession::Outcome::Committed:
        m_status->setText(summary.imported + summary.updated > 0
                              ? tr("The import is done.")
                              : tr("The import is done; nothing in the workspace changed."));
        break;
    case ImportWizardSession::Outcome::Cancelled:
        m_status->setText(tr("The import was cancelled. Nothing was changed in the workspace."));
        break;
    case ImportWizardSession::Outcome::Failed:
    case ImportWizardSession::Outcome::None:
        //: %1 the reason
        m_status->setText(tr("The file could not be imported. Nothing was changed in the "
                             "workspace.\n\n%1")
                              .arg(m_session.error));
        break;
    }
    const bool committed = m_session.outcome == ImportWizardSession::Outcome::Committed;
    m_counts->setVisible(committed);
    m_imported->setText(locale.toString(summary.imported));
    m_updated->setText(locale.toString(summary.updated));
    m_unchanged->setText(locale.toString(summary.unchanged));
    m_rejected->setText(locale.toString(summary.rejected));
    m_startOver->setVisible(!committed);
    fillRejectedTable();
}

void ImportWizardSummaryPage::fillRejectedTable()
{
    const io::ImportSummary& summary = m_session.summary;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const bool any =
        m_session.outcome == ImportWizardSession::Outcome::Committed && summary.rejected > 0;
    m_table->setVisible(any);
    m_save->setVisible(any);
    m_rejectedNote->setVisible(any);
    if (!any)
        return;

    // The rows come back from the rejected file core wrote, read by core's CSV reader: the
    // cells exactly as the import saw them, then its line and reason columns. A row rejected
    // for having too many cells has more of them than the header: line and reason are always
    // the last two.
    QStringList columns{tr("Line"), tr("Reason")};
    QList<QStringList> rows;
    io::CsvReader reader;
    if (!summary.rejectedFile.isEmpty() && reader.open(summary.rejectedFile) &&
        reader.header().size() >= 2) {
        const QStringList header = reader.header();
        columns << header.mid(0, header.size() - 2);
        io::CsvRecord record;
        while (rows.size() < maxShownRejected && reader.next(record)) {
            const qsizetype cells = record.cells.size();
            if (cells < 2)
                continue;
            QStringList row{record.cells.at(cells - 2).toString(),
                            record.cells.at(cells - 1).toString()};
            for (qsizetype i = 0; i + 2 < cells; ++i)
                row << record.cells.at(i).toString();
            while (columns.size() < row.size())
                columns << QString(); // cells beyond the header have no column name
            rows << row;
        }
    } else {
        // No file to read: the rows core kept in memory, as raw text.
        columns << tr("Row");
        for (const io::RejectedRow& rejected : summary.firstRejected)
            rows << QStringList{QString::number(rejected.line), rejected.reason, rejected.raw};
    }

    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < columns.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // (Capped outside the tr() call: lupdate's parser hangs on a template argument list in one.)
    const int rejected = int(std::min<qint64>(summary.rejected, std::numeric_limits<int>::max()));
    if (summary.rejected > rows.size())
        m_rejectedNote->setText(
            //: %1 how many rows the table shows, of all the rejected rows
            tr("The first %1 of %Ln rejected row(s). Save them to see all, fix them and import "
               "the saved file.",
               nullptr, rejected)
                .arg(QLocale().toString(qint64(rows.size()))));
    else
        m_rejectedNote->setText(
            tr("These rows were not imported. Save them, fix them and import the saved file."));
    m_save->setEnabled(!summary.rejectedFile.isEmpty());
}

bool ImportWizardSummaryPage::saveRejectedTo(const QString& path)
{
    const QString source = m_session.summary.rejectedFile;
    bool ok = !source.isEmpty() &&
              QFileInfo(source).absoluteFilePath() != QFileInfo(path).absoluteFilePath();
    if (ok && QFileInfo::exists(path))
        ok = QFile::remove(path);
    if (ok)
        ok = QFile::copy(source, path);
    if (ok)
        m_saved->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    else
        //: %1 the file chosen for the rejected rows
        m_saved->setText(tr("Could not save %1").arg(QDir::toNativeSeparators(path)));
    return ok;
}

void ImportWizardSummaryPage::chooseRejectedFile()
{
    QFileDialog dialog(this, tr("Save rejected rows"));
    dialog.setObjectName(QStringLiteral("saveRejectedDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    //: File dialog filter; keep the pattern in parentheses
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.selectFile(io::defaultRejectedPath(m_session.filePath));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        saveRejectedTo(dialog.selectedFiles().constFirst());
}

} // namespace lb
