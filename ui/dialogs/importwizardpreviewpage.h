#pragma once

#include "dialogs/importwizardsession.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lb {

// The import wizard's preview: the file's first rows as the import will read them, with the
// encoding and delimiter detected by core; the delimiter can be overridden.
class ImportWizardPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardPreviewPage(ImportWizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static constexpr int previewRows = 20;
    // "Semicolon (;)" and the like: the name of a delimiter character.
    static QString delimiterLabel(QChar delimiter);

private:
    void refresh();
    void delimiterChosen();

    ImportWizardSession& m_session;
    QLabel* m_encoding = nullptr;
    QLabel* m_delimiter = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    bool m_ok = false;
};

} // namespace lb
