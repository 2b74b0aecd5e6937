#pragma once

namespace lb::cli {

// Runs leadbench-cli with the process's arguments and returns its exit status (docs/spec/cli.md).
int run(int argc, char** argv);

} // namespace lb::cli
