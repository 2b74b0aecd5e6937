#include "dialogs/importwizardrunpage.h"

#include "io/eventimporter.h"
#include "io/leadimporter.h"
#include "main/jobrunner.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace lb {

namespace {
constexpr int progressSteps = 1000;
} // namespace

ImportWizardRunPage::ImportWizardRunPage(ImportWizardSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_runner(new JobRunner(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The whole file is one transaction: if you cancel, the workspace stays "
                   "exactly as it was."));
    // After the run there is nothing to go back to: the summary tells what happened.
    setCommitPage(true);
    //: The button of the running import's page; the wizard moves on by itself when done
    setButtonText(QWizard::CommitButton, tr("Summary"));

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // file names and messages are not markup
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, progressSteps);
    layout->addWidget(m_progress);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("runPhase"));
    layout->addWidget(m_phase);
    //: Cancels the running import; everything it did is rolled back
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, this, &ImportWizardRunPage::cancelImport);
    connect(m_runner, &JobRunner::progress, this, &ImportWizardRunPage::showProgress);
    connect(m_runner, &JobRunner::finished, this, &ImportWizardRunPage::jobFinished);
}

void ImportWizardRunPage::initializePage()
{
    m_done = false;
    m_session.outcome = ImportWizardSession::Outcome::None;
    m_session.summary = {};
    m_session.error.clear();
    m_progress->setValue(0);
    m_phase->clear();
    m_status->setText(
        //: %1 the file name
        tr("Importing %1 into the workspace…").arg(QFileInfo(m_session.filePath).fileName()));
    m_cancel->setEnabled(true);

    // Everything the worker needs is copied into it: it never touches the pages.
    m_result = std::make_shared<io::ImportSummary>();
    const io::ImportOptions options = m_session.options();
    const QString workspacePath = m_session.workspacePath;
    const io::ImportKind kind = m_session.kind;
    const std::shared_ptr<io::ImportSummary> result = m_result;
    m_runner->start([options, workspacePath, kind, result](JobControl& job) {
        // This thread's own connection, closed (and its transaction ended) before it ends.
        const std::unique_ptr<Workspace> workspace = openWorkspace(workspacePath);
        *result = kind == io::ImportKind::Leads ? io::importLeads(*workspace, options, &job)
                                                : io::importEvents(*workspace, options, &job);
    });
    m_cancel->setFocus();
    emit completeChanged();
}

bool ImportWizardRunPage::isComplete() const
{
    return m_done;
}

bool ImportWizardRunPage::isRunning() const
{
    return m_runner->isRunning();
}

void ImportWizardRunPage::cancelImport()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: undoing what was imported so far…"));
}

void ImportWizardRunPage::showProgress(qint64 done, qint64 total, const QString& phase)
{
    if (total > 0) {
        m_progress->setRange(0, progressSteps);
        m_progress->setValue(int(std::min<qint64>(progressSteps, done * progressSteps / total)));
    } else {
        m_progress->setRange(0, 0); // busy: the phase has no measure
    }
    m_phase->setText(phase);
}

void ImportWizardRunPage::jobFinished()
{
    m_done = true;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, progressSteps);
    if (m_runner->wasCancelled()) {
        m_session.outcome = ImportWizardSession::Outcome::Cancelled;
    } else if (!m_runner->errorMessage().isEmpty()) {
        m_session.outcome = ImportWizardSession::Outcome::Failed;
        m_session.error = m_runner->errorMessage();
    } else {
        m_session.outcome = ImportWizardSession::Outcome::Committed;
        m_session.summary = *m_result;
        m_progress->setValue(progressSteps);
    }
    m_result.reset();
    emit completeChanged();
    if (m_session.outcome == ImportWizardSession::Outcome::Committed)
        emit committed();
    // Straight on to the summary: it says what happened, whatever that was.
    if (wizard() && wizard()->currentPage() == this) {
        wizard()->next();
        // The focus sat on Cancel, which is gone now: Return should finish, not cancel.
        if (QAbstractButton* finish = wizard()->button(QWizard::FinishButton); finish->isVisible())
            finish->setFocus();
    }
}

} // namespace lb
