#include "leadview/qualificationform.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lb {

namespace {

QString placeholderFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Amount:
        return QualificationForm::tr("Amount, e.g. 25000");
    //: Keep the date format as it is: it is what the field accepts.
    case ValueKind::Date:
        return QualificationForm::tr("Date, YYYY-MM-DD");
    case ValueKind::Contact:
        return QualificationForm::tr("Name, role or e-mail");
    case ValueKind::Text:
        return QualificationForm::tr("Value (optional)");
    }
    return {};
}

} // namespace

QString QualificationForm::statusLabel(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Unknown:
        return tr("Unknown");
    case AnswerStatus::Partial:
        return tr("Partial");
    case AnswerStatus::Confirmed:
        return tr("Confirmed");
    case AnswerStatus::Disqualifying:
        return tr("Disqualifying");
    }
    return {};
}

QualificationForm::QualificationForm(const FrameworkReadiness& readiness, bool readOnly,
                                     QWidget* parent)
    : QWidget(parent), m_frameworkId(readiness.framework->id)
{
    setObjectName(QStringLiteral("form_") + m_frameworkId);
    auto* layout = new QVBoxLayout(this);

    m_readiness = new QProgressBar(this);
    m_readiness->setObjectName(QStringLiteral("readinessBar"));
    m_readiness->setRange(0, 100);
    m_readiness->setValue(qRound(readiness.readiness * 100));
    //: Progress bar text; %p is the percentage.
    m_readiness->setFormat(tr("Readiness %p%"));
    layout->addWidget(m_readiness);

    QStringList missingNames;
    QStringList staleNames;
    for (const CriterionState& state : readiness.criteria) {
        if (readiness.missing.contains(state.definition->key))
            missingNames << state.definition->displayName();
        if (state.stale)
            staleNames << state.definition->displayName();
    }
    QString summary = missingNames.isEmpty()
                          ? tr("Every criterion is confirmed.")
                          : tr("Missing: %1").arg(missingNames.join(QStringLiteral(", ")));
    if (!staleNames.isEmpty())
        summary +=
            (summary.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ")) +
            tr("Stale, ask again: %1").arg(staleNames.join(QStringLiteral(", ")));
    m_missing = new QLabel(summary, this);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto* grid = new QGridLayout;
    int row = 0;
    for (const CriterionState& state : readiness.criteria) {
        const CriterionDefinition& criterion = *state.definition;
        auto* name = new QLabel(QStringLiteral("<b>%1</b><br><small>%2</small>")
                                    .arg(criterion.displayName().toHtmlEscaped(),
                                         criterion.displayQuestion().toHtmlEscaped()),
                                this);
        name->setToolTip(criterion.displayQuestion());
        // The criterion and its question on a line of their own, the answer's fields below:
        // in a narrow detail pane the value and the evidence keep room to be read.
        grid->addWidget(name, 2 * row, 0, 1, 5);

        Row widgets;
        widgets.status = new QComboBox(this);
        widgets.status->setObjectName(QStringLiteral("status_") + criterion.key);
        for (AnswerStatus status : {AnswerStatus::Unknown, AnswerStatus::Partial,
                                    AnswerStatus::Confirmed, AnswerStatus::Disqualifying})
            widgets.status->addItem(statusLabel(status), answerStatusName(status));
        widgets.status->setCurrentIndex(int(state.status()));
        name->setBuddy(widgets.status);
        grid->addWidget(widgets.status, 2 * row + 1, 0);

        widgets.value = new QLineEdit(state.answer ? state.answer->value : QString(), this);
        widgets.value->setObjectName(QStringLiteral("value_") + criterion.key);
        widgets.value->setPlaceholderText(placeholderFor(criterion.kind));
        grid->addWidget(widgets.value, 2 * row + 1, 1);

        widgets.note = new QLineEdit(state.answer ? state.answer->note : QString(), this);
        widgets.note->setObjectName(QStringLiteral("note_") + criterion.key);
        widgets.note->setPlaceholderText(tr("Evidence: who said what"));
        grid->addWidget(widgets.note, 2 * row + 1, 2);

        widgets.stale = new QLabel(state.stale ? tr("stale") : QString(), this);
        widgets.stale->setObjectName(QStringLiteral("stale_") + criterion.key);
        if (state.answer)
            widgets.stale->setToolTip(
                tr("Answered by %1 on %2")
                    .arg(state.answer->by,
                         QLocale().toString(state.answer->at.toLocalTime(), QLocale::ShortFormat)));
        grid->addWidget(widgets.stale, 2 * row + 1, 3);

        widgets.record = new QPushButton(tr("Record"), this);
        widgets.record->setObjectName(QStringLiteral("record_") + criterion.key);
        grid->addWidget(widgets.record, 2 * row + 1, 4);

        for (QWidget* widget :
             {static_cast<QWidget*>(widgets.status), static_cast<QWidget*>(widgets.value),
              static_cast<QWidget*>(widgets.note), static_cast<QWidget*>(widgets.record)})
            widget->setEnabled(!readOnly);

        const QString key = criterion.key;
        connect(widgets.record, &QPushButton::clicked, this, [this, key] {
            const Row& r = m_rows.value(key);
            AnswerInput input;
            input.framework = m_frameworkId;
            input.criterion = key;
            input.status = answerStatusFromName(r.status->currentData().toString())
                               .value_or(AnswerStatus::Unknown);
            input.value = r.value->text();
            input.note = r.note->text();
            emit recordRequested(input);
        });
        m_rows.insert(key, widgets);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    layout->addLayout(grid);
    layout->addStretch(1);
}

} // namespace lb
