#pragma once

#include "dialogs/importwizardsession.h"

#include <QTemporaryDir>
#include <QWizard>

namespace lb {

class ImportWizardFilePage;
class ImportWizardPreviewPage;
class ImportWizardMappingPage;
class ImportWizardRunPage;
class ImportWizardSummaryPage;

// File > Import…: choose a CSV file and what it holds, check the preview (encoding and
// delimiter as detected), map the columns (remembered per source), import on a worker thread
// with progress and Cancel, and read the summary with the rejected rows. The import opens its
// own connection to `workspacePath`, so the main window's Workspace stays usable meanwhile;
// when the import committed, importFinished() tells the window to reload.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        RunPageId,
        SummaryPageId
    };

    // `userName`: who imports (stage history and updated_by).
    ImportWizard(const QString& workspacePath, const QString& userName, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Preselects a file (e.g. one dropped on the window) and what it holds.
    void setFile(const QString& path, io::ImportKind kind = io::ImportKind::Leads);

    const ImportWizardSession& session() const { return m_session; }
    bool isImporting() const;

public slots:
    // While the import runs, Cancel and Escape cancel the import (it rolls back and the summary
    // says so) instead of closing the window under it.
    void reject() override;

signals:
    // The import committed and added or changed something: reload what shows the workspace.
    void importFinished();

private:
    ImportWizardSession m_session;
    QTemporaryDir m_tempDir;
    ImportWizardFilePage* m_filePage = nullptr;
    ImportWizardRunPage* m_runPage = nullptr;
};

} // namespace lb
