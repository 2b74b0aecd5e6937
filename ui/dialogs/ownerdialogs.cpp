#include "dialogs/ownerdialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb {

AssignOwnerDialog::AssignOwnerDialog(const QStringList& users, const QString& current,
                                     int leadCount, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("assignOwnerDialog"));
    setWindowTitle(tr("Assign Owner"));
    //: %n the number of leads that get the owner
    auto* prompt =
        new QLabel(tr("Who should own the %n selected lead(s)?", nullptr, leadCount), this);
    prompt->setWordWrap(true);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerBox"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(users);
    m_owner->setCurrentText(current);
    m_owner->lineEdit()->setPlaceholderText(tr("Nobody"));
    auto* hint =
        new QLabel(tr("Type a new name to add a user; leave it empty to remove the owner."), this);
    hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: The dialog's OK button
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    m_owner->setFocus();
    m_owner->lineEdit()->selectAll();
}

QString AssignOwnerDialog::owner() const
{
    return m_owner->currentText().trimmed();
}

QPushButton* AssignOwnerDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

RoundRobinDialog::RoundRobinDialog(const QStringList& users, int leadCount, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("roundRobinDialog"));
    setWindowTitle(tr("Assign New MQLs"));
    auto* prompt = new QLabel(
        //: %n the number of MQLs nobody owns
        tr("%n MQL(s) nobody owns yet. Deal them out in turn to:", nullptr, leadCount), this);
    prompt->setWordWrap(true);
    m_users = new QListWidget(this);
    m_users->setObjectName(QStringLiteral("sdrList"));
    for (const QString& user : users) {
        auto* item = new QListWidgetItem(user, m_users);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_newUser = new QLineEdit(this);
    m_newUser->setObjectName(QStringLiteral("newSdr"));
    m_newUser->setPlaceholderText(tr("Another SDR's name"));
    auto* add = new QPushButton(tr("&Add"), this);
    connect(add, &QPushButton::clicked, this, &RoundRobinDialog::addUser);
    connect(m_newUser, &QLineEdit::returnPressed, this, &RoundRobinDialog::addUser);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newUser, 1);
    addRow->addWidget(add);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    // Enter in the name field adds the name; it must not close the dialog.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_users, &QListWidget::itemChanged, this, &RoundRobinDialog::updateState);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_users, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_buttons);
    updateState();
}

void RoundRobinDialog::addUser()
{
    const QString name = m_newUser->text().trimmed();
    if (name.isEmpty())
        return;
    const QList<QListWidgetItem*> existing = m_users->findItems(name, Qt::MatchFixedString);
    QListWidgetItem* item =
        existing.isEmpty() ? new QListWidgetItem(name, m_users) : existing.constFirst();
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_newUser->clear();
    updateState();
}

QStringList RoundRobinDialog::owners() const
{
    QStringList names;
    for (int row = 0; row < m_users->count(); ++row) {
        if (m_users->item(row)->checkState() == Qt::Checked)
            names << m_users->item(row)->text();
    }
    return names;
}

QPushButton* RoundRobinDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RoundRobinDialog::updateState()
{
    okButton()->setEnabled(!owners().isEmpty());
}

} // namespace lb
