#pragma once

#include "reports/allreports.h"

#include <QObject>
#include <QString>
#include <optional>

namespace lb {

class JobRunner;

// Makes the dashboard's reports on a worker thread with its own connection, so the window never
// freezes however big the workspace. Asked again while it works, it makes the newest request
// when the current one ends (filters clicked in a row make one more load, not one each).
class DashboardLoader final : public QObject
{
    Q_OBJECT

public:
    explicit DashboardLoader(QObject* parent = nullptr);

    void setWorkspace(const QString& path) { m_path = path; }
    void load(const ReportFilter& filter);
    bool isLoading() const;

Q_SIGNALS:
    void loaded(const lb::reports::AllReports& reports);
    // `message` says what went wrong in the user's words (a bad period, a damaged file).
    void failed(const QString& message);

private:
    void start(const ReportFilter& filter);
    void finished();

    QString m_path;
    JobRunner* m_runner;
    std::optional<ReportFilter> m_next;
    std::shared_ptr<reports::AllReports> m_result;
};

} // namespace lb
