#include "dialogs/conversiondialog.h"

#include "lifecycle/lifecycleservice.h"
#include "main/themecolors.h"
#include "util/counts.h"
#include "util/usererror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb {

namespace {

// Which record a preview row belongs to, kept on the row's first item.
constexpr int RecordRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
enum Record
{
    AccountRecord,
    ContactRecord
};

QString matchText(AccountMatch match)
{
    switch (match) {
    case AccountMatch::Domain:
        return ConversionDialog::tr("same e-mail domain");
    case AccountMatch::Name:
        return ConversionDialog::tr("same company name");
    case AccountMatch::Chosen:
        return ConversionDialog::tr("found by search");
    case AccountMatch::None:
        break;
    }
    return {};
}

QString opportunityStageLabel(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Prospecting:
        return ConversionDialog::tr("Prospecting");
    case OpportunityStage::Proposal:
        return ConversionDialog::tr("Proposal");
    case OpportunityStage::Negotiation:
        return ConversionDialog::tr("Negotiation");
    case OpportunityStage::Won:
        return ConversionDialog::tr("Won");
    case OpportunityStage::Lost:
        return ConversionDialog::tr("Lost");
    }
    return {};
}

} // namespace

ConversionDialog::ConversionDialog(ConversionService& service, const Lead& lead, QString actor,
                                   QWidget* parent)
    : QDialog(parent), m_service(service), m_lead(lead), m_actor(std::move(actor))
{
    //: Window title. %1 the lead's name
    setWindowTitle(tr("Convert %1").arg(lead.displayName()));
    auto* layout = new QVBoxLayout(this);

    auto* accountGroup = new QGroupBox(tr("Account"), this);
    auto* accountLayout = new QFormLayout(accountGroup);
    m_account = new QComboBox(accountGroup);
    m_account->setObjectName(QStringLiteral("accountBox"));
    accountLayout->addRow(tr("&Account:"), m_account);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(accountGroup);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Find another account by name"));
    auto* searchButton = new QPushButton(tr("Find"), accountGroup);
    searchButton->setObjectName(QStringLiteral("accountSearchButton"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(searchButton);
    // A label of its own: one given as text to a row of a layout has no buddy, and would show
    // its "&" instead of giving Alt+S.
    auto* searchLabel = new QLabel(tr("&Search:"), accountGroup);
    searchLabel->setBuddy(m_search);
    accountLayout->addRow(searchLabel, searchRow);
    m_overwrite = new QCheckBox(
        tr("&Overwrite fields that differ (otherwise only empty fields are filled)"), accountGroup);
    m_overwrite->setObjectName(QStringLiteral("overwriteBox"));
    accountLayout->addRow(m_overwrite);
    layout->addWidget(accountGroup);

    m_preview = new QTableWidget(0, 4, this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Field"), tr("Now"), tr("From the lead"), tr("Write")});
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 1);

    m_opportunity = new QGroupBox(tr("Create an &opportunity"), this);
    m_opportunity->setObjectName(QStringLiteral("opportunityGroup"));
    m_opportunity->setCheckable(true);
    m_opportunity->setChecked(false);
    auto* opportunityLayout = new QFormLayout(m_opportunity);
    m_opportunityName = new QLineEdit(m_opportunity);
    m_opportunityName->setObjectName(QStringLiteral("opportunityName"));
    m_opportunityName->setText(lead.company.isEmpty() ? lead.displayName() : lead.company);
    opportunityLayout->addRow(tr("&Name:"), m_opportunityName);
    m_amount = new QDoubleSpinBox(m_opportunity);
    m_amount->setObjectName(QStringLiteral("opportunityAmount"));
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    // What qualification learned, by the same rule the conversion uses (core's defaults).
    const OpportunityDefaults defaults = m_service.opportunityDefaultsFor(lead);
    if (defaults.amount)
        m_amount->setValue(*defaults.amount);
    opportunityLayout->addRow(tr("A&mount:"), m_amount);
    m_closeDate = new QDateEdit(m_opportunity);
    m_closeDate->setObjectName(QStringLiteral("opportunityCloseDate"));
    m_closeDate->setCalendarPopup(true);
    m_closeDate->setDate(defaults.closeDate.isValid() ? defaults.closeDate
                                                      : QDate::currentDate().addMonths(3));
    opportunityLayout->addRow(tr("&Close date:"), m_closeDate);
    m_stage = new QComboBox(m_opportunity);
    m_stage->setObjectName(QStringLiteral("opportunityStage"));
    for (OpportunityStage stage :
         {OpportunityStage::Prospecting, OpportunityStage::Proposal, OpportunityStage::Negotiation,
          OpportunityStage::Won, OpportunityStage::Lost})
        m_stage->addItem(opportunityStageLabel(stage), opportunityStageName(stage));
    opportunityLayout->addRow(tr("S&tage:"), m_stage);
    layout->addWidget(m_opportunity);

    m_carried = new QLabel(this);
    m_carried->setObjectName(QStringLiteral("carriedLabel"));
    layout->addWidget(m_carried);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(theme::errorTextStyle(palette()));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_convert = buttons->addButton(tr("&Convert"), QDialogButtonBox::AcceptRole);
    m_convert->setObjectName(QStringLiteral("convertButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_convert, &QPushButton::clicked, this, &ConversionDialog::convert);
    connect(searchButton, &QPushButton::clicked, this, &ConversionDialog::searchAccounts);
    connect(m_search, &QLineEdit::returnPressed, this, &ConversionDialog::searchAccounts);
    connect(m_account, &QComboBox::currentIndexChanged, this, &ConversionDialog::replan);
    connect(m_overwrite, &QCheckBox::toggled, this, &ConversionDialog::replan);

    m_planned = false;
    try {
        fillAccounts(m_service.suggestAccounts(lead));
        replan();
    } catch (const UserError& error) {
        showError(error.message());
    }
    resize(720, 640);
}

void ConversionDialog::fillAccounts(const QList<AccountSuggestion>& suggestions)
{
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_matchesOffered = !suggestions.isEmpty();
    for (const AccountSuggestion& suggestion : suggestions) {
        //: An account to pick. %1 its name, %2 its id, %3 why it is suggested ("same e-mail
        //: domain")
        m_account->addItem(tr("%1 (#%2, %3)")
                               .arg(suggestion.account.name)
                               .arg(suggestion.account.id)
                               .arg(matchText(suggestion.match)),
                           suggestion.account.id);
    }
    m_account->addItem(tr("New account"), qint64(0));
    m_account->setCurrentIndex(0);
}

void ConversionDialog::searchAccounts()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const QList<Account> found = m_service.searchAccounts(text);
    {
        const QSignalBlocker blocker(m_account);
        int firstFound = -1;
        for (const Account& account : found) {
            if (m_account->findData(account.id) >= 0)
                continue;
            m_account->insertItem(m_account->count() - 1,
                                  //: An account to pick. %1 its name, %2 its id, %3 why it is
                                  //: suggested ("same e-mail domain")
                                  tr("%1 (#%2, %3)")
                                      .arg(account.name)
                                      .arg(account.id)
                                      .arg(matchText(AccountMatch::Chosen)),
                                  account.id);
            if (firstFound < 0)
                firstFound = m_account->count() - 2;
        }
        if (firstFound >= 0)
            m_account->setCurrentIndex(firstFound);
    }
    if (found.isEmpty())
        showError(tr("No account name contains \"%1\".").arg(text));
    else
        replan();
}

ConversionOptions ConversionDialog::options() const
{
    ConversionOptions options;
    const qint64 accountId = m_account->currentData().toLongLong();
    // With no match offered, a new account is the suggestion, so that one made meanwhile by a
    // colleague's conversion is used instead of a second one (ConversionService::execute).
    options.account = accountId > 0      ? AccountChoice::Existing
                      : m_matchesOffered ? AccountChoice::New
                                         : AccountChoice::Suggested;
    options.accountId = accountId;
    options.merge = m_overwrite->isChecked() ? MergePolicy::Overwrite : MergePolicy::FillEmpty;
    return options;
}

void ConversionDialog::replan()
{
    try {
        m_plan = m_service.plan(m_lead, options());
        m_planned = true;
        m_error->hide();
        showPreview();
    } catch (const UserError& error) {
        m_planned = false;
        showError(error.message());
    }
    m_convert->setEnabled(m_planned);
}

void ConversionDialog::showPreview()
{
    m_preview->setRowCount(0);
    auto addRows = [this](Record record, const QString& title, const QList<FieldChange>& fields) {
        const int header = m_preview->rowCount();
        m_preview->insertRow(header);
        auto* heading = new QTableWidgetItem(title);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_preview->setItem(header, 0, heading);
        m_preview->setSpan(header, 0, 1, 4);
        for (const FieldChange& change : fields) {
            if (change.current.isEmpty() && change.proposed.isEmpty())
                continue;
            const int row = m_preview->rowCount();
            m_preview->insertRow(row);
            auto* label = new QTableWidgetItem(change.label());
            label->setData(RecordRole, int(record));
            label->setData(FieldRole, change.field);
            m_preview->setItem(row, 0, label);
            m_preview->setItem(row, 1, new QTableWidgetItem(change.shown(change.current)));
            m_preview->setItem(row, 2, new QTableWidgetItem(change.shown(change.proposed)));
            auto* write = new QTableWidgetItem;
            // Only a field the lead has a value for can be written.
            write->setFlags(change.proposed.isEmpty()
                                ? Qt::ItemIsEnabled
                                : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            write->setCheckState(change.write ? Qt::Checked : Qt::Unchecked);
            m_preview->setItem(row, 3, write);
        }
    };
    // (Each tr() first in its statement: lupdate drops a //: note that an operator separates
    // from its call.)
    //: %1 the account's id, %2 its name
    const QString existingAccount =
        tr("Account #%1 %2").arg(m_plan.account.id).arg(m_plan.account.name);
    //: %1 the contact's id
    const QString existingContact = tr("Contact #%1 (same e-mail)").arg(m_plan.contact.id);
    addRows(AccountRecord, m_plan.createAccount ? tr("New account") : existingAccount,
            m_plan.accountFields);
    addRows(ContactRecord, m_plan.createContact ? tr("New contact") : existingContact,
            m_plan.contactFields);
    m_carried->setText(
        //: %1 a list of counts ("3 events, 2 answers and 1 note"), %2 a currency code (EUR)
        tr("Carried over to the contact: %1. Amounts in %2.")
            .arg(counts::list({counts::events(m_plan.eventCount),
                               counts::answers(m_plan.answerCount),
                               counts::notes(m_plan.noteCount)}),
                 m_plan.currency));
}

void ConversionDialog::convert()
{
    if (!m_planned)
        return;
    ConversionPlan plan = m_plan;
    // The user's ticks decide which fields are written.
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const QTableWidgetItem* label = m_preview->item(row, 0);
        const QTableWidgetItem* write = m_preview->item(row, 3);
        if (!label || !write || !label->data(FieldRole).isValid())
            continue;
        QList<FieldChange>& fields = label->data(RecordRole).toInt() == AccountRecord
                                         ? plan.accountFields
                                         : plan.contactFields;
        for (FieldChange& change : fields) {
            if (change.field == label->data(FieldRole).toString())
                change.write = write->checkState() == Qt::Checked && !change.proposed.isEmpty();
        }
    }
    if (m_opportunity->isChecked()) {
        if (m_opportunityName->text().trimmed().isEmpty()) {
            showError(tr("The opportunity needs a name."));
            return;
        }
        Opportunity opportunity;
        opportunity.accountId = plan.account.id;
        opportunity.leadId = m_lead.id;
        opportunity.name = m_opportunityName->text().trimmed();
        if (m_amount->value() > 0)
            opportunity.amount = m_amount->value();
        opportunity.currency = plan.currency;
        opportunity.closeDate = m_closeDate->date();
        opportunity.stage = opportunityStageFromName(m_stage->currentData().toString())
                                .value_or(OpportunityStage::Prospecting);
        plan.opportunity = opportunity;
    } else {
        plan.opportunity.reset();
    }
    try {
        m_result = m_service.execute(plan, m_actor);
        m_plan = plan; // as executed, with the SDR's ticks and opportunity: what a redo repeats
        accept();
    } catch (const UserError& error) {
        showError(error.message());
    }
}

void ConversionDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace lb
