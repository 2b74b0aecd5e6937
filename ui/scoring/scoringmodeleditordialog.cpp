#include "scoring/scoringmodeleditordialog.h"

#include "main/jobrunner.h"
#include "main/themecolors.h"
#include "scoring/modeleditortables.h"
#include "scoring/modelparser.h"
#include "scoring/scorehistogram.h"
#include "scoring/whatif.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb {

namespace {

QDoubleSpinBox* spin(double maximum, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, maximum);
    box->setDecimals(1);
    return box;
}

QString uniqueId(const QTableWidget* table, int idColumn, const QString& stem)
{
    QStringList ids;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem* item = table->item(row, idColumn))
            ids << item->text();
    }
    QString id = stem;
    for (int n = 2; ids.contains(id); ++n)
        id = stem + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace

ScoringModelEditorDialog::ScoringModelEditorDialog(const scoring::ScoringModel& current,
                                                   QWidget* parent)
    : QDialog(parent), m_current(current)
{
    setWindowTitle(tr("Scoring model"));
    auto* layout = new QVBoxLayout(this);

    auto* settings = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("modelName"));
    // The model's own bound (maxModelNumber), so that every valid model shows as it is.
    m_fitMax = spin(scoring::maxModelNumber, this);
    m_behaviorMax = spin(scoring::maxModelNumber, this);
    m_halfLife = spin(scoring::maxModelNumber, this);
    m_halfLife->setSpecialValueText(tr("no decay"));
    m_window = spin(scoring::maxModelNumber, this);
    m_window->setSpecialValueText(tr("no window"));
    m_mql = spin(100, this);
    m_mql->setObjectName(QStringLiteral("mqlThreshold"));
    m_grades = new QLineEdit(this);
    m_grades->setPlaceholderText(QStringLiteral("A 80, B 60, C 40, D 0"));
    left->addRow(tr("Name"), m_name);
    left->addRow(tr("Fit maximum"), m_fitMax);
    left->addRow(tr("Behaviour maximum"), m_behaviorMax);
    left->addRow(tr("MQL threshold"), m_mql);
    right->addRow(tr("Half-life (days)"), m_halfLife);
    right->addRow(tr("Window (days)"), m_window);
    //: Grades as "letter minimum" pairs, e.g. "A 80, B 60"
    right->addRow(tr("Grades"), m_grades);
    settings->addLayout(left, 1);
    settings->addLayout(right, 1);
    layout->addLayout(settings);

    auto tableWithButtons = [this](QTableWidget* table, const QString& title, auto addSlot) {
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(title, box));
        boxLayout->addWidget(table);
        auto* buttons = new QHBoxLayout;
        auto* add = new QPushButton(tr("Add rule"), box);
        auto* remove = new QPushButton(tr("Remove"), box);
        auto* up = new QPushButton(tr("Move up"), box);
        auto* down = new QPushButton(tr("Move down"), box);
        for (QPushButton* button : {add, remove, up, down})
            buttons->addWidget(button);
        buttons->addStretch();
        boxLayout->addLayout(buttons);
        connect(add, &QPushButton::clicked, this, addSlot);
        connect(remove, &QPushButton::clicked, this, [this, table] {
            m_lastTable = table;
            removeSelectedRule();
        });
        connect(up, &QPushButton::clicked, this, [this, table] {
            m_lastTable = table;
            moveSelectedRule(-1);
        });
        connect(down, &QPushButton::clicked, this, [this, table] {
            m_lastTable = table;
            moveSelectedRule(1);
        });
        return box;
    };
    m_fitTable = new QTableWidget(this);
    m_fitTable->setObjectName(QStringLiteral("fitRules"));
    modeleditor::setupFitTable(m_fitTable);
    m_behaviorTable = new QTableWidget(this);
    m_behaviorTable->setObjectName(QStringLiteral("behaviorRules"));
    modeleditor::setupBehaviorTable(m_behaviorTable);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        tableWithButtons(m_fitTable, tr("Fit rules"), &ScoringModelEditorDialog::addFitRule));
    splitter->addWidget(tableWithButtons(m_behaviorTable, tr("Behaviour rules"),
                                         &ScoringModelEditorDialog::addBehaviorRule));

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_problemList = new QListWidget(bottom);
    m_problemList->setObjectName(QStringLiteral("problems"));
    auto* whatIf = new QVBoxLayout;
    m_histogram = new ScoreHistogram(bottom);
    m_histogram->setObjectName(QStringLiteral("whatIfHistogram"));
    m_whatIfLabel = new QLabel(bottom);
    m_whatIfLabel->setObjectName(QStringLiteral("whatIfLabel"));
    m_whatIfLabel->setWordWrap(true);
    whatIf->addWidget(m_whatIfLabel);
    whatIf->addWidget(m_histogram, 1);
    bottomLayout->addWidget(m_problemList, 1);
    bottomLayout->addLayout(whatIf, 1);
    splitter->addWidget(bottom);
    layout->addWidget(splitter, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* importButton = m_buttons->addButton(tr("Import JSON..."), QDialogButtonBox::ActionRole);
    auto* exportButton = m_buttons->addButton(tr("Export JSON..."), QDialogButtonBox::ActionRole);
    connect(importButton, &QPushButton::clicked, this, &ScoringModelEditorDialog::importFile);
    connect(exportButton, &QPushButton::clicked, this, &ScoringModelEditorDialog::exportFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QTableWidget* table : {m_fitTable, m_behaviorTable}) {
        table->setWordWrap(false);
        connect(table, &QTableWidget::itemChanged, this, &ScoringModelEditorDialog::revalidate);
        connect(table, &QTableWidget::currentCellChanged, this,
                [this, table] { m_lastTable = table; });
    }
    for (QDoubleSpinBox* box : {m_fitMax, m_behaviorMax, m_halfLife, m_window, m_mql})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ScoringModelEditorDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &ScoringModelEditorDialog::revalidate);
    connect(m_grades, &QLineEdit::textChanged, this, &ScoringModelEditorDialog::revalidate);

    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    resize(1000, 760);
    setModel(current);
}

