#pragma once

#include "util/jobcontrol.h"

#include <QDateTime>

namespace lb {

class Workspace;

struct DemoOptions
{
    qint64 leads = 3000;
    quint64 seed = 1;
    // The "today" of the generated data. Default: now, truncated to the day, so that the same
    // seed on the same day gives the same workspace. Tests pass a fixed moment.
    QDateTime now;
};

struct DemoSummary
{
    qint64 leads = 0;
    qint64 events = 0;
    qint64 stageChanges = 0;
    qint64 answers = 0;
    qint64 accounts = 0;
    qint64 contacts = 0;
    qint64 opportunities = 0;
};

// Fills an empty workspace with realistic Nordic B2B data: people and companies from Finland,
// Sweden, Norway, Denmark, Estonia and Germany, behaviour events over the last 180 days, stage
// histories that follow the lifecycle of docs/domain.md, framework answers, conversions and
// opportunities won and lost. Deterministic per seed. One transaction; refuses a workspace
// that already holds leads (demo data never mixes with real data).
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options);
    DemoSummary generate(Workspace& workspace, JobControl* job = nullptr);

private:
    DemoOptions m_options;
};

} // namespace lb
