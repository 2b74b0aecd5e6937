#pragma once

#include <QString>

namespace lb {

// The domain part of an e-mail address, lower case ("" when there is none).
QString emailDomain(const QString& email);

// Whether the domain is a free-mail provider (gmail.com, hotmail.fi, luukku.com, ...): such a
// domain says nothing about the company, so it never matches or names an account.
bool isFreeMailDomain(const QString& domain);

// The domain that identifies the lead's company: its e-mail domain unless that is free mail.
QString companyDomain(const QString& email);

} // namespace lb
