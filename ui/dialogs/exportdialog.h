#pragma once

#include "store/leadquery.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lb {

class JobRunner;

// File > Export…: writes the workspace's leads (all, one stage, the main window's current view
// with its queue, filters and search, or the selected leads) as a CSV file with core's
// exporter (UTF-8 with BOM, formula-safe cells), on a worker thread with its own connection,
// with progress and Cancel. A cancelled or failed export leaves no file behind.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const QString& workspacePath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Presets the target file and the stage filter (e.g. the queue the window shows).
    void setFilePath(const QString& path);
    void setStage(std::optional<Stage> stage);
    // Offers "the current view": exactly the leads the table lists by `view`, and chooses it.
    void setCurrentView(const LeadFilter& view);
    // Offers "the selected leads" (not offered while `leadIds` is empty).
    void setSelection(const QList<qint64>& leadIds);

    bool isExporting() const;
    // Starts the export with what the dialog shows (the Export button does the same).
    void startExport();

public slots:
    // While exporting, Cancel and Escape cancel the export instead of closing the dialog.
    void reject() override;

signals:
    // The file is complete: `leads` rows were written to `path`.
    void exported(const QString& path, qint64 leads);

private:
    void browse();
    void updateState();
    void showProgress(qint64 done, qint64 total, const QString& phase);
    void jobFinished();

    QString m_workspacePath;
    JobRunner* m_runner = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_stage = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
    LeadFilter m_view;
    QList<qint64> m_selection;
    std::shared_ptr<qint64> m_count;
    QString m_exportingTo;
};

} // namespace lb
