#pragma once

#include <QString>
#include <QStringList>

namespace lb::counts {

// Counted nouns with their plural forms ("1 lead", "2 leads"; "1 liidi", "2 liidiä"), in the
// user's language, digits grouped by the locale. A message with several counts lists these
// phrases (list()) instead of writing "%1 leads, %2 events", which no language gets right for 1.
QString leads(qint64 n);
QString otherLeads(qint64 n);
QString events(qint64 n);
QString answers(qint64 n);
QString notes(qint64 n);
QString accounts(qint64 n);
QString otherContacts(qint64 n);
QString opportunities(qint64 n);
QString otherOpportunities(qint64 n);
QString days(qint64 n);

// "a", "a and b", "a, b and c": the phrases joined as the language joins a list.
QString list(const QStringList& items);

} // namespace lb::counts
