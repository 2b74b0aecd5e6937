#pragma once

#include "reports/allreports.h"

#include <QObject>
#include <QString>
#include <memory>

namespace lb {

class NewestJob;

// Makes the dashboard's reports on a worker thread with its own connection (a NewestJob), so the
// window never freezes however big the workspace.
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
    QString m_path;
    NewestJob* m_job;
};

} // namespace lb
