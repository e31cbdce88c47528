#!/usr/bin/env bash
# Builds the packages with CPack, unpacks the .deb into a temporary root and checks its payload
# and metadata: the binary runs from there, desktop entry and metainfo validate, icons and man
# page are present, Depends holds the Qt Charts library and a CJK font; lintian finds no error or
# warning.
#   test_package.sh <build dir> <version>
set -euo pipefail
build=$1
version=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; fail "cpack"; }
arch=$(dpkg --print-architecture)
deb="$out/tongdao_${version}_${arch}.deb"
[ -f "$deb" ] || fail "no $deb (got: $(ls "$out"))"
tgz=$(ls "$out"/tongdao-"$version"-*.tar.gz 2>/dev/null | head -n 1)
[ -n "$tgz" ] || fail "no tarball"

# lintian as Debian would run it: errors and warnings (among them hardening-no-pie and -relro) fail,
# and so do the info tags for the rest of the hardening and for an unneeded .comment section.
lintian --display-info --fail-on error,warning "$deb" >"$out/lintian.log" 2>&1 || { cat "$out/lintian.log"; fail "lintian"; }
! grep -E "^I: tongdao: (hardening-|binary-has-unneeded-section)" "$out/lintian.log" >/dev/null \
    || { cat "$out/lintian.log"; fail "lintian: the binary lacks hardening or has unneeded sections"; }

root="$out/root"
dpkg-deb -x "$deb" "$root"
id=io.github.tongdao.Tongdao
[ -x "$root/usr/bin/tongdao" ] || fail "no usr/bin/tongdao"
[ "$("$root/usr/bin/tongdao" --version)" = "tongdao $version" ] || fail "--version"
readelf -S -W "$root/usr/bin/tongdao" >"$out/sections"
! grep -q ' \.comment ' "$out/sections" || fail "usr/bin/tongdao has a .comment section"
QT_QPA_PLATFORM= DISPLAY= "$root/usr/bin/tongdao" --export-charts "$out/charts" --chart rail-sea-trains >/dev/null \
    || fail "the packaged binary cannot export"
[ -s "$out/charts/rail-sea-trains.png" ] || fail "no chart exported"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
grep -qx "Exec=tongdao" "$root/usr/share/applications/$id.desktop" || fail "Exec"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "launchable does not match the desktop file"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" || fail "metainfo release"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "scalable icon"
for size in 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || fail "no ${size}px icon"
    file "$png" | grep -q "$size x $size" || fail "${size}px icon has the wrong size: $(file "$png")"
done
man="$root/usr/share/man/man1/tongdao.1.gz"
[ -f "$man" ] || fail "no man page"
for option in --export-charts --force --format --size --scale --theme --lang --chart --dataset --export-data --coverage; do
    zcat "$man" | grep -q -- "${option//-/\\\\-}" || fail "man page does not document $option"
done
zcat "$man" | grep -q "EXIT STATUS" || fail "man page has no exit codes"

depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends" | grep -q "libqt6charts6" || fail "Depends lacks Qt Charts: $depends"
echo "$depends" | grep -q "fonts-noto-cjk | fonts-wqy-microhei" || fail "Depends lacks a CJK font: $depends"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version"
[ -n "$(dpkg-deb -f "$deb" Section)" ] && [ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "Section or Maintainer"
changelog="$root/usr/share/doc/tongdao/changelog.gz"
[ -f "$changelog" ] || fail "no changelog.gz"
[ "$(zcat "$changelog" | dpkg-parsechangelog -l- -SVersion)" = "$version" ] || fail "changelog has no entry for $version"
[ "$(zcat "$changelog" | dpkg-parsechangelog -l- -SMaintainer)" = "$(dpkg-deb -f "$deb" Maintainer)" ] \
    || fail "changelog and package name different maintainers"
tar -tzf "$tgz" >"$out/tarball.lst" # not piped into grep -q: tar would die of SIGPIPE under pipefail
grep -q "/bin/tongdao$" "$out/tarball.lst" || fail "tarball has no bin/tongdao"
grep -q "/share/doc/tongdao/LICENSE$" "$out/tarball.lst" || fail "tarball has no licence text"

echo "deb: $(basename "$deb") $(stat -c %s "$deb") bytes; tarball: $(basename "$tgz") $(stat -c %s "$tgz") bytes"
echo "Depends: $depends"
