#pragma once

#include "crm/opportunityservice.h"
#include "store/crmlists.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace lb {

// Changes one opportunity's stage, amount and expected close (Lost asks why). It only
// collects the change; OpportunityService makes it and applies the rules.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpportunityDialog(const OpportunityRow& opportunity, QWidget* parent = nullptr);

    void setStage(OpportunityStage stage);
    void setAmount(double amount);
    void setCloseDate(const QDate& date);
    void setLostReason(const QString& reason);
    // What differs from the opportunity as it was shown.
    OpportunityChange change() const;
    // The message shown when the dialog refused to close, or empty.
    QString refusal() const;

    void accept() override;

private:
    void updateReason();

    OpportunityRow m_row;
    QComboBox* m_stage;
    QDoubleSpinBox* m_amount;
    QDateEdit* m_close;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel;
    QLabel* m_error;
};

} // namespace lb
