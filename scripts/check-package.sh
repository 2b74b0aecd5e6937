#!/usr/bin/env bash
# Checks a Leadbench .deb the way a clean machine would use it: unpacks it into a scratch root
# (dpkg -x, nothing installed on this machine), checks that it holds the programs, the menu
# entry, the file type, the AppStream metadata and the icons, validates them, and runs the
# installed programs from that root: leadbench-cli --version, --help in Finnish (translations
# are compiled in), a demo workspace, and an offscreen start of leadbench on it. The programs
# must not need the build tree: no RPATH, no LD_LIBRARY_PATH, run from elsewhere.
#   scripts/check-package.sh build-package/leadbench_<version>_<arch>.deb
set -euo pipefail

deb=$(realpath "$1")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root="$scratch/root"
dpkg -x "$deb" "$root"

failures=0
fail() {
  echo "check-package: $*" >&2
  failures=$((failures + 1))
}

id=$(basename "$(find "$root/usr/share/metainfo" -name '*.metainfo.xml' 2>/dev/null | head -1)" \
  .metainfo.xml)
[ -n "$id" ] || fail "no AppStream metadata in usr/share/metainfo"
for file in usr/bin/leadbench usr/bin/leadbench-cli \
  "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
  "usr/share/mime/packages/$id.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg" \
  "usr/share/icons/hicolor/48x48/apps/$id.png" "usr/share/icons/hicolor/256x256/apps/$id.png"; do
  [ -s "$root/$file" ] || fail "the package lacks /$file"
done
[ "$failures" -eq 0 ] || exit 1

desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "invalid .desktop entry"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
  || fail "invalid AppStream metadata: appstreamcli validate --no-net $id.metainfo.xml"
# The file type as shared-mime-info reads it: a database built from it maps *.leadbench.
mkdir -p "$scratch/mime/packages" && cp "$root/usr/share/mime/packages/$id.xml" "$scratch/mime/packages/"
update-mime-database "$scratch/mime" 2>/dev/null || fail "update-mime-database refuses $id.xml"
grep -q '^80:application/x-leadbench-workspace:\*\.leadbench$' "$scratch/mime/globs2" 2>/dev/null \
  || fail "the MIME type does not claim *.leadbench"
grep -q "^MimeType=application/x-leadbench-workspace;" "$root/usr/share/applications/$id.desktop" \
  || fail "the .desktop entry does not open workspaces"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 \
  || fail "the package does not depend on the Qt 6 runtime (dpkg-shlibdeps)"
for program in leadbench leadbench-cli; do
  if readelf -d "$root/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then
    fail "$program has an RPATH: $(readelf -d "$root/usr/bin/$program" | grep -E 'RPATH|RUNPATH')"
  fi
done

# The installed programs, from a neutral folder, with a home of their own.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
export XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$scratch"
version=$(dpkg-deb -f "$deb" Version)
out=$("$root/usr/bin/leadbench-cli" --version) || fail "leadbench-cli --version failed"
[ "$out" = "leadbench-cli $version" ] || fail "leadbench-cli --version says \"$out\", not $version"
out=$(LANG=fi_FI.UTF-8 LANGUAGE=fi "$root/usr/bin/leadbench-cli" --help) \
  || fail "leadbench-cli --help failed"
grep -q '^Komennot:' <<<"$out" || fail "the installed leadbench-cli does not speak Finnish"
workspace="$scratch/demo.leadbench"
"$root/usr/bin/leadbench-cli" --db "$workspace" demo --leads 200 --seed 1 >/dev/null \
  || fail "leadbench-cli demo failed"
timeout 60 "$root/usr/bin/leadbench" "$workspace" --screenshot "$scratch/window.png" \
  2>"$scratch/leadbench.log" || fail "leadbench did not start offscreen: $(cat "$scratch/leadbench.log")"
[ -s "$scratch/window.png" ] || fail "leadbench drew no window"

if [ "$failures" -ne 0 ]; then
  echo "check-package: $failures problem(s) with $deb" >&2
  exit 1
fi
echo "check-package: $(basename "$deb") installs and runs ($id, version $version)"
