#pragma once

#include "qualification/qualificationservice.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lb {

// The checklist of one framework for one lead: per criterion its translated name and the
// question to ask, the status, a typed value, the note (evidence), a stale marker and a Record
// button; above them the readiness bar and what is missing. It only asks to record: the
// owner (QualificationWidget) talks to the service.
class QualificationForm final : public QWidget
{
    Q_OBJECT

public:
    QualificationForm(const FrameworkReadiness& readiness, bool readOnly,
                      QWidget* parent = nullptr);

    QString frameworkId() const { return m_frameworkId; }
    QProgressBar* readinessBar() const { return m_readiness; }
    QLabel* missingLabel() const { return m_missing; }
    QComboBox* statusBox(const QString& key) const { return m_rows.value(key).status; }
    QLineEdit* valueEdit(const QString& key) const { return m_rows.value(key).value; }
    QLineEdit* noteEdit(const QString& key) const { return m_rows.value(key).note; }
    QPushButton* recordButton(const QString& key) const { return m_rows.value(key).record; }
    QLabel* staleLabel(const QString& key) const { return m_rows.value(key).stale; }

    static QString statusLabel(AnswerStatus status);

signals:
    void recordRequested(const lb::AnswerInput& input);

private:
    struct Row
    {
        QComboBox* status = nullptr;
        QLineEdit* value = nullptr;
        QLineEdit* note = nullptr;
        QPushButton* record = nullptr;
        QLabel* stale = nullptr;
    };

    QString m_frameworkId;
    QProgressBar* m_readiness = nullptr;
    QLabel* m_missing = nullptr;
    QMap<QString, Row> m_rows;
};

} // namespace lb
