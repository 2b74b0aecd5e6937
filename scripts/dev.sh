#!/usr/bin/env bash
# Leadbench developer entry point.
#   scripts/dev.sh run [WORKSPACE]  install what is missing, build, open the app (default
#                                   workspace with demo data on first start)
#   scripts/dev.sh test             install what is missing, build, start a throwaway
#                                   PostgreSQL cluster, run the whole test suite;
#                                   then clang-tidy over core/, ui/ and app/; then the .deb unpacked into a scratch root and started
#                                   (as scripts/dev.sh package); then the same suite under
#                                   ASan + UBSan (clang, build-sanitize) and each fuzz target
#                                   for 60 s (README, Quick start)
#   scripts/dev.sh fuzz [SECONDS [SEED]]
#                                   the sanitizer build, then each fuzz target for SECONDS
#                                   (SEED 1 makes the test command's inputs; 0: new ones)
#                                   (default 600): a longer soak than CI's
#   scripts/dev.sh bench [NAME]     build and run the benchmarks (see README, Performance)
#   scripts/dev.sh build            install what is missing and build
#   scripts/dev.sh tidy             build, then clang-tidy as the test command runs it
#   scripts/dev.sh package          the .deb, from a Release tree of its own (build-package),
#                                   checked by scripts/check-package.sh (README, Install)
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${LEADBENCH_BUILD_DIR:-build}
SANITIZE_DIR=${LEADBENCH_SANITIZE_BUILD_DIR:-build-sanitize}
PACKAGE_DIR=${LEADBENCH_PACKAGE_BUILD_DIR:-build-package}
FUZZ_TARGETS=(csvreader valueparsers modelparser answers)

PACKAGES=(
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-translations-l10n libgl-dev libsqlite3-dev libgtest-dev cmake
  ninja-build g++ sqlite3 libqt6sql6-psql libpq-dev
)
# The test command's throwaway PostgreSQL cluster, for the team workspace's tests.
TEAM_TEST_PACKAGES=(postgresql)
# The sanitizer and fuzz build: Debian's clang and its sanitizer and libFuzzer runtimes.
SANITIZE_PACKAGES=(clang libclang-rt-14-dev)
# The habits the test command checks: formatting (.clang-format) and clang-tidy (.clang-tidy).
STYLE_PACKAGES=(clang-format clang-tidy)
CLANG_FORMAT_MAJOR=14
# CPack's DEB generator (file, dpkg-shlibdeps) and the validators of scripts/check-package.sh.
PACKAGE_TOOLS=(dpkg-dev file desktop-file-utils appstream shared-mime-info binutils)

install_missing() {
  local missing=()
  for package in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}

# Every tracked C++ file as .clang-format has it; names the files that are not.
# Another clang-format major version lays some code out differently, so only the project's
# version (Debian 12's) judges.
check_format() {
  install_missing "${STYLE_PACKAGES[@]}"
  local version
  version=$(clang-format --version | sed -E 's/.*version ([0-9]+).*/\1/')
  if [ "$version" != "$CLANG_FORMAT_MAJOR" ]; then
    echo "Formatting not checked: clang-format $version, the project formats with $CLANG_FORMAT_MAJOR."
    return 0
  fi
  if ! git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror; then
    echo "Formatting differs from .clang-format (clang-format -i FILE mends it)." >&2
    return 1
  fi
}

# clang-tidy with .clang-tidy over the project's own sources (core/, ui/, app/) in the tree
# $BUILD_DIR was configured as (its compile_commands.json); fails on any finding. Some fifteen
# minutes on two cores: the test command runs it once the suite has passed.
check_tidy() {
  install_missing "${STYLE_PACKAGES[@]}"
  local log="$BUILD_DIR/clang-tidy.log"
  # (Without its colours: clang-tidy colours its findings even into a file.)
  run-clang-tidy -p "$BUILD_DIR" -j "$(nproc)" -quiet "$PWD/(core|ui|app)/.*\.cpp$" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >"$log" || true
  if grep -E "(error|warning): " "$log" >/dev/null; then
    grep -E -A3 "(error|warning): " "$log" | head -100 >&2
    echo "clang-tidy found the above ($(grep -c -E '(error|warning): ' "$log") in all; $log)." >&2
    return 1
  fi
  echo "clang-tidy: no findings ($(grep -c '^[^ ]*clang-tidy[^ ]* ' "$log") files of core/, ui/ and app/)."
}

