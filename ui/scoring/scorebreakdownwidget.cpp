#include "scoring/scorebreakdownwidget.h"

#include "main/retranslate.h"
#include "main/themecolors.h"
#include "model/labels.h"
#include "scoring/rulelabels.h"

#include "scoring/modelservice.h"
#include "scoring/scorebar.h"
#include "store/storeerror.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace lb {

namespace {

QString pointsText(double points)
{
    const QString text = QLocale().toString(points, 'f', 1);
    return points > 0 ? QStringLiteral("+") + text : text;
}

// "Company size: employees empty (10 points)": whole points as a count, fractions as a number.
QString missingText(const scoring::MissingData& missing)
{
    const QString label = scoring::displayRuleLabel(missing.label);
    const QString fields = leadFieldLabels(missing.fields);
    if (missing.points == std::round(missing.points) && std::abs(missing.points) < 1e9)
        //: %1 rule label, %2 the empty fields the rule reads, then the points the rule is worth
        return QCoreApplication::translate("lb::ScoreBreakdownWidget",
                                           "%1: %2 empty (%Ln point(s))", nullptr,
                                           int(missing.points))
            .arg(label, fields);
    //: %1 rule label, %2 the empty fields, %3 a decimal number of points such as 2.5 (not a
    //: count: always the plural)
    return QCoreApplication::translate("lb::ScoreBreakdownWidget", "%1: %2 empty (%3 points)")
        .arg(label, fields, pointsText(missing.points));
}

QLabel* heading(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ScoreBreakdownWidget::ScoreBreakdownWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    m_scoreLabel->setWordWrap(true);
    m_bar = new ScoreBar(this);
    m_bar->setObjectName(QStringLiteral("scoreBar"));
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfLabel"));
    m_mqlLabel = new QLabel(this);
    m_mqlLabel->setObjectName(QStringLiteral("mqlLabel"));
    m_mqlLabel->setWordWrap(true);

    m_contributions = new QTableWidget(0, 2, this);
    m_contributions->setObjectName(QStringLiteral("contributionTable"));
    m_contributions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contributions->verticalHeader()->hide();
    m_contributions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contributions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_missing = new QListWidget(this);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("stepsList"));
    // Sentences in a narrow pane: wrap them rather than scroll sideways.
    for (QListWidget* list : {m_missing, m_steps}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
    }

    layout->addWidget(m_scoreLabel);
    layout->addWidget(m_asOfLabel);
    layout->addWidget(m_bar);
    layout->addWidget(m_mqlLabel);
    QLabel* counted = heading(this);
    QLabel* missing = heading(this);
    QLabel* raising = heading(this);
    layout->addWidget(counted);
    layout->addWidget(m_contributions, 2);
    layout->addWidget(missing);
    layout->addWidget(m_missing, 1);
    layout->addWidget(raising);
    layout->addWidget(m_steps, 1);
    clear();
    // The lead's breakdown is shown anew by the lead view when the language changes.
    retranslate(this, [this, counted, missing, raising] {
        m_contributions->setHorizontalHeaderLabels({tr("Rule"), tr("Points")});
        counted->setText(tr("Rules that counted"));
        //: Fit rules that did not count because the lead's data is empty
        missing->setText(tr("Missing data that would score"));
        raising->setText(tr("What would raise the score"));
    });
}

void ScoreBreakdownWidget::clear()
{
    m_breakdown = {};
    m_scoreLabel->setText(tr("No lead"));
    m_bar->setParts(0, 0, 0);
    m_mqlLabel->clear();
    m_asOfLabel->clear();
    m_contributions->setRowCount(0);
    m_missing->clear();
    m_steps->clear();
}

