#pragma once

#include "dialogs/importwizardsession.h"

#include <QWizardPage>

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lb {

// The import wizard's first page: which file, and whether it holds leads or events.
class ImportWizardFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardFilePage(ImportWizardSession& session, QWidget* parent = nullptr);

    void setFile(const QString& path, io::ImportKind kind);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizardSession& m_session;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QRadioButton* m_leads = nullptr;
    QRadioButton* m_events = nullptr;
};

} // namespace lb
