#pragma once

#include <QLineEdit>

namespace lb {

// The search field above the lead table. The search runs within the chosen queue, so the field
// says which one ("Search in MQLs to accept…") and says it again in its tooltip while text
// hides the placeholder (issue 21).
class SearchBox final : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget* parent = nullptr);

    // The queue the search is limited to, by name; empty: all leads.
    void setQueue(const QString& queueName);
    const QString& queue() const { return m_queue; }

private:
    QString m_queue;
};

} // namespace lb
