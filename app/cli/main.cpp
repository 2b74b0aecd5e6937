// leadbench-cli: parses nothing itself; the commands live in app/cli/commands.
#include "commands/cli.h"

int main(int argc, char** argv)
{
    return lb::cli::run(argc, argv);
}