# Extra arguments go to cmake: the test command (so CI) adds warnings as errors. A later `run`
# keeps what the tree was configured with, so switching commands does not compile it all again.
build() {
  install_missing
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$BUILD_DIR"
}

# One tree for both: every target with ASan + UBSan, and the fuzz targets (which need clang).
# Benchmarks are left out there: they are not part of the suite.
build_sanitized() {
  install_missing "${SANITIZE_PACKAGES[@]}"
  # -O1 and line tables only: half the compile time of -O2 -g, and what ASan's reports need.
  cmake -S . -B "$SANITIZE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
    -DCMAKE_CXX_COMPILER=clang++ -DLEADBENCH_FUZZ=ON -DLEADBENCH_BENCHMARKS=OFF >/dev/null
  cmake --build "$SANITIZE_DIR"
}

# The .deb: the two programs only (no tests, no benchmarks), optimised, through ccache when
# there is one (its objects are shared with other trees of the same flags). Then the check of
# the package as a clean machine would install it. Prints the package's path last.
# Makes the .deb in the configured and built tree $1, checks it and prints its path.
make_package() {
  local dir=$1 deb
  install_missing "${PACKAGE_TOOLS[@]}"
  rm -f "$dir"/leadbench_*.deb
  (cd "$dir" && cpack -G DEB >/dev/null)
  deb=$(ls "$dir"/leadbench_*.deb)
  scripts/check-package.sh "$deb"
  echo "$deb"
}

# The release package: a Release build of the programs alone, in a tree of its own.
build_package() {
  install_missing "${PACKAGE_TOOLS[@]}"
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$PACKAGE_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DLEADBENCH_BENCHMARKS=OFF "${launcher[@]}" >/dev/null
  cmake --build "$PACKAGE_DIR" --target leadbench leadbench-cli
  make_package "$PACKAGE_DIR"
}

# For every process of the sanitizer build (ctest, the tests, the CLI they start, the
# fuzzers): any finding fails it, with a full stack; leaks only in system libraries are
# suppressed, each for a reason given in tests/sanitizers/lsan.supp.
sanitizer_options() {
  export ASAN_OPTIONS="detect_leaks=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
}

