#include "dialogs/exportdialog.h"

#include "io/leadexporter.h"
#include "leads/leadtablemodel.h"
#include "main/jobrunner.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace lb {

namespace {
// The choices of "Leads in" beside the stages (their Stage values) and All stages (-1).
constexpr int currentView = -2;
constexpr int selectedLeads = -3;

void setChoiceEnabled(QComboBox* box, int choice, bool enabled)
{
    auto* model = qobject_cast<QStandardItemModel*>(box->model());
    if (QStandardItem* item = model->item(box->findData(choice)))
        item->setEnabled(enabled);
}
} // namespace

ExportDialog::ExportDialog(const QString& workspacePath, QWidget* parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_runner(new JobRunner(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    //: Window title of the export dialog
    setWindowTitle(tr("Export leads to CSV"));
    setAccessibleName(windowTitle());

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Writes the leads as a CSV file (UTF-8, comma-separated) that "
                                "spreadsheets and CRMs open, and that imports back unchanged."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setAccessibleName(tr("File to write"));
    m_path->setPlaceholderText(tr("Path of the .csv file to write"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_browse->setAccessibleName(tr("Choose the file to write"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("exportStageCombo"));
    m_stage->setAccessibleName(tr("Stage filter"));
    //: Export choice: the leads the main window's table lists now
    m_stage->addItem(tr("The current view (queue, filters and search)"), currentView);
    //: Export choice: the rows selected in the lead table
    m_stage->addItem(tr("The selected leads"), selectedLeads);
    //: Export filter: leads of every stage
    m_stage->addItem(tr("All stages"), -1);
    for (const Stage stage : allStages)
        m_stage->addItem(LeadTableModel::stageLabel(stage), int(stage));
    auto* stageLabel = new QLabel(tr("&Leads in:"), this);
    stageLabel->setBuddy(m_stage);
    form->addRow(stageLabel, m_stage);
    // Offered once the window says what it shows (setCurrentView, setSelection).
    setChoiceEnabled(m_stage, currentView, false);
    setChoiceEnabled(m_stage, selectedLeads, false);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // file names and messages are not markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    //: Starts writing the CSV file
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportCloseButton"));
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_runner, &JobRunner::progress, this, &ExportDialog::showProgress);
    connect(m_runner, &JobRunner::finished, this, &ExportDialog::jobFinished);
    updateState();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFilePath(const QString& path)
{
    m_path->setText(path);
}

void ExportDialog::setStage(std::optional<Stage> stage)
{
    m_stage->setCurrentIndex(m_stage->findData(stage ? int(*stage) : -1));
}

void ExportDialog::setCurrentView(const LeadFilter& view)
{
    m_view = view;
    setChoiceEnabled(m_stage, currentView, true);
    m_stage->setCurrentIndex(m_stage->findData(currentView));
}

void ExportDialog::setSelection(const QList<qint64>& leadIds)
{
    m_selection = leadIds;
    const int index = m_stage->findData(selectedLeads);
    m_stage->setItemText(index, leadIds.isEmpty()
                                    ? tr("The selected leads")
                                    //: Export choice with how many rows are selected in the table
                                    : tr("The %n selected lead(s)", "", int(leadIds.size())));
    setChoiceEnabled(m_stage, selectedLeads, !leadIds.isEmpty());
    if (leadIds.isEmpty() && m_stage->currentIndex() == index)
        m_stage->setCurrentIndex(m_stage->findData(m_view == LeadFilter{} ? -1 : currentView));
}

bool ExportDialog::isExporting() const
{
    return m_runner->isRunning();
}

void ExportDialog::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export leads to CSV"),
        m_path->text().isEmpty() ? QDir::homePath() + QStringLiteral("/leads.csv") : m_path->text(),
        //: File dialog filter; keep the pattern in parentheses
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateState()
{
    const bool running = m_runner->isRunning();
    m_export->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_stage->setEnabled(!running);
    //: The Close button becomes Cancel while the export runs
    m_close->setText(running ? tr("&Cancel") : tr("&Close"));
}

void ExportDialog::startExport()
{
    if (m_runner->isRunning() || m_path->text().trimmed().isEmpty())
        return;
    io::ExportOptions options;
    options.path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    // The current view is the table's own filter: the store picks the leads by the same rule.
    const int choice = m_stage->currentData().toInt();
    if (choice == currentView)
        options.leads = m_view;
    else if (choice == selectedLeads)
        options.leads.ids = m_selection;
    else if (choice >= 0)
        options.leads.stage = Stage(choice);
    m_exportingTo = options.path;
    m_count = std::make_shared<qint64>(0);
    const std::shared_ptr<qint64> count = m_count;
    const QString workspacePath = m_workspacePath;
    m_runner->start([options, workspacePath, count](JobControl& job) {
        // This thread's own connection: the window's one stays on the UI thread.
        const std::unique_ptr<Workspace> workspace = openWorkspace(workspacePath);
        *count = io::exportLeads(*workspace, options, &job).leads;
    });
    // The exporter reports only when done, so the bar shows activity until then.
    m_progress->setRange(0, 0);
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(options.path)));
    updateState();
    m_close->setFocus();
}

void ExportDialog::showProgress(qint64 done, qint64 total, const QString& phase)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    }
    Q_UNUSED(phase);
}

void ExportDialog::jobFinished()
{
    m_progress->setRange(0, 1);
    const QString path = QDir::toNativeSeparators(m_exportingTo);
    if (m_runner->wasCancelled()) {
        m_progress->setValue(0);
        m_status->setText(tr("The export was cancelled; no file was written."));
    } else if (!m_runner->errorMessage().isEmpty()) {
        m_progress->setValue(0);
        //: %1 the reason
        m_status->setText(tr("The export failed: %1").arg(m_runner->errorMessage()));
    } else {
        m_progress->setValue(1);
        m_status->setText(
            tr("Exported %Ln lead(s) to %1.", "", int(std::min<qint64>(*m_count, INT_MAX)))
                .arg(path));
        emit exported(m_exportingTo, *m_count);
    }
    updateState();
    m_export->setFocus();
}

} // namespace lb
