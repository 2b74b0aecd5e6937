#pragma once

#include "model/lead.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lb {

struct LeadFieldSpec;

// The lead's profile as an editable form: checked with the import's rules when saved, then
// handed on as a before/after pair so the edit can be undone. Converted leads are read-only.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setLead(const Lead& lead);
    // The fields the scoring model reads: the form says which of them are still empty.
    void setScoringFields(const QStringList& fields);
    QLabel* completenessLabel() const { return m_completeness; }
    // A field's edit by its name; a custom field's as "custom.<name>".
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    // The lead's custom fields (from CSV columns no standard field took), as "custom.<name>".
    QStringList customFields() const;
    QPlainTextEdit* notes() const { return m_notes; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* problemsLabel() const { return m_problems; }
    // True while a field differs from the lead as last read (the SDR typed something).
    bool hasUnsavedChanges() const;

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void editRequested(const lb::Lead& before, const lb::Lead& after);

public:
    // A field's label as the form shows it; a custom field's is its name as imported.
    static QString labelFor(const QString& field);

private:
    void updateButtons();
    void setTexts();
    void setLabel(QWidget* field, const QString& text);
    void setFieldTexts(const QString& name, QLineEdit* edit);
    void showMeta();
    void addFieldEdit(QFormLayout* form, const QString& name);
    void rebuildCustomFields();
    void updateCompleteness();
    // A field's value as the form shows it.
    QString shownText(const QString& field) const;

    Lead m_lead;
    bool m_filling = false;
    QHash<QString, QLineEdit*> m_fields; // the standard fields and custom.<name>
    QFormLayout* m_form = nullptr;
    QFormLayout* m_customForm = nullptr;
    QLabel* m_customHeading = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    const LeadFieldSpec* m_notesSpec = nullptr; // the field m_notes edits
    QLabel* m_problems = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_completeness = nullptr;
    QStringList m_scoringFields;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
};

} // namespace lb
