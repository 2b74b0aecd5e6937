#include "crm/opportunitydialog.h"

#include "crm/crmlistmodels.h"
#include "main/themecolors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lb {

namespace {
constexpr OpportunityStage opportunityStages[] = {
    OpportunityStage::Prospecting, OpportunityStage::Proposal, OpportunityStage::Negotiation,
    OpportunityStage::Won, OpportunityStage::Lost};
}

OpportunityDialog::OpportunityDialog(const OpportunityRow& opportunity, QWidget* parent)
    : QDialog(parent), m_row(opportunity), m_stage(new QComboBox(this)),
      m_amount(new QDoubleSpinBox(this)), m_close(new QDateEdit(this)),
      m_reason(new QLineEdit(this)), m_reasonLabel(new QLabel(tr("Lost &reason:"), this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("opportunityDialog"));
    //: Dialog title; %1 is the name of the deal
    setWindowTitle(tr("Change Opportunity %1").arg(opportunity.name));
    for (OpportunityStage stage : opportunityStages)
        m_stage->addItem(opportunityStageLabel(stage), int(stage));
    m_stage->setCurrentIndex(m_stage->findData(int(opportunity.stage)));
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(0);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(QStringLiteral(" €"));
    m_amount->setValue(opportunity.amount.value_or(0));
    m_close->setCalendarPopup(true);
    m_close->setDate(opportunity.closeDate.isValid() ? opportunity.closeDate
                                                     : QDate::currentDate());
    //: Placeholder of the lost reason, e.g. "chose a competitor", "no budget"
    m_reason->setPlaceholderText(tr("Why the customer did not buy"));
    m_error->setObjectName(QStringLiteral("opportunityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorTextStyle(palette()));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("Expected &close:"), m_close);
    form->addRow(m_reasonLabel, m_reason);
    m_reasonLabel->setBuddy(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OpportunityDialog::updateReason);
    updateReason();
}

void OpportunityDialog::updateReason()
{
    const bool lost = OpportunityStage(m_stage->currentData().toInt()) == OpportunityStage::Lost;
    m_reason->setEnabled(lost);
    m_reasonLabel->setEnabled(lost);
}

void OpportunityDialog::setStage(OpportunityStage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
}

void OpportunityDialog::setAmount(double amount)
{
    m_amount->setValue(amount);
}

void OpportunityDialog::setCloseDate(const QDate& date)
{
    m_close->setDate(date);
}

void OpportunityDialog::setLostReason(const QString& reason)
{
    m_reason->setText(reason);
}

OpportunityChange OpportunityDialog::change() const
{
    OpportunityChange change;
    const auto stage = OpportunityStage(m_stage->currentData().toInt());
    if (stage != m_row.stage)
        change.stage = stage;
    if (!m_row.amount || m_amount->value() != *m_row.amount)
        if (m_row.amount || m_amount->value() != 0)
            change.amount = m_amount->value();
    if (m_close->date() != m_row.closeDate)
        change.closeDate = m_close->date();
    if (stage == OpportunityStage::Lost)
        change.lostReason = m_reason->text().trimmed();
    return change;
}

QString OpportunityDialog::refusal() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OpportunityDialog::accept()
{
    const OpportunityChange wanted = change();
    if (wanted.stage == OpportunityStage::Lost && wanted.lostReason.isEmpty()) {
        m_error->setText(tr("Say why the deal was lost before moving it to Lost."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lb