ScoringModelEditorDialog::~ScoringModelEditorDialog() = default;

QPushButton* ScoringModelEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ScoringModelEditorDialog::setWhatIfEngine(std::shared_ptr<scoring::WhatIfEngine> engine)
{
    m_engine = std::move(engine);
    updateWhatIf();
}

void ScoringModelEditorDialog::loadWhatIfInBackground(const QString& path, const QDateTime& asOf)
{
    if (!m_whatIfLoad) {
        // A child: destroying the dialog cancels the load and waits for the worker.
        m_whatIfLoad = new JobRunner(this);
    }
    if (m_whatIfLoad->isRunning())
        return;
    auto snapshot = std::make_shared<std::shared_ptr<const scoring::WhatIfSnapshot>>();
    disconnect(m_whatIfLoad, &JobRunner::finished, this, nullptr);
    connect(m_whatIfLoad, &JobRunner::finished, this, [this, snapshot] {
        if (*snapshot) {
            setWhatIfEngine(std::make_shared<scoring::WhatIfEngine>(*snapshot));
        } else if (!m_whatIfLoad->wasCancelled()) {
            //: %1 says why the leads could not be read
            m_whatIfLabel->setText(tr("What-if: the leads could not be loaded (%1).")
                                       .arg(m_whatIfLoad->errorMessage()));
        }
    });
    m_whatIfLabel->setText(tr("What-if: loading leads…"));
    m_whatIfLoad->start([path, asOf, snapshot](JobControl& job) {
        const std::unique_ptr<Workspace> workspace =
            openWorkspace(path, Workspace::OpenMode::Existing);
        *snapshot = scoring::WhatIfSnapshot::load(*workspace, asOf, 100000, {}, &job);
    });
}

bool ScoringModelEditorDialog::isLoadingWhatIf() const
{
    return m_whatIfLoad && m_whatIfLoad->isRunning();
}

QString ScoringModelEditorDialog::gradesText(const QList<scoring::GradeBand>& grades) const
{
    QStringList parts;
    for (const scoring::GradeBand& band : grades)
        parts << band.grade + QLatin1Char(' ') + QString::number(band.min, 'g', 15);
    return parts.join(QStringLiteral(", "));
}