void ScoreBreakdownWidget::setBreakdown(const scoring::ScoreBreakdown& breakdown)
{
    m_breakdown = breakdown;
    const scoring::ScoreResult& result = breakdown.result;
    const QString grade = result.grade.isEmpty() ? QString() : tr(" (grade %1)").arg(result.grade);
    //: %1 total score, %2 grade part, %3 fit part, %4 behaviour part
    m_scoreLabel->setText(tr("Score %1%2: fit %3, behaviour %4")
                              .arg(result.total)
                              .arg(grade)
                              .arg(result.fit)
                              .arg(result.behavior));
    //: The moment the explained score is as of (events after it do not count); %1 date, time
    m_asOfLabel->setText(
        tr("Scored as of %1")
            .arg(QLocale().toString(breakdown.asOf.toLocalTime(), QLocale::ShortFormat)));
    m_bar->setParts(result.fitExact, result.behaviorExact, breakdown.mqlThreshold);
    const QString threshold = QLocale().toString(breakdown.mqlThreshold);
    if (breakdown.pointsToMql > 0)
        m_mqlLabel->setText(
            //: %1 the MQL threshold (points)
            tr("%n point(s) below the MQL threshold (%1).", "", breakdown.pointsToMql)
                .arg(threshold));
    else
        //: %1 the MQL threshold (points)
        m_mqlLabel->setText(tr("At or over the MQL threshold (%1).").arg(threshold));

    m_contributions->setRowCount(int(result.explanation.size()));
    for (int row = 0; row < result.explanation.size(); ++row) {
        const scoring::Contribution& part = result.explanation.at(row);
        const QString text = scoring::displayContributionLabel(part);
        auto* label =
            new QTableWidgetItem(part.fit || part.kind != scoring::Contribution::Kind::Rule
                                     ? text
                                     //: %1 a behaviour rule's label, e.g. "Web visits"
                                     : tr("%1 (behaviour)").arg(text));
        label->setToolTip(part.rule);
        auto* points = new QTableWidgetItem(pointsText(part.points));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // A penalty reads as one; a trim by a cap or maximum is arithmetic, not a penalty.
        if (part.kind != scoring::Contribution::Kind::Rule)
            points->setForeground(palette().color(QPalette::PlaceholderText));
        else if (part.points < 0)
            points->setForeground(theme::errorText(palette()));
        m_contributions->setItem(row, 0, label);
        m_contributions->setItem(row, 1, points);
    }
    // A rule the regular expression engine gave up on counted nothing: say so, rather than
    // let it pass for a rule that did not hold.
    for (const scoring::Contribution& part : result.unevaluated) {
        const int row = m_contributions->rowCount();
        m_contributions->insertRow(row);
        auto* label = new QTableWidgetItem(scoring::displayRuleLabel(part.label));
        label->setToolTip(part.rule);
        //: In the points column: the rule's regular expression gave up on the lead's value
        auto* state = new QTableWidgetItem(tr("could not be evaluated"));
        state->setToolTip(
            tr("The rule's regular expression took too long on this lead's value (too much "
               "backtracking), so the rule counts no points. Simplify the pattern."));
        state->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        state->setForeground(theme::errorText(palette()));
        m_contributions->setItem(row, 0, label);
        m_contributions->setItem(row, 1, state);
    }

    m_missing->clear();
    for (const scoring::MissingData& missing : breakdown.missing)
        m_missing->addItem(missingText(missing));
    m_steps->clear();
    for (const scoring::ScoreStep& step : breakdown.steps) {
        const QString label = scoring::displayRuleLabel(step.label);
        //: A step that would raise the score: %1 a fit rule's label. Followed by ": 77 points"
        const QString ifHeld = tr("if \"%1\" held").arg(label);
        //: A step that would raise the score: %1 a behaviour rule's label (a kind of event).
        //: Followed by ": 77 points"
        const QString oneMore = tr("one more \"%1\" now").arg(label);
        const QString what = step.fit ? ifHeld : oneMore;
        //: %1 "if Job title held" / "one more event (Web visits)": the score it would give
        QString text = tr("%1: %Ln point(s)", nullptr, step.totalAfter).arg(what);
        if (step.reachesMql && breakdown.pointsToMql > 0)
            text += QStringLiteral(" - ") + tr("reaches MQL");
        m_steps->addItem(text);
    }
    // Empty lists say why they are empty rather than look unfinished.
    if (m_missing->count() == 0)
        addPlaceholder(m_missing,
                       tr("Nothing missing: every field the scoring model reads is filled in."));
    if (m_steps->count() == 0)
        addPlaceholder(m_steps, tr("No single step would raise this score now."));
}

void ScoreBreakdownWidget::addPlaceholder(QListWidget* list, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::NoItemFlags);
    item->setForeground(list->palette().color(QPalette::PlaceholderText));
}

void ScoreBreakdownWidget::showLead(const scoring::ScoringModel& model, const Lead& lead,
                                    const QList<Event>& events, const QDateTime& asOf)
{
    setBreakdown(scoring::breakDown(model, lead, events, asOf));
}

void ScoreBreakdownWidget::showLead(Workspace& workspace, const Lead& lead)
{
    try {
        setBreakdown(scoring::breakDownStoredScore(workspace, lead));
    } catch (const StoreError& error) {
        // E.g. a stored model that is refused now (points of 1e308 from an older version):
        // say why instead of letting the error escape the event loop.
        clear();
        //: %1 why, e.g. the stored scoring model is not valid
        m_scoreLabel->setText(tr("The score cannot be explained: %1").arg(error.message()));
    }
}

} // namespace lb
