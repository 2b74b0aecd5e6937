#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lb {

// The inline offer above a lead's tabs after an answer that tells its profile something new
// (issue 21): "Fill the profile's Budget with 25 000 €? [Fill] [Not now]". It only shows and
// asks: the lead view decides what to offer (core, profileProposal) and runs the fill.
class ProfileOfferBar final : public QFrame
{
    Q_OBJECT

public:
    explicit ProfileOfferBar(QWidget* parent = nullptr);

    // Shows the bar with this question.
    void offer(const QString& question);
    QLabel* label() const { return m_label; }
    QPushButton* fillButton() const { return m_fill; }
    QPushButton* notNowButton() const { return m_notNow; }

Q_SIGNALS:
    void fillRequested();
    void dismissed();

private:
    QLabel* m_label = nullptr;
    QPushButton* m_fill = nullptr;
    QPushButton* m_notNow = nullptr;
};

} // namespace lb
