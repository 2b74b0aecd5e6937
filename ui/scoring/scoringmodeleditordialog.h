#pragma once

#include "scoring/scoringmodel.h"
#include "scoring/whatif.h"

#include <QDialog>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace lb {

class JobRunner;
class ScoreHistogram;

// Edits a scoring model: its rules in tables (add, remove, reorder, edit in place), checked on
// every change exactly as `model import` checks a file, with JSON import and export, and a live
// what-if against the current model (score distribution and leads crossing MQL) when given a
// snapshot. The caller stores the accepted model (modelJson()) and rescores.
class ScoringModelEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ScoringModelEditorDialog(const scoring::ScoringModel& current,
                                      QWidget* parent = nullptr);
    ~ScoringModelEditorDialog() override;

    // Turns on the what-if: the engine scores its snapshot with the current and edited model.
    void setWhatIfEngine(std::shared_ptr<scoring::WhatIfEngine> engine);
    // Loads the what-if snapshot of the workspace file at `path` as of `asOf` on a worker
    // thread (its own connection; seconds at a million leads) and turns the what-if on when it
    // is in: the dialog opens and answers meanwhile. Closing the dialog cancels the load.
    void loadWhatIfInBackground(const QString& path, const QDateTime& asOf);
    bool isLoadingWhatIf() const;

    void setModel(const scoring::ScoringModel& model);
    // Loads a model document; refuses it (returning its problems) when it is not valid.
    bool loadJson(const QByteArray& json, QStringList* problems = nullptr);

    // The document the editor holds now, valid or not.
    QByteArray modelJson() const;
    // The edited model when it is valid.
    std::optional<scoring::ScoringModel> model() const { return m_model; }
    QStringList problems() const { return m_problems; }
    std::optional<scoring::WhatIfComparison> whatIf() const { return m_whatIf; }

    QTableWidget* fitTable() const { return m_fitTable; }
    QTableWidget* behaviorTable() const { return m_behaviorTable; }
    QListWidget* problemList() const { return m_problemList; }
    QLabel* whatIfLabel() const { return m_whatIfLabel; }
    ScoreHistogram* histogram() const { return m_histogram; }
    QPushButton* okButton() const;
    QDoubleSpinBox* mqlThreshold() const { return m_mql; }
    QLineEdit* nameEdit() const { return m_name; }

public slots:
    void addFitRule();
    void addBehaviorRule();
    void removeSelectedRule();
    void moveSelectedRule(int delta);
    void importFile();
    void exportFile();
    // Re-reads the editor, lists its problems and refreshes the what-if.
    void revalidate();

private:
    QTableWidget* activeTable() const;
    void markRows(QTableWidget* table, const QString& prefix);
    void updateWhatIf();
    QString gradesText(const QList<scoring::GradeBand>& grades) const;

    scoring::ScoringModel m_current;
    std::optional<scoring::ScoringModel> m_model;
    QStringList m_problems;
    std::shared_ptr<scoring::WhatIfEngine> m_engine;
    JobRunner* m_whatIfLoad = nullptr;
    std::optional<scoring::WhatIfComparison> m_whatIf;
    bool m_filling = false;

    QLineEdit* m_name = nullptr;
    QDoubleSpinBox* m_fitMax = nullptr;
    QDoubleSpinBox* m_behaviorMax = nullptr;
    QDoubleSpinBox* m_halfLife = nullptr;
    QDoubleSpinBox* m_window = nullptr;
    QDoubleSpinBox* m_mql = nullptr;
    QLineEdit* m_grades = nullptr;
    QTableWidget* m_fitTable = nullptr;
    QTableWidget* m_behaviorTable = nullptr;
    QTableWidget* m_lastTable = nullptr;
    QListWidget* m_problemList = nullptr;
    ScoreHistogram* m_histogram = nullptr;
    QLabel* m_whatIfLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lb
