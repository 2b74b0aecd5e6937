#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lb {

class DashboardPanel;

// "Export report…": every chart and table of the dashboard in one PDF for the weekly meeting,
// two tiles to an A4 page under a heading that says the period and filters.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(lb::ReportPdf)

public:
    // Writes the PDF to `path`; false (with the reason in `error`) when it cannot.
    static bool write(const QString& path, const QString& heading,
                      const QList<DashboardPanel*>& panels, QString* error);
    static int pagesFor(qsizetype panels) { return int((panels + 1) / 2); }
};

} // namespace lb