# Runs each fuzz target for $1 seconds (two at a time on two cores or more) on a corpus in the
# build tree seeded from tests/fuzz/seeds/<target>, the inputs found before
# (tests/fixtures/fuzz/<target>) and, for the CSV reader, the CSV fixtures. Prints and writes
# the executions per target to $SANITIZE_DIR/fuzz-summary.txt; fails on any finding, which
# libFuzzer saves in $SANITIZE_DIR/fuzz/findings/<target>/ (make it a regression fixture).
# With a second argument, libFuzzer's seed: the test command's run then makes the same inputs
# in the same order wherever it runs, so that what it finds can be found again before a push.
run_fuzzers() {
  local seconds=$1 seed=${2:-0} root="$SANITIZE_DIR/fuzz" parallel=1
  [ "$(nproc)" -ge 2 ] && parallel=2
  sanitizer_options
  local target pids=()
  for target in "${FUZZ_TARGETS[@]}"; do
    rm -rf "$root/findings/$target" # this run's findings only
    mkdir -p "$root/corpus/$target" "$root/findings/$target"
    local source
    for source in "tests/fuzz/seeds/$target" "tests/fixtures/fuzz/$target"; do
      [ -d "$source" ] && cp -f "$source"/* "$root/corpus/$target/" 2>/dev/null || true
    done
    [ "$target" = csvreader ] && cp -f tests/fixtures/csv/* "$root/corpus/$target/"
    (
      status=0
      "$SANITIZE_DIR/tests/fuzz/fuzz_$target" "$root/corpus/$target" \
        -max_total_time="$seconds" -seed="$seed" -print_final_stats=1 -timeout=20 \
        -artifact_prefix="$root/findings/$target/" >"$root/$target.log" 2>&1 || status=$?
      echo "$status" >"$root/$target.status"
    ) &
    pids+=($!)
    if [ ${#pids[@]} -ge $parallel ]; then
      wait "${pids[0]}"
      pids=("${pids[@]:1}")
    fi
  done
  wait
  local failed=0 executions found status summary="$SANITIZE_DIR/fuzz-summary.txt"
  : >"$summary"
  for target in "${FUZZ_TARGETS[@]}"; do
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$root/$target.log" | tail -1)
    found=$(find "$root/findings/$target" -type f | wc -l)
    status=$(cat "$root/$target.status")
    printf '%-14s %12s executions in %s s, %s finding(s)\n' "$target" "${executions:-?}" \
      "$seconds" "$found" | tee -a "$summary"
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ] || [ -z "$executions" ]; then
      failed=1
      echo "== fuzz_$target failed; its log ends:"
      tail -40 "$root/$target.log"
    fi
  done
  return $failed
}

# One throwaway PostgreSQL cluster on loopback for the whole suite (scripts/pg-cluster.sh), stopped
# when the command ends however it ends. The tests find it in LEADBENCH_TEST_PG, and
# LEADBENCH_REQUIRE_PG makes a test that cannot reach it fail instead of skipping.
start_test_cluster() {
  install_missing "${TEAM_TEST_PACKAGES[@]}"
  TEST_CLUSTER_DIR=/tmp/leadbench-test-cluster-$$
  trap 'scripts/pg-cluster.sh stop "$TEST_CLUSTER_DIR" || true; rm -rf "$TEST_CLUSTER_DIR"' EXIT
  LEADBENCH_TEST_PG=$(scripts/pg-cluster.sh start "$TEST_CLUSTER_DIR")
  export LEADBENCH_TEST_PG LEADBENCH_REQUIRE_PG=1
  echo "== PostgreSQL for the team workspace's tests: $LEADBENCH_TEST_PG"
}

case "${1:-run}" in
  run)
    build
    shift || true
    exec "$BUILD_DIR/app/leadbench" "$@"
    ;;
  build)
    build
    ;;
  tidy)
    build
    check_tidy
    ;;
  test)
    echo "== Formatting"
    check_format
    build -DLEADBENCH_WARNINGS_AS_ERRORS=ON
    start_test_cluster
    # --output-on-failure prints every failing test in full; the summary line ends the run.
    (cd "$BUILD_DIR" && ctest --output-on-failure --timeout 600 -j "$(nproc)")
    # (Packed from the programs just tested: a Release build of its own would compile them
    # all again, some ten minutes on two cores without a compiler cache.)
    echo "== clang-tidy (.clang-tidy)"
    check_tidy
    echo "== The .deb, installed into a scratch root and started ($BUILD_DIR)"
    make_package "$BUILD_DIR"
    echo "== The suite under ASan + UBSan ($SANITIZE_DIR)"
    build_sanitized
    sanitizer_options
    # Not the tests that kill the CLI mid-way (a killed process reports nothing to the
    # sanitizers; the paths before the kill run in the other tests) nor the second run of the
    # shared suites against the server (pg.*: the same core code, already run above under the
    # sanitizers on files; the server backend's own suites still run here). Together they were
    # two fifths of this run's time, and CI's whole command has 90 minutes.
    (cd "$SANITIZE_DIR" && ctest --output-on-failure --timeout 900 -j "$(nproc)" \
      -E '^(pg\.|CliKillPoints|CliKillPointsFiles|CliImportKill)')
    echo "== Fuzzing, 60 s a target (seed 1)"
    run_fuzzers 60 1
    ;;
  package)
    build_package
    ;;
  fuzz)
    build_sanitized
    run_fuzzers "${2:-600}" "${3:-0}"
    ;;
  bench)
    build
    shift || true
    for bench in "$BUILD_DIR"/tests/bench/bench_*; do
      name=$(basename "$bench")
      if [ $# -gt 0 ] && [ "$name" != "bench_$1" ]; then continue; fi
      echo "== $name"
      QT_QPA_PLATFORM=offscreen "$bench" "${@:2}"
    done
    ;;
  *)
    echo "usage: scripts/dev.sh run [WORKSPACE] | test | package | fuzz [SECONDS] | bench [NAME [ARGS]] | build | tidy" >&2
    exit 1
    ;;
esac
