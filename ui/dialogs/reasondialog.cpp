#include "dialogs/reasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb {

ReasonDialog::ReasonDialog(Mode mode, const QString& prompt, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(mode == Mode::StandardReason ? tr("Reason") : tr("Override reason"));
    auto* layout = new QVBoxLayout(this);
    m_prompt = new QLabel(prompt, this);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);

    auto* form = new QFormLayout;
    m_reasons = new QComboBox(this);
    m_reasons->setObjectName(QStringLiteral("reasonCombo"));
    //: Placeholder entry of the reason list: nothing chosen yet.
    m_reasons->addItem(tr("Choose a reason…"), QString());
    for (const StageReasonDefinition& reason : stageReasons())
        m_reasons->addItem(reasonLabel(reason.key), reason.key);
    if (mode == Mode::StandardReason)
        form->addRow(tr("&Reason:"), m_reasons);
    else
        m_reasons->hide();
    m_detail = new QLineEdit(this);
    m_detail->setObjectName(QStringLiteral("reasonDetail"));
    m_detail->setPlaceholderText(mode == Mode::StandardReason ? tr("Details (optional)")
                                                              : tr("Why is the guard overridden?"));
    form->addRow(mode == Mode::StandardReason ? tr("&Details:") : tr("&Why:"), m_detail);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QComboBox::currentIndexChanged, this, &ReasonDialog::updateState);
    connect(m_detail, &QLineEdit::textChanged, this, &ReasonDialog::updateState);
    updateState();
}

StageReason ReasonDialog::reason() const
{
    const QString detail = m_detail->text().trimmed();
    if (m_mode == Mode::FreeText)
        return parseStageReason(detail);
    return StageReason{m_reasons->currentData().toString(), detail};
}

std::optional<StageReason> ReasonDialog::ask(Mode mode, const QString& prompt, QWidget* parent)
{
    ReasonDialog dialog(mode, prompt, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void ReasonDialog::updateState()
{
    const StageReason current = reason();
    bool complete = false;
    if (m_mode == Mode::FreeText)
        complete = !current.isEmpty();
    else
        complete = !current.key.isEmpty() &&
                   (current.key != QLatin1String("other") || !current.detail.isEmpty());
    if (m_mode == Mode::StandardReason)
        m_detail->setPlaceholderText(current.key == QLatin1String("other")
                                         ? tr("Required for \"Other\"")
                                         : tr("Details (optional)"));
    m_ok->setEnabled(complete);
}

} // namespace lb
