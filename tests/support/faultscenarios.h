#pragma once

#include "support/faultsweep.h"

namespace lb::test {

// The operations the fault tests run, each as the CLI command that does it would: open the
// workspace, call the core service, close. The workspace before each is made by `prepare`.

// import leads: a 300-row CSV into a workspace of 60 leads (30 of the rows update them).
FaultScenario importScenario();
// score: every lead rescored a week later, so that scores change and leads move to MQL.
FaultScenario rescoreScenario();
// stage: 20 leads moved to Disqualified in one transaction.
FaultScenario stageMoveScenario();
// convert: an SQL lead converted to a new account, contact and opportunity.
FaultScenario conversionScenario();
// Opening a version-2 workspace of 200 leads with events: the migrations to the current one.
FaultScenario migrationScenario();

QList<FaultScenario> allScenarios();

} // namespace lb::test
