#include "main/navigation.h"

#include "crm/crmwindow.h"
#include "main/mainwindow.h"
#include "main/retranslate.h"

#include <QAction>
#include <QWidget>

namespace lb {

namespace {

// Alt+Left (Alt+Right) everywhere, and whatever else the platform calls Back (Forward).
QList<QKeySequence> keysFor(QKeySequence::StandardKey key, const QKeySequence& always)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(always))
        keys.prepend(always);
    return keys;
}

} // namespace

Navigation::Navigation(MainWindow* main)
    : QObject(main), m_main(main), m_history(new NavigationHistory(this))
{
}

QList<QAction*> Navigation::makeActions(QWidget* window)
{
    auto* back = new QAction(window);
    back->setObjectName(QStringLiteral("view.back"));
    back->setShortcuts(keysFor(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    auto* forward = new QAction(window);
    forward->setObjectName(QStringLiteral("view.forward"));
    forward->setShortcuts(keysFor(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    // The actions are children of the window, which passes a change of language on to them.
    retranslate(back, [back] {
        //: Go back to the lead, account or opportunity opened before
        back->setText(tr("&Back"));
    });
    retranslate(forward, [forward] {
        //: Go forward again to the lead, account or opportunity left with Back
        forward->setText(tr("&Forward"));
    });
    connect(back, &QAction::triggered, this, &Navigation::goBack);
    connect(forward, &QAction::triggered, this, &Navigation::goForward);
    auto update = [this, back, forward] {
        back->setEnabled(m_history->canGoBack());
        forward->setEnabled(m_history->canGoForward());
    };
    connect(m_history, &NavigationHistory::changed, back, update);
    update();
    return {back, forward};
}

void Navigation::goBack()
{
    const std::optional<Place> place = m_history->back();
    // Not left for it (the SDR kept unsaved edits): the cursor stays where the SDR is.
    if (place && !open(*place))
        m_history->forward();
}

void Navigation::goForward()
{
    const std::optional<Place> place = m_history->forward();
    if (place && !open(*place))
        m_history->back();
}

bool Navigation::open(const Place& place)
{
    switch (place.kind) {
    case Place::Lead:
        return m_main->openLead(place.id);
    case Place::Account:
        m_main->showCrm()->showAccount(place.id);
        return true;
    case Place::Opportunity:
        m_main->showCrm()->showOpportunity(place.id);
        return true;
    }
    return false;
}

} // namespace lb