void ScoringModelEditorDialog::setModel(const scoring::ScoringModel& model)
{
    m_filling = true;
    m_name->setText(model.name);
    m_fitMax->setValue(model.fitMax);
    m_behaviorMax->setValue(model.behaviorMax);
    m_halfLife->setValue(model.halfLifeDays);
    m_window->setValue(model.windowDays);
    m_mql->setValue(model.mqlThreshold);
    m_grades->setText(gradesText(model.grades));
    modeleditor::fillFitTable(m_fitTable, model.fitRules);
    modeleditor::fillBehaviorTable(m_behaviorTable, model.behaviorRules);
    m_filling = false;
    revalidate();
}

bool ScoringModelEditorDialog::loadJson(const QByteArray& json, QStringList* problems)
{
    const scoring::ModelParseResult result = scoring::parseScoringModel(json);
    if (problems)
        *problems = result.problems;
    if (!result.ok())
        return false;
    setModel(*result.model);
    return true;
}

QByteArray ScoringModelEditorDialog::modelJson() const
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("leadbench-scoring-model")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("name"), m_name->text().trimmed()}};
    root.insert(QStringLiteral("fit"),
                QJsonObject{{QStringLiteral("max"), m_fitMax->value()},
                            {QStringLiteral("rules"), modeleditor::fitRulesOf(m_fitTable)}});
    QJsonObject behavior{{QStringLiteral("max"), m_behaviorMax->value()},
                         {QStringLiteral("rules"), modeleditor::behaviorRulesOf(m_behaviorTable)}};
    if (m_halfLife->value() > 0)
        behavior.insert(QStringLiteral("half_life_days"), m_halfLife->value());
    if (m_window->value() > 0)
        behavior.insert(QStringLiteral("window_days"), m_window->value());
    root.insert(QStringLiteral("behavior"), behavior);
    root.insert(QStringLiteral("thresholds"), QJsonObject{{QStringLiteral("mql"), m_mql->value()}});
    // "A 80, B 60": a grade letter (or word) and its minimum.
    const QString grades = m_grades->text().trimmed();
    if (!grades.isEmpty()) {
        QJsonArray list;
        for (const QString& part : grades.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList words = part.simplified().split(QLatin1Char(' '));
            QJsonObject band{{QStringLiteral("grade"), words.value(0)}};
            if (words.size() > 1)
                band.insert(QStringLiteral("min"), modeleditor::cellValue(words.value(1)));
            list.append(band);
        }
        root.insert(QStringLiteral("grades"), list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ScoringModelEditorDialog::markRows(QTableWidget* table, const QString& prefix)
{
    static const QRegularExpression index(QStringLiteral("^\\w+\\.rules\\[(\\d+)\\]"));
    QSet<int> bad;
    for (const QString& problem : std::as_const(m_problems)) {
        if (!problem.startsWith(prefix))
            continue;
        const auto match = index.match(problem);
        if (match.hasMatch())
            bad.insert(match.captured(1).toInt());
    }
    const QSignalBlocker blocker(table);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            QTableWidgetItem* item = table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(row, column, item);
            }
            item->setBackground(bad.contains(row) ? QBrush(theme::errorBackground(palette()))
                                                  : QBrush());
        }
    }
}

void ScoringModelEditorDialog::revalidate()
{
    if (m_filling)
        return;
    const scoring::ModelParseResult result = scoring::parseScoringModel(modelJson());
    m_problems = result.problems;
    m_model = result.model;
    m_problemList->clear();
    for (const QString& problem : std::as_const(m_problems)) {
        auto* item = new QListWidgetItem(problem, m_problemList);
        item->setForeground(theme::errorText(palette()));
    }
    if (m_problems.isEmpty())
        m_problemList->addItem(tr("The model is valid."));
    markRows(m_fitTable, QStringLiteral("fit.rules["));
    markRows(m_behaviorTable, QStringLiteral("behavior.rules["));
    okButton()->setEnabled(m_model.has_value());
    updateWhatIf();
}

