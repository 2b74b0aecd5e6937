#pragma once

#include "reports/allreports.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QChart;
class QTableWidget;

namespace lb {

// The dashboard's charts and tables, made from the report models (core/reports); the only
// place that knows Qt Charts, so the seam to Qt Graphs stays thin. A click on a bar, a step or
// a cell asks for the leads behind it: `open` gets their LeadFilter and a label naming them.
class ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(lb::ReportCharts)

public:
    using Open = std::function<void(const LeadFilter& leads, const QString& label)>;

    static QChart* funnel(const reports::FunnelReport& report, const Open& open);
    static QChart* inflow(const reports::InflowReport& report, const Open& open);
    static QChart* sources(const reports::SourcesReport& report, const Open& open);
    static QChart* scores(const reports::ScoreDistributionReport& report, const Open& open);
    static QChart* velocity(const reports::VelocityReport& report, const Open& open);
    static QChart* aging(const reports::VelocityReport& report, const Open& open);
    static QChart* reasons(const reports::ReasonsReport& report, const Open& open);
    static QChart* calibration(const reports::CalibrationReport& report, const Open& open);

    // The tables beside the charts: a click on a count lists its leads.
    static void fillSources(QTableWidget* table, const reports::SourcesReport& report,
                            const Open& open);
    static void fillOwners(QTableWidget* table, const reports::OwnersReport& report,
                           const Open& open);

    // Money in the workspace currency and the UI language's number format.
    static QString money(double amount, const QString& currency);
    static QString percent(const std::optional<double>& share);
    static QString days(const std::optional<double>& value);
};

} // namespace lb
