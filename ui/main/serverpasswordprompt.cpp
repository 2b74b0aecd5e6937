#include "main/serverpasswordprompt.h"

#include "store/serverpasswords.h"
#include "store/storeerror.h"
#include "store/workspacelocation.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace lb {

namespace {

// The password for the login the address names, or nothing when the user cancels. `again`
// when the server refused the one typed before.
std::optional<QString> askPassword(QWidget* parent, const ServerAddress& address, bool again)
{
    const QString login =
        address.user.isEmpty()
            //: Stands for the login when the address names none (libpq then uses the system's)
            ? QCoreApplication::translate("lb::ServerPasswordPrompt", "your login")
            : address.user;
    const QString question =
        again
            //: %1 a login name, %2 the server's host name
            ? QCoreApplication::translate("lb::ServerPasswordPrompt",
                                          "The server %2 did not accept that password for %1. "
                                          "Type it again:")
                  .arg(login, address.host)
            //: %1 a login name, %2 the server's host name
            : QCoreApplication::translate("lb::ServerPasswordPrompt",
                                          "The team workspace's server %2 asks for the password "
                                          "of %1.\n\nLeadbench keeps it only until it closes.")
                  .arg(login, address.host);
    bool accepted = false;
    const QString password = QInputDialog::getText(
        parent,
        //: Title of the dialog that asks for a team workspace server's password
        QCoreApplication::translate("lb::ServerPasswordPrompt", "Password"), question,
        QLineEdit::Password, QString(), &accepted);
    if (!accepted || password.isEmpty())
        return std::nullopt;
    return password;
}

} // namespace

std::unique_ptr<Workspace> openAskingForPassword(QWidget* parent, const QString& location,
                                                 Workspace::OpenMode mode)
{
    for (bool again = false;; again = true) {
        try {
            return openWorkspace(location, mode);
        } catch (const StoreError& error) {
            const ServerAddressOrError parsed = parseServerUrl(location);
            if (error.kind() != StoreError::Kind::PasswordNeeded || !parsed.address)
                throw;
            // A password typed before and now refused (changed on the server) is asked again.
            again = again || !serverPassword(*parsed.address).isEmpty();
            const std::optional<QString> password = askPassword(parent, *parsed.address, again);
            if (!password) {
                forgetServerPassword(*parsed.address);
                throw;
            }
            rememberServerPassword(*parsed.address, *password);
        }
    }
}

} // namespace lb
