#include "dialogs/settingsdialog.h"

#include "leads/sla.h"
#include "main/appsettings.h"
#include "qualification/qualificationsettings.h"
#include "scoring/modelservice.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/language.h"
#include "util/paths.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>
#include <functional>

namespace lb {

namespace {

// A spin box's unit in the plural form its value needs ("1 day", "30 days"), kept up to date.
void followPlural(QSpinBox* box, const std::function<QString(int)>& suffix)
{
    box->setSuffix(suffix(box->value()));
    QObject::connect(box, &QSpinBox::valueChanged, box,
                     [box, suffix](int value) { box->setSuffix(suffix(value)); });
}

} // namespace

SettingsDialog::SettingsDialog(Workspace* workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* personal = new QGroupBox(tr("You"), this);
    auto* personalForm = new QFormLayout(personal);
    m_name = new QLineEdit(
        settings::userName.value().isEmpty() ? osUserName() : settings::userName.value(), personal);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setAccessibleName(tr("Your name"));
    personalForm->addRow(tr("&Your name:"), m_name);
    m_language = new QComboBox(personal);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    //: Follow the operating system's language
    m_language->addItem(tr("System"), QString());
    // Language names in their own language, as every program shows them.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Suomi"), QStringLiteral("fi"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.value())));
    personalForm->addRow(tr("&Language:"), m_language);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(personal);

    if (m_workspace) {
        auto* team = new QGroupBox(tr("This workspace (shared by everyone who uses it)"), this);
        auto* teamForm = new QFormLayout(team);
        const QualificationSettings current = QualificationSettings::load(m_workspace->settings());
        m_currency = new QComboBox(team);
        m_currency->setObjectName(QStringLiteral("currency"));
        m_currency->setAccessibleName(tr("Currency"));
        m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("SEK")});
        m_currency->setCurrentText(current.currency);
        teamForm->addRow(tr("&Currency:"), m_currency);
        m_readiness = new QSpinBox(team);
        m_readiness->setObjectName(QStringLiteral("readinessBar"));
        m_readiness->setAccessibleName(tr("Readiness bar"));
        m_readiness->setRange(10, 100);
        m_readiness->setSuffix(QStringLiteral(" %"));
        m_readiness->setValue(int(std::lround(current.readinessBar * 100)));
        m_readiness->setToolTip(tr("How much of a framework must be confirmed before a lead may "
                                   "become SQL."));
        teamForm->addRow(tr("&Readiness bar for SQL:"), m_readiness);
        m_freshness = new QSpinBox(team);
        m_freshness->setObjectName(QStringLiteral("freshnessDays"));
        m_freshness->setAccessibleName(tr("Answers stay fresh for"));
        m_freshness->setRange(1, 3650);
        m_freshness->setValue(current.freshnessDays);
        followPlural(m_freshness, [](int days) {
            //: Suffix of a number of days in a spin box, with its leading space: "30 days"
            return tr(" day(s)", nullptr, days);
        });
        teamForm->addRow(tr("Answers stay &fresh for:"), m_freshness);
        m_mql = new QDoubleSpinBox(team);
        m_mql->setObjectName(QStringLiteral("mqlThreshold"));
        m_mql->setAccessibleName(tr("MQL threshold"));
        m_mql->setRange(0, 100);
        m_mql->setDecimals(0);
        try {
            m_initialThreshold = scoring::activeModel(*m_workspace).model.mqlThreshold;
        } catch (const StoreError&) {
            // A stored model that is refused now (e.g. from an older version): the threshold
            // is changed by fixing the model in the scoring model editor.
            m_mql->setEnabled(false);
        }
        m_mql->setValue(m_initialThreshold);
        m_mql->setToolTip(tr("Leads in stage New that score at least this become MQL. Changing "
                             "it saves a new version of the scoring model and rescores."));
        teamForm->addRow(tr("&MQL threshold:"), m_mql);
        m_slaHours = new QSpinBox(team);
        m_slaHours->setObjectName(QStringLiteral("mqlTouchHours"));
        m_slaHours->setAccessibleName(tr("MQLs must be touched within"));
        m_slaHours->setRange(1, sla::maxMqlTouchHours);
        m_slaHours->setValue(sla::mqlTouchHours(m_workspace->settings()));
        followPlural(m_slaHours, [](int hours) {
            //: Suffix of a number of hours in a spin box, with its leading space: "24 hours"
            return tr(" hour(s)", nullptr, hours);
        });
        m_slaHours->setToolTip(tr("MQLs without a logged touch this long after they became MQL "
                                  "are listed in the Overdue queue and marked in the table."));
        teamForm->addRow(tr("MQLs must be &touched within:"), m_slaHours);
        layout->addWidget(team);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Your name is recorded in the history of "
                                "every change: please enter it."));
        m_name->setFocus();
        return;
    }
    const bool renamed = name != settings::userName.value();
    if (renamed)
        settings::userName.set(name);
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings::language.value();
    settings::language.set(language);
    if (m_workspace) {
        try {
            Transaction transaction(*m_workspace);
            SettingsRepository& stored = m_workspace->settings();
            stored.setValue(QualificationSettings::currencyKey, m_currency->currentText());
            stored.setValue(QualificationSettings::readinessBarKey,
                            QString::number(m_readiness->value()));
            stored.setValue(QualificationSettings::freshnessDaysKey,
                            QString::number(m_freshness->value()));
            sla::setMqlTouchHours(stored, m_slaHours->value());
            transaction.commit();
        } catch (const StoreError& error) {
            QMessageBox::critical(this, windowTitle(), error.message());
            return;
        }
    }
    // Told only after the dialog's own writes: a receiver may change what it holds.
    if (languageChanged) {
        // At once, as the program starts with it: every open window gets QEvent::LanguageChange
        // and words itself anew (main/retranslate.h).
        installTranslations(*QCoreApplication::instance(), language);
    }
    if (renamed)
        Q_EMIT userNameChanged(name);
    if (m_workspace) {
        Q_EMIT workspaceChanged();
        // The rescore takes seconds at a million leads: the window runs it in the background.
        if (m_mql->value() != m_initialThreshold)
            Q_EMIT mqlThresholdChosen(m_mql->value());
    }
    QDialog::accept();
}

} // namespace lb
