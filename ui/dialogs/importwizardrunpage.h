#pragma once

#include "dialogs/importwizardsession.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lb {

class JobRunner;

// The import wizard's run: core's importer on a worker thread with its own connection, a
// progress bar fed by the job's reports, and Cancel, which rolls the import back. When the job
// ends the wizard moves on to the summary by itself.
class ImportWizardRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardRunPage(ImportWizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancelImport();

signals:
    // The import's transaction committed (the session holds the summary).
    void committed();

private:
    void showProgress(qint64 done, qint64 total, const QString& phase);
    void jobFinished();

    ImportWizardSession& m_session;
    JobRunner* m_runner = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    std::shared_ptr<io::ImportSummary> m_result;
    bool m_done = false;
};

} // namespace lb
