#include "dashboard/reportcharts.h"

#include "leads/leadtablemodel.h"
#include "lifecycle/stagereason.h"
#include "util/localeformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <memory>

namespace lb {

namespace {

// One series of bars: a value and the leads behind it for each category.
struct Bars
{
    QString name;
    QList<qreal> values;
    QList<LeadFilter> leads;
};

enum class Layout
{
    Side,       // bars side by side
    Stacked,    // one bar per category, its sets stacked
    Horizontal, // side by side, lying down (long category names)
    HorizontalStacked
};

QAbstractBarSeries* seriesFor(Layout layout)
{
    switch (layout) {
    case Layout::Side:
        return new QBarSeries;
    case Layout::Stacked:
        return new QStackedBarSeries;
    case Layout::Horizontal:
        return new QHorizontalBarSeries;
    case Layout::HorizontalStacked:
        return new QHorizontalStackedBarSeries;
    }
    return new QBarSeries;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true); // axis labels in the UI language's number format
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QChart* barChart(Layout layout, const QStringList& categories, const QList<Bars>& sets,
                 const QString& valueFormat, const ReportCharts::Open& open)
{
    QChart* chart = newChart();
    QAbstractBarSeries* series = seriesFor(layout);
    qreal highest = 0;
    for (const Bars& bars : sets) {
        auto* set = new QBarSet(bars.name);
        for (qreal value : bars.values) {
            *set << value;
            highest = std::max(highest, value);
        }
        // A click lists the leads behind the bar: the count shown is the rows listed.
        QObject::connect(set, &QBarSet::clicked, chart, [open, bars, categories](int index) {
            if (index >= 0 && index < bars.leads.size())
                open(bars.leads.at(index),
                     bars.name + QStringLiteral(" · ") + categories.value(index));
        });
        series->append(set);
    }
    if (layout == Layout::Stacked || layout == Layout::HorizontalStacked) {
        highest = 0;
        for (int i = 0; i < categories.size(); ++i) {
            qreal sum = 0;
            for (const Bars& bars : sets)
                sum += bars.values.value(i);
            highest = std::max(highest, sum);
        }
    }
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    valueAxis->setLabelFormat(valueFormat);
    valueAxis->applyNiceNumbers();
    const bool lying = layout == Layout::Horizontal || layout == Layout::HorizontalStacked;
    // Numbers of six digits and more side by side ran into each other in a half-width chart
    // (800 px windows, a million leads): three ticks, 0, the middle and the top, still nice.
    if (lying && valueAxis->max() >= 100000)
        valueAxis->setTickCount(3);
    chart->addAxis(categoryAxis, lying ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, lying ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(sets.size() > 1);
    if (sets.size() == 1) { // one bar per category: its number on it
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
    }
    return chart;
}

QString funnelStepName(const QString& key)
{
    if (const auto stage = stageFromName(key))
        return LeadTableModel::stageLabel(*stage);
    //: Funnel step: the opportunity was won
    return QCoreApplication::translate("lb::ReportCharts", "Won");
}

QString bandName(int min, int max)
{
    const QLocale locale;
    if (max == 100) // the top score band: 90 to 100
        max = -1;
    //: A band with no upper end, e.g. "91+" days
    return max < 0
               ? QCoreApplication::translate("lb::ReportCharts", "%1+").arg(locale.toString(min))
               : QStringLiteral("%1–%2").arg(locale.toString(min), locale.toString(max));
}

QTableWidgetItem* item(const QString& text, bool number = true)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

// Fills `table`; a click on a cell with leads behind it lists them.
void fillTable(QTableWidget* table, const QStringList& headers,
               const QList<QList<QTableWidgetItem*>>& rows,
               const QHash<QPair<int, int>, QPair<LeadFilter, QString>>& leads,
               const ReportCharts::Open& open)
{
    table->clear();
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, rows.at(row).at(column));
    for (auto it = leads.cbegin(); it != leads.cend(); ++it) {
        if (QTableWidgetItem* cell = table->item(it.key().first, it.key().second)) {
            cell->setForeground(table->palette().link());
            cell->setToolTip(
                QCoreApplication::translate("lb::ReportCharts", "Click to list these leads"));
        }
    }
    QObject::disconnect(table, &QTableWidget::cellClicked, nullptr, nullptr);
    QObject::connect(table, &QTableWidget::cellClicked, table, [leads, open](int row, int column) {
        const auto found = leads.constFind({row, column});
        if (found != leads.cend())
            open(found->first, found->second);
    });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

QString ReportCharts::money(double amount, const QString& currency)
{
    const QString symbol = currency == QLatin1String("EUR") ? QStringLiteral("€") : currency;
    return QLocale().toCurrencyString(amount, symbol, 0);
}

QString ReportCharts::percent(const std::optional<double>& share)
{
    return share ? fmt::percent(*share, 0) : QStringLiteral("–");
}

QString ReportCharts::days(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("–");
}

QChart* ReportCharts::funnel(const reports::FunnelReport& report, const Open& open)
{
    // The first step on top: a lying chart draws its first category at the bottom.
    QStringList categories;
    Bars bars{tr("Leads"), {}, {}};
    for (auto it = report.steps.crbegin(); it != report.steps.crend(); ++it) {
        // The count in the name too: a short bar has no room for its number.
        const QString rate = it->rate ? QStringLiteral(" (%1)").arg(percent(it->rate)) : QString();
        categories << QStringLiteral("%1: %2%3")
                          .arg(funnelStepName(it->stage), QLocale().toString(it->count), rate);
        bars.values << qreal(it->count);
        bars.leads << it->leads;
    }
    QChart* chart = barChart(Layout::Horizontal, categories, {bars}, QStringLiteral("%.0f"), open);
    qobject_cast<QAbstractBarSeries*>(chart->series().constFirst())->setLabelsVisible(false);
    chart->setTitle(tr("Funnel"));
    return chart;
}

QChart* ReportCharts::inflow(const reports::InflowReport& report, const Open& open)
{
    QStringList categories;
    QList<Bars> sets;
    for (Stage stage : {Stage::MQL, Stage::SAL, Stage::SQL})
        //: New MQLs (SALs, SQLs) in a week; %1 is the stage
        sets.append({tr("New %1").arg(LeadTableModel::stageLabel(stage)), {}, {}});
    const QLocale locale;
    for (const reports::InflowWeek& week : report.weeks) {
        // The week's number: 12 dates do not fit under the bars.
        categories << locale.toString(week.start.weekNumber());
        for (int i = 0; i < sets.size(); ++i) {
            const reports::InflowCell cell = week.cells.value(i);
            sets[i].values << qreal(cell.count);
            sets[i].leads << cell.leads;
        }
    }
    QChart* chart = barChart(Layout::Stacked, categories, sets, QStringLiteral("%.0f"), open);
    chart->setTitle(tr("Inflow per week"));
    //: Axis title under the inflow chart's bars: the ISO week numbers
    chart->axes(Qt::Horizontal).constFirst()->setTitleText(tr("Week"));
    return chart;
}

QChart* ReportCharts::sources(const reports::SourcesReport& report, const Open& open)
{
    // The six that brought the most (the table lists them all): more bars than that leave no
    // room for their names. The first on top: a lying chart draws its first category lowest.
    constexpr int shown = 6;
    QStringList categories;
    Bars pipeline{tr("Open pipeline"), {}, {}};
    Bars won{tr("Won"), {}, {}};
    for (int i = int(std::min<qsizetype>(report.sources.size(), shown)) - 1; i >= 0; --i) {
        const reports::SourceLine& line = report.sources.at(i);
        //: A lead source that is not recorded
        categories << (line.source.isEmpty() ? tr("(no source)") : line.source);
        pipeline.values << line.pipeline;
        pipeline.leads << line.pipelineLeads;
        won.values << line.won;
        won.leads << line.wonLeads;
    }
    QChart* chart =
        barChart(Layout::Horizontal, categories, {pipeline, won}, QStringLiteral("%.0f"), open);
    //: Chart title. %1 the currency code (EUR)
    chart->setTitle(tr("Sources: pipeline and won (%1)").arg(report.currency));
    return chart;
}

QChart* ReportCharts::scores(const reports::ScoreDistributionReport& report, const Open& open)
{
    const QList<reports::ScoreBand> bands = reports::scoreBands();
    QStringList categories;
    for (const reports::ScoreBand& band : bands)
        categories << bandName(band.min, band.max);
    QList<Bars> sets;
    for (Stage stage : allStages) {
        Bars bars{LeadTableModel::stageLabel(stage), QList<qreal>(bands.size(), 0),
                  QList<LeadFilter>(bands.size())};
        bool any = false;
        for (const reports::ScoreCell& cell : report.cells) {
            if (cell.stage != stage || cell.band < 0 || cell.band >= bands.size())
                continue;
            bars.values[cell.band] = qreal(cell.leads);
            bars.leads[cell.band] = cell.filter;
            any = any || cell.leads > 0;
        }
        if (any)
            sets << bars;
    }
    QChart* chart = barChart(Layout::Stacked, categories, sets, QStringLiteral("%.0f"), open);
    chart->setTitle(tr("Score distribution by stage"));
    return chart;
}

QChart* ReportCharts::velocity(const reports::VelocityReport& report, const Open& open)
{
    // Lying, the first step on top: upright, the steps' names do not fit under their bars.
    QStringList categories;
    Bars median{tr("Median days"), {}, {}};
    Bars p80{tr("80th percentile days"), {}, {}};
    for (auto it = report.steps.crbegin(); it != report.steps.crend(); ++it) {
        categories << funnelStepName(it->from) + QStringLiteral(" → ") + funnelStepName(it->to);
        median.values << it->medianDays.value_or(0);
        median.leads << it->filter;
        p80.values << it->p80Days.value_or(0);
        p80.leads << it->filter;
    }
    QChart* chart =
        barChart(Layout::Horizontal, categories, {median, p80}, QStringLiteral("%.0f"), open);
    chart->setTitle(tr("Velocity: days from stage to stage"));
    return chart;
}

QChart* ReportCharts::aging(const reports::VelocityReport& report, const Open& open)
{
    const QList<reports::AgeBand> bands = reports::ageBands();
    QStringList categories;
    for (const reports::AgeBand& band : bands)
        categories << bandName(band.minDays, band.maxDays);
    QList<Bars> sets;
    for (Stage stage : {Stage::New, Stage::MQL, Stage::SAL, Stage::SQL}) {
        Bars bars{LeadTableModel::stageLabel(stage), QList<qreal>(bands.size(), 0),
                  QList<LeadFilter>(bands.size())};
        for (const reports::AgingCell& cell : report.aging) {
            if (cell.stage != stage || cell.band < 0 || cell.band >= bands.size())
                continue;
            bars.values[cell.band] = qreal(cell.leads);
            bars.leads[cell.band] = cell.filter;
        }
        sets << bars;
    }
    QChart* chart = barChart(Layout::Stacked, categories, sets, QStringLiteral("%.0f"), open);
    chart->setTitle(tr("Aging: open leads by days in their stage"));
    return chart;
}

QChart* ReportCharts::reasons(const reports::ReasonsReport& report, const Open& open)
{
    // The six most given (more bars leave no room for their names), the most on top: a lying
    // chart draws its first category lowest.
    constexpr int shown = 6;
    QList<reports::ReasonLine> lines = report.reasons;
    std::stable_sort(lines.begin(), lines.end(),
                     [](const auto& a, const auto& b) { return a.leads > b.leads; });
    QStringList categories;
    Bars bars{tr("Leads"), {}, {}};
    for (int i = int(std::min<qsizetype>(lines.size(), shown)) - 1; i >= 0; --i) {
        const reports::ReasonLine& line = lines.at(i);
        //: A move without a recorded reason
        const QString reason =
            line.reason.isEmpty() ? tr("(no reason)") : displayStoredReason(line.reason);
        //: %1 stage (Disqualified or Nurture), %2 reason, %3 share of that stage's moves
        categories << tr("%1: %2 (%3)")
                          .arg(LeadTableModel::stageLabel(line.stage), reason, percent(line.share));
        bars.values << qreal(line.leads);
        bars.leads << line.filter;
    }
    QChart* chart = barChart(Layout::Horizontal, categories, {bars}, QStringLiteral("%.0f"), open);
    chart->setTitle(tr("Why leads leave"));
    return chart;
}

QChart* ReportCharts::calibration(const reports::CalibrationReport& report, const Open& open)
{
    QStringList categories;
    Bars sql{tr("Reached SQL %"), {}, {}};
    Bars won{tr("Won %"), {}, {}};
    for (const reports::CalibrationBand& band : report.bands) {
        categories << bandName(band.min, band.max);
        sql.values << band.sqlRate.value_or(0) * 100;
        sql.leads << band.filter;
        won.values << band.wonRate.value_or(0) * 100;
        won.leads << band.filter;
    }
    QChart* chart = barChart(Layout::Side, categories, {sql, won}, QStringLiteral("%.0f"), open);
    //: Calibration chart title; AUC = area under the ROC curve of the score for reaching SQL
    chart->setTitle(
        tr("Calibration: score at MQL against outcome (AUC %1)")
            .arg(report.auc ? QLocale().toString(*report.auc, 'f', 2) : QStringLiteral("–")));
    return chart;
}

void ReportCharts::fillSources(QTableWidget* table, const reports::SourcesReport& report,
                               const Open& open)
{
    const QLocale locale;
    QList<QList<QTableWidgetItem*>> rows;
    QHash<QPair<int, int>, QPair<LeadFilter, QString>> leads;
    for (const reports::SourceLine& line : report.sources) {
        const int row = int(rows.size());
        const QString name = line.source.isEmpty() ? tr("(no source)") : line.source;
        rows.append({item(name, false), item(locale.toString(line.leads)),
                     item(locale.toString(line.mql)), item(locale.toString(line.sql)),
                     item(money(line.pipeline, report.currency)),
                     item(money(line.won, report.currency)), item(percent(line.winRate))});
        leads.insert({row, 1}, {line.leadsCreated, name});
        leads.insert({row, 2}, {line.mqlLeads, name + QStringLiteral(" · MQL")});
        leads.insert({row, 3}, {line.sqlLeads, name + QStringLiteral(" · SQL")});
        leads.insert({row, 4},
                     {line.pipelineLeads, name + QStringLiteral(" · ") + tr("Open pipeline")});
        leads.insert({row, 5}, {line.wonLeads, name + QStringLiteral(" · ") + tr("Won")});
    }
    fillTable(table,
              {tr("Source"), tr("Leads"), LeadTableModel::stageLabel(Stage::MQL),
               LeadTableModel::stageLabel(Stage::SQL), tr("Open pipeline"), tr("Won"),
               tr("Win rate")},
              rows, leads, open);
}

void ReportCharts::fillOwners(QTableWidget* table, const reports::OwnersReport& report,
                              const Open& open)
{
    const QLocale locale;
    QList<QList<QTableWidgetItem*>> rows;
    QHash<QPair<int, int>, QPair<LeadFilter, QString>> leads;
    for (const reports::OwnerLine& line : report.owners) {
        const int row = int(rows.size());
        //: Leads that nobody owns
        const QString name = line.owner.isEmpty() ? tr("(unowned)") : line.owner;
        rows.append({item(name, false), item(locale.toString(line.accepted)),
                     item(locale.toString(line.qualified)), item(locale.toString(line.converted)),
                     item(locale.toString(line.disqualified)),
                     item(days(line.medianResponseDays))});
        leads.insert({row, 1}, {line.acceptedLeads, name + QStringLiteral(" · ") + tr("Accepted")});
        leads.insert({row, 2},
                     {line.qualifiedLeads, name + QStringLiteral(" · ") + tr("Qualified")});
        leads.insert({row, 3},
                     {line.convertedLeads, name + QStringLiteral(" · ") + tr("Converted")});
        leads.insert({row, 4},
                     {line.disqualifiedLeads, name + QStringLiteral(" · ") + tr("Disqualified")});
        leads.insert({row, 5}, {line.responseFilter, name + QStringLiteral(" · MQL → SAL")});
    }
    fillTable(table,
              {tr("Owner"), tr("Accepted"), tr("Qualified"), tr("Converted"), tr("Disqualified"),
               //: Median days from MQL to SAL: how fast the SDR accepts a lead
               tr("Median response (days)")},
              rows, leads, open);
}

} // namespace lb
