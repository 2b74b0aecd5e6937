#pragma once

#include "conversion/conversionservice.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lb {

// Converts a lead: the SDR confirms or picks the account (suggested by e-mail domain or
// company name, found by search, or new), chooses whether existing fields are only filled or
// overwritten, sees the plan field by field (and may untick single fields), optionally adds an
// opportunity, and converts. A refusal (stale lead, already converted) is shown in the dialog
// and nothing is written.
class ConversionDialog final : public QDialog
{
    Q_OBJECT

public:
    ConversionDialog(ConversionService& service, const Lead& lead, QString actor,
                     QWidget* parent = nullptr);

    const ConversionPlan& plan() const { return m_plan; }
    const std::optional<ConversionResult>& result() const { return m_result; }

    QComboBox* accountBox() const { return m_account; }
    QLineEdit* accountSearch() const { return m_search; }
    QCheckBox* overwriteBox() const { return m_overwrite; }
    QTableWidget* previewTable() const { return m_preview; }
    QGroupBox* opportunityGroup() const { return m_opportunity; }
    QLineEdit* opportunityName() const { return m_opportunityName; }
    QDoubleSpinBox* opportunityAmount() const { return m_amount; }
    QDateEdit* opportunityCloseDate() const { return m_closeDate; }
    QComboBox* opportunityStage() const { return m_stage; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* convertButton() const { return m_convert; }

private:
    void fillAccounts(const QList<AccountSuggestion>& suggestions);
    void searchAccounts();
    ConversionOptions options() const;
    void replan();
    void showPreview();
    void convert();
    void showError(const QString& message);

    ConversionService& m_service;
    Lead m_lead;
    QString m_actor;
    ConversionPlan m_plan;
    std::optional<ConversionResult> m_result;
    bool m_planned = false;
    // Whether any matching account was offered: "New account" then means a new one next to
    // them; with none offered it means "none matches", which the write checks again.
    bool m_matchesOffered = false;

    QComboBox* m_account = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_overwrite = nullptr;
    QTableWidget* m_preview = nullptr;
    QGroupBox* m_opportunity = nullptr;
    QLineEdit* m_opportunityName = nullptr;
    QDoubleSpinBox* m_amount = nullptr;
    QDateEdit* m_closeDate = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_carried = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_convert = nullptr;
};

} // namespace lb
