#include "leadview/profileofferbar.h"

#include "main/retranslate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lb {

ProfileOfferBar::ProfileOfferBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("profileOfferBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("profileOfferText"));
    m_label->setWordWrap(true);
    m_fill = new QPushButton(this);
    m_fill->setObjectName(QStringLiteral("profileOfferFill"));
    m_notNow = new QPushButton(this);
    m_notNow->setObjectName(QStringLiteral("profileOfferNotNow"));
    // The question asked stays in the language it was asked in; the next offer follows.
    retranslate(this, [this] {
        //: Button of the offer to copy an answer's value into the lead's profile
        m_fill->setText(tr("&Fill"));
        //: Button of the offer to copy an answer's value into the lead's profile: not this time
        m_notNow->setText(tr("Not now"));
    });
    connect(m_fill, &QPushButton::clicked, this, &ProfileOfferBar::fillRequested);
    connect(m_notNow, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_fill);
    layout->addWidget(m_notNow);
    hide();
}

void ProfileOfferBar::offer(const QString& question)
{
    m_label->setText(question);
    m_fill->setEnabled(true);
    show();
}

} // namespace lb
