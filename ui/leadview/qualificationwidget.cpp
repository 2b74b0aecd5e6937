#include "leadview/qualificationwidget.h"

#include "leadview/qualificationform.h"
#include "lifecycle/leadguard.h"
#include "main/retranslate.h"
#include "main/themecolors.h"
#include "util/localeformat.h"
#include "util/usererror.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lb {

namespace {
QString percent(double share)
{
    return fmt::percent(share);
}
} // namespace

QualificationWidget::QualificationWidget(QualificationService& service, QString actor,
                                         QWidget* parent)
    : QWidget(parent), m_service(service), m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* addRow = new QHBoxLayout;
    m_addBox = new QComboBox(this);
    m_addBox->setObjectName(QStringLiteral("addFrameworkBox"));
    m_addButton = new QPushButton(this);
    retranslate(m_addButton, [this] { m_addButton->setText(tr("Use framework")); });
    m_addButton->setObjectName(QStringLiteral("addFrameworkButton"));
    addRow->addWidget(m_addBox);
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);
    layout->addLayout(addRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("frameworkTabs"));
    layout->addWidget(m_tabs, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorTextStyle(palette()));
    m_error->hide();
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &QualificationWidget::addFramework);
}

QualificationForm* QualificationWidget::form(const QString& frameworkId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* form = qobject_cast<QualificationForm*>(m_tabs->widget(i));
        if (form && form->frameworkId().compare(frameworkId, Qt::CaseInsensitive) == 0)
            return form;
    }
    return nullptr;
}

void QualificationWidget::setLead(const Lead& lead)
{
    m_lead = lead;
    m_error->hide();
    reload();
}

void QualificationWidget::reload()
{
    const QString current =
        m_tabs->currentIndex() >= 0 ? m_tabs->tabText(m_tabs->currentIndex()) : QString();
    m_qualification = m_service.load(m_lead.id);
    const bool readOnly = readOnlyReason(m_lead).has_value();

    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    for (const FrameworkReadiness& readiness : m_qualification.frameworks) {
        auto* form = new QualificationForm(readiness, readOnly, m_tabs);
        connect(form, &QualificationForm::recordRequested, this, &QualificationWidget::record);
        // Earlier answers stay visible: the status box's tooltip lists every one, newest first.
        for (const CriterionState& state : readiness.criteria) {
            if (!state.answer)
                continue;
            QStringList lines;
            for (const Answer& earlier :
                 m_service.history(m_lead.id, readiness.framework->id, state.definition->key)) {
                QString line =
                    tr("%1 %2: %3")
                        .arg(QLocale().toString(earlier.at.toLocalTime(), QLocale::ShortFormat),
                             earlier.by, QualificationForm::statusLabel(earlier.status));
                if (!earlier.value.isEmpty())
                    line += QStringLiteral(" (%1)").arg(earlier.value);
                if (!earlier.note.isEmpty())
                    line += QStringLiteral(" — ") + earlier.note;
                lines << line;
            }
            form->statusBox(state.definition->key)->setToolTip(lines.join(QLatin1Char('\n')));
        }
        // Acronyms are never translated: the tab shows the framework's title as it is.
        const int index =
            m_tabs->addTab(form, QStringLiteral("%1 %2").arg(readiness.framework->title,
                                                             percent(readiness.readiness)));
        if (readiness.framework->title == current.section(QLatin1Char(' '), 0, 0))
            m_tabs->setCurrentIndex(index);
    }

    m_addBox->clear();
    for (const FrameworkDefinition& framework : m_service.catalog().all()) {
        if (!m_qualification.framework(framework.id))
            m_addBox->addItem(framework.title, framework.id);
    }
    m_addBox->setEnabled(!readOnly && m_addBox->count() > 0);
    m_addButton->setEnabled(!readOnly && m_addBox->count() > 0);

    const double bar = m_qualification.settings.readinessBar;
    const QStringList disqualifying = m_qualification.disqualifying();
    if (const auto reason = readOnlyReason(m_lead)) {
        m_summary->setText(*reason);
    } else if (m_qualification.frameworks.isEmpty()) {
        m_summary->setText(tr("No framework yet: choose one and record what the prospect says."));
    } else if (!disqualifying.isEmpty()) {
        m_summary->setText(tr("Not ready for SQL: marked disqualifying: %1")
                               .arg(disqualifying.join(QStringLiteral(", "))));
    } else if (m_qualification.bestReadiness() + 1e-9 >= bar) {
        m_summary->setText(tr("Ready for SQL: readiness %1 reaches the bar of %2.")
                               .arg(percent(m_qualification.bestReadiness()), percent(bar)));
    } else {
        m_summary->setText(tr("Not ready for SQL: best readiness %1, the bar is %2.")
                               .arg(percent(m_qualification.bestReadiness()), percent(bar)));
    }
}

void QualificationWidget::record(const AnswerInput& input)
{
    try {
        const AnswerChange change = m_service.change(m_lead, input, m_actor);
        m_error->hide();
        reload();
        emit answerRecorded(*change.after);
        emit answerChanged(change);
    } catch (const UserError& error) {
        showError(error.message());
    }
}

void QualificationWidget::addFramework()
{
    const QString id = m_addBox->currentData().toString();
    if (id.isEmpty())
        return;
    try {
        m_service.useFramework(m_lead, id);
        reload();
        if (QualificationForm* added = form(id))
            m_tabs->setCurrentWidget(added);
    } catch (const UserError& error) {
        showError(error.message());
    }
}

void QualificationWidget::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace lb
