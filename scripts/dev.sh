#!/usr/bin/env bash
# Leadbench developer entry point.
#   scripts/dev.sh run [WORKSPACE]  install what is missing, build, open the app (default
#                                   workspace with demo data on first start)
#   scripts/dev.sh test             install what is missing, build, run the whole test suite
#   scripts/dev.sh bench [NAME]     build and run the benchmarks (see README, Performance)
#   scripts/dev.sh build            install what is missing and build
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${LEADBENCH_BUILD_DIR:-build}

PACKAGES=(
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-translations-l10n libgl-dev libsqlite3-dev libgtest-dev cmake
  ninja-build g++ sqlite3
)

install_missing() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
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

build() {
  install_missing
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$BUILD_DIR"
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
  test)
    build
    # --output-on-failure prints every failing test in full; the summary line ends the run.
    cd "$BUILD_DIR"
    ctest --output-on-failure --timeout 600 -j "$(nproc)"
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
    echo "usage: scripts/dev.sh run [WORKSPACE] | test | bench [NAME [ARGS]] | build" >&2
    exit 1
    ;;
esac
