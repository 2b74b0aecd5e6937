#include "main/retranslate.h"

#include <QEvent>
#include <QObject>

namespace lb {

namespace {

// An event filter rather than a base class: any widget (or a model under one) takes part
// without changing what it derives from.
class LanguageWatcher final : public QObject
{
public:
    LanguageWatcher(QObject* owner, std::function<void()> onChange)
        : QObject(owner), m_owner(owner), m_onChange(std::move(onChange))
    {
        owner->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_owner && event->type() == QEvent::LanguageChange)
            m_onChange();
        return false;
    }

private:
    QObject* m_owner;
    std::function<void()> m_onChange;
};

} // namespace

void retranslate(QObject* owner, std::function<void()> setTexts)
{
    setTexts();
    onLanguageChange(owner, std::move(setTexts));
}

void onLanguageChange(QObject* owner, std::function<void()> onChange)
{
    new LanguageWatcher(owner, std::move(onChange));
}

} // namespace lb
