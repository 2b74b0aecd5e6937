#include "leads/touches.h"

#include "lifecycle/leadguard.h"
#include "store/sdrstore.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace lb {

namespace {

// A clock a few minutes ahead on the SDR's machine is not a touch in the future.
constexpr qint64 allowedAheadSecs = 5 * 60;

[[noreturn]] void refuse(const QString& message)
{
    throw StoreError(StoreError::Kind::Invalid, message);
}

} // namespace

TouchService::TouchService(Workspace& workspace)
    : m_workspace(workspace), m_store(&workspace.touches())
{
}

Touch TouchService::log(qint64 leadId, const TouchInput& input, const QString& actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Touch touch;
    touch.leadId = leadId;
    touch.type = input.type;
    touch.outcome = input.outcome;
    touch.at = input.at.isValid() ? input.at.toUTC() : now;
    touch.note = input.note.trimmed();
    touch.by = actor;
    touch.loggedAt = now;
    if (touch.outcome && touch.type != TouchType::Call)
        //: %1 the kind of touch (E-mail, Meeting, Note): only calls have an outcome
        refuse(QCoreApplication::translate("lb::Touches",
                                           "only a call has an outcome, not a touch of type %1")
                   .arg(touchTypeLabel(touch.type)));
    if (touch.at.secsTo(now) < -allowedAheadSecs)
        //: %1 the date and time given
        refuse(QCoreApplication::translate("lb::Touches",
                                           "a touch cannot be logged in the future (%1)")
                   .arg(touch.at.toString(Qt::ISODate)));
    if (touch.type == TouchType::Note && touch.note.isEmpty())
        refuse(QCoreApplication::translate("lb::Touches", "a note needs a text"));
    Transaction transaction(m_workspace);
    const std::optional<Lead> lead = m_workspace.leads().find(leadId);
    if (!lead)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Touches", "lead %1 does not exist").arg(leadId));
    if (const auto refusal = readOnlyReason(*lead))
        refuse(*refusal);
    m_store->add(touch);
    transaction.commit();
    return touch;
}

bool TouchService::remove(const Touch& touch)
{
    Transaction transaction(m_workspace);
    const bool removed = m_store->remove(touch.id);
    transaction.commit();
    return removed;
}

Touch TouchService::restore(const Touch& touch)
{
    Touch again = touch;
    Transaction transaction(m_workspace);
    if (!m_workspace.leads().find(touch.leadId))
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("lb::Touches", "lead %1 does not exist").arg(touch.leadId));
    m_store->add(again);
    transaction.commit();
    return again;
}

QList<Touch> TouchService::forLead(qint64 leadId)
{
    return m_store->forLead(leadId);
}

std::optional<QDateTime> TouchService::firstTouchAt(qint64 leadId)
{
    return m_store->firstTouchAt(leadId);
}

} // namespace lb
