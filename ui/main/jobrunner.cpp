#include "main/jobrunner.h"

#include "util/usererror.h"

#include <QMetaObject>

namespace lb {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    if (m_thread.joinable()) {
        m_job->cancel();
        m_thread.join();
    }
}

bool JobRunner::start(Work work)
{
    if (m_thread.joinable())
        return false;
    m_work = std::move(work);
    m_cancelled = false;
    m_error.clear();
    m_lastReport = {};
    m_lastPhase.clear();
    m_job = std::make_unique<JobControl>(
        [this](qint64 done, qint64 total, const QString& phase) { report(done, total, phase); });
    m_thread = std::thread([this] { run(); });
    return true;
}

void JobRunner::cancel()
{
    if (m_thread.joinable())
        m_job->cancel();
}

void JobRunner::report(qint64 done, qint64 total, const QString& phase)
{
    // Called on the worker thread, possibly thousands of times: post at most ~20 per second,
    // but always a new phase and the end of one, so the bar never lags behind what happens.
    const auto now = std::chrono::steady_clock::now();
    if (phase == m_lastPhase && done < total && now - m_lastReport < std::chrono::milliseconds(50))
        return;
    m_lastReport = now;
    m_lastPhase = phase;
    QMetaObject::invokeMethod(
        this, [this, done, total, phase] { emit progress(done, total, phase); },
        Qt::QueuedConnection);
}

void JobRunner::run()
{
    bool cancelled = false;
    QString error;
    try {
        m_work(*m_job);
    } catch (const JobCancelled&) {
        cancelled = true;
    } catch (const UserError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    } catch (...) {
        error = tr("unexpected error");
    }
    QMetaObject::invokeMethod(
        this,
        [this, cancelled, error] {
            m_cancelled = cancelled;
            m_error = error;
            onThreadDone();
        },
        Qt::QueuedConnection);
}

void JobRunner::onThreadDone()
{
    if (m_thread.joinable())
        m_thread.join();
    m_work = nullptr;
    emit finished();
}

} // namespace lb
