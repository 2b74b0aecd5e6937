#pragma once

#include "lifecycle/stagereason.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QLabel;

namespace lb {

// Asks why: one of the standard reasons (Nurture, Disqualified) plus optional text, or, for a
// manager's override, free text only. OK stays disabled until the answer is complete.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        StandardReason, // pick from stageReasons(); "Other" needs text
        FreeText        // any non-empty text (override)
    };

    ReasonDialog(Mode mode, const QString& prompt, QWidget* parent = nullptr);

    StageReason reason() const;

    // Shows the dialog modally; the reason when the user confirmed, nothing when cancelled.
    static std::optional<StageReason> ask(Mode mode, const QString& prompt,
                                          QWidget* parent = nullptr);

private:
    void updateState();

    Mode m_mode;
    QLabel* m_prompt = nullptr;
    QComboBox* m_reasons = nullptr;
    QLineEdit* m_detail = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace lb
