#include "main/searchbox.h"

#include "main/retranslate.h"

namespace lb {

SearchBox::SearchBox(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchBox"));
    setClearButtonEnabled(true);
    // The queue's name is the window's to translate (it sets the queue again first).
    retranslate(this, [this] {
        setAccessibleName(tr("Search leads"));
        setQueue(m_queue);
    });
}

void SearchBox::setQueue(const QString& queueName)
{
    m_queue = queueName;
    if (queueName.isEmpty()) {
        setPlaceholderText(tr("Search name, company, e-mail, title…"));
        //: Tooltip of the search box while the All leads queue is chosen
        setToolTip(tr("Searches all leads, within the filters below."));
        return;
    }
    //: Search box placeholder; %1 is the chosen queue, e.g. "MQLs to accept"
    setPlaceholderText(tr("Search in %1: name, company, e-mail…").arg(queueName));
    //: Tooltip of the search box; %1 is the chosen queue, e.g. "MQLs to accept"
    setToolTip(tr("Searches only the leads in %1, within the filters below. Choose All leads to "
                  "search everywhere.")
                   .arg(queueName));
}

} // namespace lb
