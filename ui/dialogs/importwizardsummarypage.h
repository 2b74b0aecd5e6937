#pragma once

#include "dialogs/importwizardsession.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lb {

// The import wizard's last page: what the import did (imported, updated, unchanged, rejected),
// or that a cancel or an error left the workspace unchanged; the rejected rows with their
// line, reason and cells, and a way to save them as a .rejected.csv file to fix and re-import.
class ImportWizardSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardSummaryPage(ImportWizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;

    // Copies the rejected rows core wrote during the import to `path` (replacing it). Returns
    // false and shows why when that fails.
    bool saveRejectedTo(const QString& path);

    static constexpr int maxShownRejected = io::ImportSummary::maxListedRejections;

private:
    void fillRejectedTable();
    void chooseRejectedFile();

    ImportWizardSession& m_session;
    QLabel* m_status = nullptr;
    QWidget* m_counts = nullptr;
    QLabel* m_imported = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_unchanged = nullptr;
    QLabel* m_rejected = nullptr;
    QLabel* m_rejectedNote = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_saved = nullptr;
    QPushButton* m_startOver = nullptr;
};

} // namespace lb
