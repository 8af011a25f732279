#!/bin/sh
# Install the desktop integration of a built bundle for one user (or under PREFIX):
# the .desktop file, the AppStream metainfo, the icons, and a `tracker` link on PATH.
#
#   packaging/linux/install.sh BUNDLE_DIR            # into ~/.local
#   PREFIX=/usr/local packaging/linux/install.sh BUNDLE_DIR
#   packaging/linux/install.sh --uninstall           # remove what this installed
#
# BUNDLE_DIR is the one-folder bundle (dist/tracker/, holding the `tracker`
# executable); it stays where it is and is not copied.
set -eu

APP_ID=nl.tweedekamer.CommitmentTracker
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=$(cd "$HERE/../../resources/icons" 2>/dev/null && pwd || true)
PREFIX=${PREFIX:-$HOME/.local}
SHARE=$PREFIX/share
BIN=$PREFIX/bin
SIZES="16 24 32 48 64 128 256 512"

usage() {
    echo "usage: $0 BUNDLE_DIR | --uninstall   (PREFIX=$PREFIX)" >&2
    exit 2
}

refresh_caches() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

[ $# -eq 1 ] || usage

if [ "$1" = "--uninstall" ]; then
    rm -f "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml" \
        "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    if [ -L "$BIN/tracker" ]; then rm -f "$BIN/tracker"; fi
    refresh_caches
    echo "removed $APP_ID from $PREFIX"
    exit 0
fi

BUNDLE=$(cd "$1" 2>/dev/null && pwd) || { echo "$0: $1: no such folder" >&2; exit 1; }
[ -x "$BUNDLE/tracker" ] || { echo "$0: $BUNDLE: no tracker executable in it" >&2; exit 1; }
# The bundle carries its icons in its data folder; the source tree has them beside us.
for candidate in "$BUNDLE/_internal/resources/icons" "$BUNDLE/resources/icons" "$ICONS"; do
    if [ -n "$candidate" ] && [ -f "$candidate/tracker.svg" ]; then ICONS=$candidate; break; fi
done
[ -n "$ICONS" ] && [ -f "$ICONS/tracker.svg" ] || { echo "$0: the icons are not found" >&2; exit 1; }

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps" "$BIN"
# Exec names the bundle's executable by its full path: PATH may not hold $BIN.
sed -e "s|^Exec=tracker |Exec=\"$BUNDLE/tracker\" |" -e "s|^TryExec=tracker\$|TryExec=$BUNDLE/tracker|" \
    "$HERE/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$ICONS/tracker.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/tracker-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
ln -sf "$BUNDLE/tracker" "$BIN/tracker"
refresh_caches
echo "installed $APP_ID from $BUNDLE into $PREFIX"
