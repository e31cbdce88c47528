#!/bin/sh
# Runs a test under a desktop session's accessibility bus, so that Qt's AT-SPI bridge is active
# and accessibility events are delivered (offscreen, QAccessible::isActive() stays false).
# Usage (inside dbus-run-session and an X server): a11y-session.sh AT-SPI-BUS-LAUNCHER TEST [ARGS…]
set -eu
launcher=$1
shift
"$launcher" --launch-immediately &
bus=$!
trap 'kill "$bus" 2>/dev/null || true' EXIT
# The bus answers once it is up; bounded, so a broken session fails instead of hanging.
tries=0
until dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { echo "a11y-session.sh: the accessibility bus did not start" >&2; exit 1; }
    sleep 0.1
done
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 TONGDAO_EXPECT_A11Y_BRIDGE=1 "$@"
