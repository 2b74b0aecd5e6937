#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace lb {

class Workspace;

// Settings: what belongs to this user on this computer (name, language) and what belongs to
// the workspace and so to the whole team using it (currency, readiness bar, freshness limit,
// MQL threshold). A new threshold is handed on by mqlThresholdChosen(): storing a new version of
// the scoring model and rescoring is long work, not the dialog's.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `workspace` may be null: then only the personal settings are shown.
    SettingsDialog(Workspace* workspace, QWidget* parent = nullptr);

    void accept() override;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* currencyBox() const { return m_currency; }
    QSpinBox* readinessBarBox() const { return m_readiness; }
    QSpinBox* freshnessBox() const { return m_freshness; }
    QDoubleSpinBox* mqlThresholdBox() const { return m_mql; }
    QSpinBox* mqlTouchHoursBox() const { return m_slaHours; }

Q_SIGNALS:
    // The acting user's name changed: history from now on records the new one.
    void userNameChanged(const QString& name);
    // Workspace settings changed.
    void workspaceChanged();
    // The SDR chose a new MQL threshold: a new version of the scoring model and a rescore of
    // every lead, which the receiver runs (in the background).
    void mqlThresholdChosen(double threshold);

private:
    Workspace* m_workspace;
    QLineEdit* m_name = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_currency = nullptr;
    QSpinBox* m_readiness = nullptr;
    QSpinBox* m_freshness = nullptr;
    QDoubleSpinBox* m_mql = nullptr;
    QSpinBox* m_slaHours = nullptr;
    double m_initialThreshold = 0;
};

} // namespace lb
