#pragma once

#include "dialogs/importwizardsession.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace lb {

class JobRunner;

// The import wizard's preview: the file's first rows as the import will read them, with the
// encoding and delimiter detected by core; the delimiter can be overridden. The file is read
// on a worker thread: checking the encoding of a multi-gigabyte file takes a few seconds.
class ImportWizardPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardPreviewPage(ImportWizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Whether the file is being read (the page fills in when done).
    bool isReading() const;

    static constexpr int previewRows = 20;
    // "Semicolon (;)" and the like: the name of a delimiter character.
    static QString delimiterLabel(QChar delimiter);

private:
    struct PreviewResult
    {
        io::ImportPreview preview;
        QChar detected;
    };

    void refresh();
    void readFinished();
    void showPreview();
    void delimiterChosen();

    ImportWizardSession& m_session;
    JobRunner* m_reader = nullptr;
    std::shared_ptr<PreviewResult> m_result;
    bool m_refreshPending = false;
    QLabel* m_encoding = nullptr;
    QLabel* m_delimiter = nullptr;
    QComboBox* m_delimiterCombo = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
    bool m_ok = false;
};

} // namespace lb
