#pragma once

#include "model/lead.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace lb {

struct AnswerChange;
class CommitteeWidget;
class HistoryWidget;
class ProfileEditor;
class ProfileOffer;
class ProfileOfferBar;
class QualificationService;
class QualificationWidget;
class ScoreBreakdownWidget;
class Workspace;

// The detail pane of the selected lead: who it is, why it scored what it did, what it did,
// how far its qualification got, and how it moved through the lifecycle.
class LeadView final : public QWidget
{
    Q_OBJECT

public:
    LeadView(Workspace& workspace, QString actor, QWidget* parent = nullptr);
    ~LeadView() override;

    // Shows the lead with this id (re-read from the workspace); clears on an unknown id.
    void showLead(qint64 leadId);
    void reload();
    void clear();
    // Who acts from now on (after the user changed their name in Settings): the name history
    // and answers record; the workspace stays open.
    void setActor(const QString& actor);
    // True while the profile form holds changes not saved yet.
    bool hasUnsavedEdits() const;
    const std::optional<Lead>& lead() const { return m_lead; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* activity() const { return m_activity; }
    QPushButton* assignOwnerButton() const { return m_assignOwner; }
    QPushButton* logTouchButton() const { return m_logTouch; }
    QualificationWidget* qualification() const { return m_qualification; }
    // Who else is at the lead's company, and what it became (issue 20).
    CommitteeWidget* committee() const { return m_committee; }
    ProfileEditor* profile() const { return m_profile; }
    // The offer to fill the profile from an answer just recorded (issue 21).
    ProfileOfferBar* profileOfferBar() const { return m_offerBar; }
    // The lead fields the workspace's active scoring model reads.
    static QStringList scoringFields(Workspace& workspace);

Q_SIGNALS:
    // Something of the lead changed here (an answer recorded): the table and counts refresh.
    void leadEdited(qint64 leadId);
    // The SDR saved profile changes: the window runs them as an undoable command.
    void editRequested(const lb::Lead& before, const lb::Lead& after);
    // An answer was recorded in the Qualification tab: the window keeps it for undo.
    void answerChanged(const lb::AnswerChange& change);
    // The SDR asked to assign this lead's owner / to log a touch with it (issue 21): the
    // window asks the details and keeps the step for undo.
    void assignOwnerRequested(qint64 leadId);
    void logTouchRequested(qint64 leadId);

private:
    void setTexts();
    void fillActivity(const Lead& lead);

    Workspace& m_workspace;
    QString m_actor;
    std::unique_ptr<QualificationService> m_service;
    std::optional<Lead> m_lead;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    CommitteeWidget* m_committee = nullptr;
    ProfileEditor* m_profile = nullptr;
    ProfileOfferBar* m_offerBar = nullptr;
    ProfileOffer* m_offer = nullptr;
    ScoreBreakdownWidget* m_score = nullptr;
    QListWidget* m_activity = nullptr;
    QPushButton* m_assignOwner = nullptr;
    QPushButton* m_logTouch = nullptr;
    QualificationWidget* m_qualification = nullptr;
    HistoryWidget* m_history = nullptr;
};

} // namespace lb
