#pragma once

#include "model/lead.h"
#include "qualification/qualificationservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace lb {

class QualificationForm;

// The qualification page of a lead: one tab per framework the lead uses, a way to start using
// another, and whether the lead is ready for SQL. Records answers through the service; a
// converted lead is shown read-only.
class QualificationWidget final : public QWidget
{
    Q_OBJECT

public:
    QualificationWidget(QualificationService& service, QString actor, QWidget* parent = nullptr);

    void setLead(const Lead& lead);
    // Who records answers from now on (after the user changed their name in Settings).
    void setActor(const QString& actor) { m_actor = actor; }
    // Rereads the answers (after another window or process changed them).
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* addFrameworkBox() const { return m_addBox; }
    QPushButton* addFrameworkButton() const { return m_addButton; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QualificationForm* form(const QString& frameworkId) const;
    const LeadQualification& qualification() const { return m_qualification; }

signals:
    void answerRecorded(const lb::Answer& answer);
    // The same recording with what it replaced, for the undo stack.
    void answerChanged(const lb::AnswerChange& change);

private:
    void record(const AnswerInput& input);
    void addFramework();
    void showError(const QString& message);

    QualificationService& m_service;
    QString m_actor;
    Lead m_lead;
    LeadQualification m_qualification;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_addBox = nullptr;
    QPushButton* m_addButton = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lb
