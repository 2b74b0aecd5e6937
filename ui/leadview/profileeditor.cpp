#include "leadview/profileeditor.h"

#include "io/countrynames.h"
#include "leads/profileedit.h"
#include "lifecycle/leadguard.h"
#include "main/retranslate.h"
#include "main/themecolors.h"
#include "model/labels.h"
#include "model/leadfields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lb {

namespace {

// A form row's label, its text set by setTexts (an empty text would make the row label-less).
QLabel* buddyLabel(QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

} // namespace

QString ProfileEditor::labelFor(const QString& field)
{
    return leadFieldLabel(field);
}

ProfileEditor::ProfileEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("profileEditor"));
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(QStringLiteral("profileCompleteness"));
    m_completeness->setWordWrap(true);
    auto* form = m_form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    for (const QString& name : editableProfileFields()) {
        // The long text (the notes) gets a box of several lines; the form has one such field.
        if (const LeadFieldSpec* spec = findLeadFieldSpec(name);
            spec && spec->type == FieldType::LongText) {
            Q_ASSERT(!m_notes);
            m_notesSpec = spec;
            m_notes = new QPlainTextEdit(this);
            m_notes->setObjectName(QStringLiteral("field_") + name);
            m_notes->setTabChangesFocus(true);
            m_notes->setMaximumHeight(fontMetrics().height() * 5);
            connect(m_notes, &QPlainTextEdit::textChanged, this, &ProfileEditor::updateButtons);
            form->addRow(buddyLabel(m_notes), m_notes);
            continue;
        }
        addFieldEdit(form, name);
    }
    m_customHeading = new QLabel(this);
    m_customHeading->setObjectName(QStringLiteral("customFieldsHeading"));
    QFont headingFont = m_customHeading->font();
    headingFont.setBold(true);
    m_customHeading->setFont(headingFont);
    m_customHeading->hide();
    m_customForm = new QFormLayout;
    m_customForm->setLabelAlignment(Qt::AlignRight);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("profileProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(theme::errorTextStyle(palette()));
    m_problems->hide();
    m_meta = new QLabel(this);
    m_meta->setEnabled(false);
    m_meta->setWordWrap(true);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_revert = new QPushButton(this);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileEditor::revert);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this, this, &ProfileEditor::save,
                                       Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(saveShortcut);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_completeness);
    layout->addLayout(form);
    layout->addWidget(m_customHeading);
    layout->addLayout(m_customForm);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addWidget(m_meta);
    layout->addStretch(1);
    updateButtons();
    retranslate(this, [this] { setTexts(); });
}

void ProfileEditor::setTexts()
{
    //: Heading above the lead's fields that came from CSV columns no standard field took
    m_customHeading->setText(tr("Custom fields"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("Re&vert"));
    const QString notes = QString::fromLatin1(m_notesSpec->key);
    m_notes->setAccessibleName(labelFor(notes));
    setLabel(m_notes, labelFor(notes));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setFieldTexts(it.key(), it.value());
    // A country that still means the stored one is named anew in the new language; one the
    // SDR has typed over stays as typed.
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const LeadFieldSpec* spec = findLeadFieldSpec(it.key());
        if (spec && spec->type == FieldType::Country &&
            io::countryCode(it.value()->text()).value_or(QString()) == m_lead.*spec->text)
            it.value()->setText(shownText(it.key()));
    }
    updateCompleteness();
    if (m_lead.id != 0)
        showMeta();
}

void ProfileEditor::setLabel(QWidget* field, const QString& text)
{
    for (QFormLayout* form : {m_form, m_customForm}) {
        if (!form)
            continue; // while the standard fields are made, before the custom ones' form
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
            label->setText(text);
    }
}

void ProfileEditor::setFieldTexts(const QString& name, QLineEdit* edit)
{
    edit->setAccessibleName(labelFor(name));
    setLabel(edit, labelFor(name));
    if (const LeadFieldSpec* spec = findLeadFieldSpec(name); spec && spec->type == FieldType::Date)
        edit->setPlaceholderText(tr("YYYY-MM-DD"));
}

void ProfileEditor::addFieldEdit(QFormLayout* form, const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("field_") + name);
    connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::updateButtons);
    connect(edit, &QLineEdit::returnPressed, this, &ProfileEditor::save);
    m_fields.insert(name, edit);
    form->addRow(buddyLabel(edit), edit);
    setFieldTexts(name, edit);
}

QStringList ProfileEditor::customFields() const
{
    QStringList names;
    for (auto it = m_lead.custom.cbegin(); it != m_lead.custom.cend(); ++it)
        names << QStringLiteral("custom.") + it.key();
    return names;
}