void ScoringModelEditorDialog::updateWhatIf()
{
    m_whatIf.reset();
    if (!m_engine) {
        m_histogram->clear();
        m_whatIfLabel->setText(tr("What-if: no leads loaded."));
        return;
    }
    if (!m_model) {
        m_whatIfLabel->setText(tr("What-if: fix the problems to see the effect."));
        return;
    }
    m_whatIf = m_engine->compare(m_current, *m_model);
    const scoring::WhatIfComparison& c = *m_whatIf;
    m_histogram->setDistributions(c.current.histogram, c.candidate.histogram,
                                  m_model->mqlThreshold);
    const QLocale locale;
    QString text =
        //: The leads scored, then numbers of leads: %1/%2 at or over MQL now/with the edits,
        //: %3 newly, %4 no longer, %5 would move from New to MQL
        tr("%Ln lead(s): at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); "
           "%5 would move from New to MQL.",
           nullptr, int(m_engine->snapshot().size()))
            .arg(locale.toString(c.current.atOrOverMql), locale.toString(c.candidate.atOrOverMql),
                 locale.toString(c.newlyOverMql), locale.toString(c.noLongerOverMql),
                 locale.toString(c.candidate.wouldPromote));
    if (m_engine->snapshot().size() < m_engine->snapshot().workspaceLeads())
        text += QLatin1Char(' ') +
                tr("(a sample of %1)").arg(locale.toString(m_engine->snapshot().workspaceLeads()));
    if (!c.candidate.fieldsNotInSnapshot.isEmpty())
        text +=
            //: %1 a list of fields
            QLatin1Char(' ') + tr("Not loaded, counted as empty: %1.")
                                   .arg(c.candidate.fieldsNotInSnapshot.join(QStringLiteral(", ")));
    m_whatIfLabel->setText(text);
}

QTableWidget* ScoringModelEditorDialog::activeTable() const
{
    if (m_behaviorTable->hasFocus())
        return m_behaviorTable;
    if (m_fitTable->hasFocus())
        return m_fitTable;
    return m_lastTable ? m_lastTable : m_fitTable;
}

void ScoringModelEditorDialog::addFitRule()
{
    m_filling = true;
    const int row = m_fitTable->rowCount();
    m_fitTable->insertRow(row);
    const QStringList cells = {uniqueId(m_fitTable, modeleditor::FitId, QStringLiteral("rule")),
                               {},
                               QStringLiteral("title"),
                               QStringLiteral("not_empty"),
                               {},
                               QStringLiteral("5")};
    for (int column = 0; column < cells.size(); ++column)
        m_fitTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_filling = false;
    m_lastTable = m_fitTable;
    m_fitTable->setCurrentCell(row, modeleditor::FitId);
    revalidate();
}

void ScoringModelEditorDialog::addBehaviorRule()
{
    m_filling = true;
    const int row = m_behaviorTable->rowCount();
    m_behaviorTable->insertRow(row);
    const QStringList cells = {
        uniqueId(m_behaviorTable, modeleditor::BehaviorId, QStringLiteral("activity")),
        {},
        QStringLiteral("page_visit"),
        QStringLiteral("1"),
        {}};
    for (int column = 0; column < cells.size(); ++column)
        m_behaviorTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    m_filling = false;
    m_lastTable = m_behaviorTable;
    m_behaviorTable->setCurrentCell(row, modeleditor::BehaviorId);
    revalidate();
}

void ScoringModelEditorDialog::removeSelectedRule()
{
    QTableWidget* table = activeTable();
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    revalidate();
}

void ScoringModelEditorDialog::moveSelectedRule(int delta)
{
    QTableWidget* table = activeTable();
    const int row = table->currentRow();
    m_filling = true;
    const int moved = modeleditor::moveRow(table, row, delta);
    m_filling = false;
    table->setCurrentCell(moved, table->currentColumn() < 0 ? 0 : table->currentColumn());
    revalidate();
}

void ScoringModelEditorDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scoring model"), {},
                                                      tr("Scoring models (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import scoring model"),
                             //: %1 the file, %2 the reason from the system
                             tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QStringList problems;
    if (!loadJson(file.readAll(), &problems))
        QMessageBox::warning(
            this, tr("Import scoring model"),
            tr("%1 is not a valid scoring model:\n%2").arg(path, problems.join(QLatin1Char('\n'))));
}

void ScoringModelEditorDialog::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scoring model"),
                                                      m_name->text() + QStringLiteral(".json"),
                                                      tr("Scoring models (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray json = modelJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        QMessageBox::warning(this, tr("Export scoring model"),
                             //: %1 the file, %2 the reason from the system
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace lb
