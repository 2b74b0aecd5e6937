#include "leadview/leadview.h"

#include "crm/committeewidget.h"
#include "leads/leadtablemodel.h"
#include "leads/touches.h"
#include "leadview/historywidget.h"
#include "leadview/profileeditor.h"
#include "leadview/profileoffer.h"
#include "leadview/profileofferbar.h"
#include "leadview/qualificationwidget.h"
#include "main/retranslate.h"
#include "model/labels.h"
#include "qualification/qualificationservice.h"
#include "scoring/modelservice.h"
#include "scoring/scorebreakdownwidget.h"
#include "scoring/scorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/isotime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lb {

namespace {
// How many events the Activity tab lists: the newest, which are the ones that matter.
constexpr int maxEventsShown = 300;
} // namespace

LeadView::LeadView(Workspace& workspace, QString actor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_actor(std::move(actor)),
      m_service(std::make_unique<QualificationService>(workspace))
{
    setObjectName(QStringLiteral("leadView"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("leadTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long names and titles wrap instead of widening the pane (and with it the window).
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_profile = new ProfileEditor(this);
    connect(m_profile, &ProfileEditor::editRequested, this, &LeadView::editRequested);
    auto* profileScroll = new QScrollArea(this);
    profileScroll->setWidget(m_profile);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);

    m_score = new ScoreBreakdownWidget(this);
    m_activity = new QListWidget(this);
    m_activity->setObjectName(QStringLiteral("activityList"));
    m_qualification = new QualificationWidget(*m_service, m_actor, this);
    m_history = new HistoryWidget(this);
    // The offer first: the table's reload that follows may show another lead, which withdraws it.
    m_offerBar = new ProfileOfferBar(this);
    m_offer = new ProfileOffer(workspace, *m_service, m_profile, m_offerBar, this);
    connect(m_qualification, &QualificationWidget::answerRecorded, m_offer,
            &ProfileOffer::consider);
    connect(m_offer, &ProfileOffer::editRequested, this, &LeadView::editRequested);
    connect(m_qualification, &QualificationWidget::answerRecorded, this, [this] {
        if (m_lead)
            Q_EMIT leadEdited(m_lead->id);
    });
    connect(m_qualification, &QualificationWidget::answerChanged, this, &LeadView::answerChanged);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("leadTabs"));
    // Every tab readable at once, never "His…" behind scroll arrows: the pane is at least as
    // wide as its tabs in every language (issue 21), and the table gives way.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_committee = new CommitteeWidget(this);
    for (QWidget* tab : QList<QWidget*>{profileScroll, m_score, m_activity, m_qualification,
                                        m_history, m_committee})
        m_tabs->addTab(tab, QString());

    // The SDR's two everyday writes on the lead in view (issue 21); O and L in the table.
    m_assignOwner = new QPushButton(this);
    m_assignOwner->setObjectName(QStringLiteral("assignOwnerButton"));
    m_logTouch = new QPushButton(this);
    m_logTouch->setObjectName(QStringLiteral("logTouchButton"));
    connect(m_assignOwner, &QPushButton::clicked, this, [this] {
        if (m_lead)
            Q_EMIT assignOwnerRequested(m_lead->id);
    });
    connect(m_logTouch, &QPushButton::clicked, this, [this] {
        if (m_lead)
            Q_EMIT logTouchRequested(m_lead->id);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_assignOwner);
    buttons->addWidget(m_logTouch);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(buttons);
    layout->addWidget(m_offerBar);
    layout->addWidget(m_tabs, 1);
    clear();
    retranslate(this, [this] { setTexts(); });
}

void LeadView::setTexts()
{
    // In the order the constructor added them.
    m_tabs->setTabText(0, tr("Profile"));
    m_tabs->setTabText(1, tr("Score"));
    m_tabs->setTabText(2, tr("Activity"));
    m_tabs->setTabText(3, tr("Qualification"));
    m_tabs->setTabText(4, tr("History"));
    //: Tab of the lead view: the other people at the lead's company (buying committee)
    m_tabs->setTabText(5, tr("Committee"));
    m_activity->setAccessibleName(tr("Activity"));
    //: Button in the lead view: choose who owns this lead
    m_assignOwner->setText(tr("Assign Owner…"));
    //: Button in the lead view: write down a call, e-mail, meeting or note
    m_logTouch->setText(tr("Log Touch…"));
    // What the lead shows is worded anew: its stage, activity, answers and history (the
    // profile keeps what the SDR is typing).
    if (m_lead) {
        reload();
    } else {
        clear();
        m_score->clear();
    }
}

LeadView::~LeadView() = default;

QStringList LeadView::scoringFields(Workspace& workspace)
{
    try {
        return scoring::Scorer(scoring::activeModel(workspace).model).fields();
    } catch (const StoreError&) {
        return {};
    }
}

void LeadView::clear()
{
    m_lead.reset();
    m_title->setText(tr("No lead selected"));
    m_subtitle->setText(tr("Choose a lead in the table to see its profile, score and history."));
    m_tabs->setEnabled(false);
    m_offerBar->hide();
    m_assignOwner->setEnabled(false);
    m_logTouch->setEnabled(false);
}

void LeadView::setActor(const QString& actor)
{
    m_actor = actor;
    m_qualification->setActor(actor);
}

bool LeadView::hasUnsavedEdits() const
{
    return m_lead && m_profile->hasUnsavedChanges();
}

void LeadView::reload()
{
    if (m_lead)
        showLead(m_lead->id);
}

void LeadView::showLead(qint64 leadId)
{
    std::optional<Lead> lead;
    try {
        lead = m_workspace.leads().find(leadId);
    } catch (const StoreError&) {
        lead.reset();
    }
    if (!lead) {
        clear();
        return;
    }
    // Re-reading the same lead (after an answer, a refresh) keeps what the SDR is typing in
    // its profile; only another lead replaces the form.
    const bool keepProfileEdits = m_lead && m_lead->id == lead->id && hasUnsavedEdits();
    m_lead = lead;
    m_tabs->setEnabled(true);
    m_assignOwner->setEnabled(true);
    m_logTouch->setEnabled(true);
    m_title->setText(lead->displayName());
    QStringList subtitle;
    if (!lead->title.isEmpty())
        subtitle << lead->title;
    if (!lead->company.isEmpty())
        subtitle << lead->company;
    subtitle << LeadTableModel::stageLabel(lead->stage);
    if (!lead->owner.isEmpty())
        subtitle << tr("owned by %1").arg(lead->owner);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_profile->setScoringFields(scoringFields(m_workspace));
    if (!keepProfileEdits)
        m_profile->setLead(*lead);
    m_score->showLead(m_workspace, *lead);
    fillActivity(*lead);
    m_qualification->setLead(*lead);
    m_offer->leadShown(*lead, m_qualification->qualification());
    m_history->showLead(m_workspace, lead->id);
    m_committee->showLead(m_workspace, *lead);
}

void LeadView::fillActivity(const Lead& lead)
{
    m_activity->clear();
    const QList<Event> events = m_workspace.events().newestForLead(lead.id, maxEventsShown + 1);
    const QList<Touch> touches = TouchService(m_workspace).forLead(lead.id);
    const QLocale locale;
    QFont touchFont = m_activity->font();
    touchFont.setBold(true);
    // The SDR's logged touches and the marketing events in one timeline, newest first; a touch
    // reads in bold with its kind and outcome, so the two are told apart at a glance.
    qsizetype e = 0;
    qsizetype t = 0;
    const qsizetype shownEvents = std::min<qsizetype>(events.size(), maxEventsShown);
    while (e < shownEvents || t < touches.size()) {
        const bool takeTouch =
            t < touches.size() &&
            (e >= shownEvents || touches.at(t).at >= momentOfEventTime(events.at(e).occurredAtMs));
        if (takeTouch) {
            const Touch& touch = touches.at(t++);
            QString kind = touchTypeLabel(touch.type);
            if (touch.outcome)
                //: A logged touch in Activity: %1 its kind (Call), %2 the call's outcome
                kind = tr("%1 (%2)").arg(kind, touchOutcomeLabel(*touch.outcome));
            //: A logged touch in Activity: %1 its kind, %2 who logged it
            QString line = locale.toString(touch.at.toLocalTime(), QLocale::ShortFormat) +
                           QStringLiteral("   ") + tr("%1 by %2").arg(kind, touch.by);
            if (!touch.note.isEmpty())
                line += QStringLiteral(" — ") + touch.note;
            auto* item = new QListWidgetItem(line, m_activity);
            item->setFont(touchFont);
            item->setData(Qt::UserRole, QStringLiteral("touch"));
            //: Tooltip of a touch in Activity, which an SDR logged (not a marketing event)
            item->setToolTip(tr("Logged touch, %1").arg(toIsoUtc(touch.at)));
            continue;
        }
        const Event& event = events.at(e++);
        const QDateTime at = momentOfEventTime(event.occurredAtMs).toLocalTime();
        QString line = locale.toString(at, QLocale::ShortFormat) + QStringLiteral("   ") +
                       eventTypeLabel(event.type);
        if (!event.detail.isEmpty())
            line += QStringLiteral("   ") + event.detail;
        auto* item = new QListWidgetItem(line, m_activity);
        item->setData(Qt::UserRole, QStringLiteral("event"));
        // The list reads to the minute; the exact moment (to the millisecond where the event
        // has them, as scoring sees it) is one hover away.
        item->setToolTip(toIsoUtcExact(momentOfEventTime(event.occurredAtMs)));
    }
    if (events.isEmpty() && touches.isEmpty())
        m_activity->addItem(tr("No recorded activity yet."));
    else if (events.size() > maxEventsShown) {
        const qint64 older = m_workspace.events().countForLead(lead.id) - maxEventsShown;
        m_activity->addItem(tr("… and %n older events", nullptr, int(older)));
    }
}

} // namespace lb
