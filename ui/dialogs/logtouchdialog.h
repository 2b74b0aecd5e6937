#pragma once

#include "leads/touches.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace lb {

// "Log Touch…": what the SDR did (a call and how it went, an e-mail, a meeting, a note), when,
// and what was said. Types and outcomes are shown by their translated labels.
class LogTouchDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LogTouchDialog(const QString& leadName, QWidget* parent = nullptr);

    TouchInput input() const;
    QComboBox* typeBox() const { return m_type; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QDateTimeEdit* atEdit() const { return m_at; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* okButton() const;

private:
    void updateState();

    QComboBox* m_type = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lb
