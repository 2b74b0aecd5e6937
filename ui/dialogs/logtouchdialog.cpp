#include "dialogs/logtouchdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb {

LogTouchDialog::LogTouchDialog(const QString& leadName, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("logTouchDialog"));
    //: Dialog title; %1 the lead's name
    setWindowTitle(tr("Log Touch with %1").arg(leadName));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("touchType"));
    for (TouchType type : {TouchType::Call, TouchType::Email, TouchType::Meeting, TouchType::Note})
        m_type->addItem(touchTypeLabel(type), touchTypeKey(type));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("touchOutcome"));
    for (TouchOutcome outcome :
         {TouchOutcome::Connected, TouchOutcome::Voicemail, TouchOutcome::NoAnswer})
        m_outcome->addItem(touchOutcomeLabel(outcome), touchOutcomeKey(outcome));
    m_at = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_at->setObjectName(QStringLiteral("touchAt"));
    m_at->setCalendarPopup(true);
    m_at->setMaximumDateTime(QDateTime::currentDateTime().addSecs(5 * 60));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("touchNote"));
    m_note->setTabChangesFocus(true);
    //: Placeholder of the touch's text
    m_note->setPlaceholderText(tr("What was said or agreed"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: The dialog's OK button: write the touch down
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &LogTouchDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &LogTouchDialog::updateState);

    auto* form = new QFormLayout;
    //: The kind of touch: call, e-mail, meeting, note
    form->addRow(tr("&Type:"), m_type);
    //: How a call went
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_type->setFocus();
    updateState();
}

TouchInput LogTouchDialog::input() const
{
    TouchInput input;
    input.type = touchTypeFromKey(m_type->currentData().toString()).value_or(TouchType::Call);
    if (input.type == TouchType::Call)
        input.outcome = touchOutcomeFromKey(m_outcome->currentData().toString());
    input.at = m_at->dateTime().toUTC();
    input.note = m_note->toPlainText().trimmed();
    return input;
}

QPushButton* LogTouchDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void LogTouchDialog::updateState()
{
    const TouchInput touch = input();
    // Only calls have an outcome; a note is its text.
    m_outcome->setEnabled(touch.type == TouchType::Call);
    okButton()->setEnabled(touch.type != TouchType::Note || !touch.note.isEmpty());
}

} // namespace lb
