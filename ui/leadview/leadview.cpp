#include "leadview/leadview.h"

#include "leads/leadtablemodel.h"
#include "leadview/historywidget.h"
#include "leadview/profileeditor.h"
#include "leadview/qualificationwidget.h"
#include "qualification/qualificationservice.h"
#include "scoring/modelservice.h"
#include "scoring/scorebreakdownwidget.h"
#include "scoring/scorer.h"
#include "store/storeerror.h"
#include "store/workspace.h"
#include "util/isotime.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
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
    m_subtitle = new QLabel(this);
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
    m_activity->setAccessibleName(tr("Activity"));
    m_qualification = new QualificationWidget(*m_service, m_actor, this);
    m_history = new HistoryWidget(this);
    connect(m_qualification, &QualificationWidget::answerRecorded, this, [this] {
        if (m_lead)
            Q_EMIT leadEdited(m_lead->id);
    });
    connect(m_qualification, &QualificationWidget::answerChanged, this, &LeadView::answerChanged);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("leadTabs"));
    m_tabs->addTab(profileScroll, tr("Profile"));
    m_tabs->addTab(m_score, tr("Score"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(m_qualification, tr("Qualification"));
    m_tabs->addTab(m_history, tr("History"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_tabs, 1);
    clear();
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
    m_history->showLead(m_workspace, lead->id);
}

void LeadView::fillActivity(const Lead& lead)
{
    m_activity->clear();
    const QList<Event> events = m_workspace.events().forLead(lead.id);
    const QLocale locale;
    for (qsizetype i = 0; i < std::min<qsizetype>(events.size(), maxEventsShown); ++i) {
        const Event& event = events.at(i);
        const QDateTime at = momentOfEventTime(event.occurredAtMs).toLocalTime();
        QString line =
            locale.toString(at, QLocale::ShortFormat) + QStringLiteral("   ") + event.type;
        if (!event.detail.isEmpty())
            line += QStringLiteral("   ") + event.detail;
        auto* item = new QListWidgetItem(line, m_activity);
        // The list reads to the minute; the exact moment (to the millisecond where the event
        // has them, as scoring sees it) is one hover away.
        item->setToolTip(toIsoUtcExact(momentOfEventTime(event.occurredAtMs)));
    }
    if (events.isEmpty())
        m_activity->addItem(tr("No recorded activity yet."));
    else if (events.size() > maxEventsShown)
        m_activity->addItem(
            tr("… and %n older events", nullptr, int(events.size() - maxEventsShown)));
}

} // namespace lb
