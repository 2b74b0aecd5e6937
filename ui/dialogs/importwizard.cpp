#include "dialogs/importwizard.h"

#include "dialogs/importwizardfilepage.h"
#include "dialogs/importwizardmappingpage.h"
#include "dialogs/importwizardpreviewpage.h"
#include "dialogs/importwizardrunpage.h"
#include "dialogs/importwizardsummarypage.h"

namespace lb {

ImportWizard::ImportWizard(const QString& workspacePath, const QString& userName, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    //: Window title of the import wizard
    setWindowTitle(tr("Import from CSV"));
    setAccessibleName(windowTitle());
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // The summary ends the wizard: Finish closes it, a Cancel there would cancel nothing.
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_session.workspacePath = workspacePath;
    m_session.userName = userName;
    m_session.rejectedPath = m_tempDir.filePath(QStringLiteral("rejected.csv"));

    m_filePage = new ImportWizardFilePage(m_session, this);
    m_runPage = new ImportWizardRunPage(m_session, this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, new ImportWizardPreviewPage(m_session, this));
    setPage(MappingPageId, new ImportWizardMappingPage(m_session, this));
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, new ImportWizardSummaryPage(m_session, this));
    setStartId(FilePageId);
    connect(m_runPage, &ImportWizardRunPage::committed, this, [this] {
        const io::ImportSummary& summary = m_session.summary;
        if (summary.imported > 0 || summary.updated > 0)
            emit importFinished();
    });
    resize(820, 600);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path, io::ImportKind kind)
{
    m_filePage->setFile(path, kind);
}

bool ImportWizard::isImporting() const
{
    return m_runPage->isRunning();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace lb
