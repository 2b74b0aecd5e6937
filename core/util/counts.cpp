#include "util/counts.h"

#include <QCoreApplication>
#include <algorithm>

namespace lb::counts {

namespace {

int clamped(qint64 n)
{
    return int(std::clamp<qint64>(n, -2147483647, 2147483647));
}

} // namespace

QString leads(qint64 n)
{
    //: A count of leads inside a longer message, e.g. "Generated 5 leads, 3 events …".
    return QCoreApplication::translate("lb::Counts", "%Ln lead(s)", nullptr, clamped(n));
}

QString otherLeads(qint64 n)
{
    //: A count of further leads (other than the one being undone), inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln other lead(s)", nullptr, clamped(n));
}

QString events(qint64 n)
{
    //: A count of behaviour events (web visits, e-mail opens …) inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln event(s)", nullptr, clamped(n));
}

QString answers(qint64 n)
{
    //: A count of qualification answers inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln answer(s)", nullptr, clamped(n));
}

QString notes(qint64 n)
{
    //: A count of notes inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln note(s)", nullptr, clamped(n));
}

QString accounts(qint64 n)
{
    //: A count of accounts (companies) inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln account(s)", nullptr, clamped(n));
}

QString otherContacts(qint64 n)
{
    //: A count of further contacts of an account inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln other contact(s)", nullptr, clamped(n));
}

QString opportunities(qint64 n)
{
    //: A count of opportunities (deals) inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln opportunity(s)", nullptr, clamped(n));
}

QString otherOpportunities(qint64 n)
{
    //: A count of further opportunities of an account inside a list of counts.
    return QCoreApplication::translate("lb::Counts", "%Ln other opportunity(s)", nullptr,
                                       clamped(n));
}

QString days(qint64 n)
{
    //: A number of days, e.g. "half-life 30 days".
    return QCoreApplication::translate("lb::Counts", "%Ln day(s)", nullptr, clamped(n));
}

QString list(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    //: Joins the last two items of a list: "3 events and 2 notes".
    QString text = QCoreApplication::translate("lb::Counts", "%1 and %2")
                       .arg(items.at(items.size() - 2), items.last());
    for (qsizetype i = items.size() - 3; i >= 0; --i)
        //: Joins an item to the rest of a list: "5 leads, 3 events and 2 notes".
        text = QCoreApplication::translate("lb::Counts", "%1, %2").arg(items.at(i), text);
    return text;
}

} // namespace lb::counts