void ProfileEditor::rebuildCustomFields()
{
    // Every lead has its own custom fields: the rows below the standard ones follow the lead.
    for (auto it = m_fields.begin(); it != m_fields.end();) {
        if (it.key().startsWith(QLatin1String("custom.")))
            it = m_fields.erase(it);
        else
            ++it;
    }
    while (m_customForm->rowCount() > 0)
        m_customForm->removeRow(0);
    const QStringList names = customFields();
    for (const QString& name : names)
        addFieldEdit(m_customForm, name);
    m_customHeading->setVisible(!names.isEmpty());
}

void ProfileEditor::setLead(const Lead& lead)
{
    m_lead = lead;
    rebuildCustomFields();
    revert();
    const std::optional<QString> readOnly = readOnlyReason(lead);
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setReadOnly(readOnly.has_value());
    m_notes->setReadOnly(readOnly.has_value());
    showMeta();
}

void ProfileEditor::showMeta()
{
    const Lead& lead = m_lead;
    const std::optional<QString> readOnly = readOnlyReason(lead);
    const QLocale locale;
    QString meta = tr("Created %1 · last changed %2 by %3")
                       .arg(locale.toString(lead.createdAt.toLocalTime(), QLocale::ShortFormat),
                            locale.toString(lead.updatedAt.toLocalTime(), QLocale::ShortFormat),
                            lead.updatedBy);
    if (readOnly)
        meta = *readOnly + QLatin1Char('\n') + meta;
    m_meta->setText(meta);
}

void ProfileEditor::setScoringFields(const QStringList& fields)
{
    m_scoringFields.clear();
    for (const QString& field : fields) {
        if (editableProfileFields().contains(field))
            m_scoringFields << field;
    }
    updateCompleteness();
}

void ProfileEditor::updateCompleteness()
{
    // Scoring is only as good as the data: say which of the fields it reads are empty.
    QStringList empty;
    for (const QString& field : std::as_const(m_scoringFields)) {
        const bool missing = leadFieldText(m_lead, field).trimmed().isEmpty();
        if (missing)
            empty << labelFor(field);
        if (QLineEdit* edit = m_fields.value(field))
            edit->setPlaceholderText(missing ? tr("used by scoring") : QString());
    }
    if (m_scoringFields.isEmpty()) {
        m_completeness->clear();
        return;
    }
    const int filled = int(m_scoringFields.size() - empty.size());
    m_completeness->setText(
        empty.isEmpty()
            ? tr("Complete: all %1 fields the scoring model reads are filled.").arg(filled)
            : tr("%1 of %2 fields the scoring model reads are filled. Missing: %3.")
                  .arg(filled)
                  .arg(m_scoringFields.size())
                  .arg(empty.join(QStringLiteral(", "))));
}

QString ProfileEditor::shownText(const QString& field) const
{
    // A country by its name in the reader's language: the form reads names back to codes.
    if (const LeadFieldSpec* spec = findLeadFieldSpec(field);
        spec && spec->type == FieldType::Country)
        return io::countryName(m_lead.*spec->text);
    return leadFieldText(m_lead, field);
}

void ProfileEditor::revert()
{
    m_filling = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        it.value()->setText(shownText(it.key()));
        it.value()->setStyleSheet(QString());
    }
    m_notes->setPlainText(m_lead.*m_notesSpec->text);
    m_problems->hide();
    m_filling = false;
    updateButtons();
    updateCompleteness();
}

void ProfileEditor::save()
{
    if (!m_save->isEnabled())
        return;
    QMap<QString, QString> texts;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        texts.insert(it.key(), it.value()->text());
    texts.insert(QString::fromLatin1(m_notesSpec->key), m_notes->toPlainText());
    Lead edited = m_lead;
    const QList<ProfileProblem> problems = applyProfileTexts(edited, texts);
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setStyleSheet(QString());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const ProfileProblem& problem : problems) {
            lines << QStringLiteral("%1: %2").arg(labelFor(problem.field), problem.message);
            if (QLineEdit* edit = m_fields.value(problem.field))
                edit->setStyleSheet(QStringLiteral("border: 1px solid %1;")
                                        .arg(theme::errorText(palette()).name()));
        }
        m_problems->setText(lines.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    m_problems->hide();
    const Lead before = m_lead;
    Q_EMIT editRequested(before, edited);
}

bool ProfileEditor::hasUnsavedChanges() const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value()->text() != shownText(it.key()))
            return true;
    }
    return m_notes->toPlainText() != m_lead.*m_notesSpec->text;
}

void ProfileEditor::updateButtons()
{
    if (m_filling)
        return;
    const bool changed = hasUnsavedChanges();
    const bool editable = !readOnlyReason(m_lead).has_value() && m_lead.id > 0;
    m_save->setEnabled(changed && editable);
    m_revert->setEnabled(changed);
}

} // namespace lb
