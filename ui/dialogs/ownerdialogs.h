#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lb {

// Asks who should own the chosen leads: a workspace user or a new name; empty removes the owner.
class AssignOwnerDialog final : public QDialog
{
    Q_OBJECT

public:
    AssignOwnerDialog(const QStringList& users, const QString& current, int leadCount,
                      QWidget* parent = nullptr);

    QString owner() const;
    QComboBox* ownerBox() const { return m_owner; }
    QPushButton* okButton() const;

private:
    QComboBox* m_owner = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

// "Assign New MQLs": the SDRs to deal the unowned MQLs out to in turn. OK needs one at least.
class RoundRobinDialog final : public QDialog
{
    Q_OBJECT

public:
    RoundRobinDialog(const QStringList& users, int leadCount, QWidget* parent = nullptr);

    // The checked SDRs, in the order listed.
    QStringList owners() const;
    QListWidget* userList() const { return m_users; }
    QLineEdit* newUser() const { return m_newUser; }
    QPushButton* okButton() const;

private:
    void addUser();
    void updateState();

    QListWidget* m_users = nullptr;
    QLineEdit* m_newUser = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace lb
