#!/usr/bin/env bash
# CI check of the installer, as a user would meet it:
#   1. build the app image and the .deb (installer/build.sh, zstd-compressed for speed);
#   2. install the .deb with apt (which also brings its declared dependencies);
#   3. run the installed `softmaxlab train --epochs 1` twice as user nobody with an empty home,
#      /usr/share/datasets hidden where the kernel allows it: the bundled data must be used and
#      nothing may be unpacked into the home (~/.javacpp, ~/.openjfx);
#   4. open the window under Xvfb with `softmaxlab --self-check`, which must close by itself;
#   5. remove (purge) the package and check that it left nothing behind.
# Needs root (CI runs as root) and Xvfb. About 2 minutes on 2 cores.
#
#   installer/check.sh           KEEP_PACKAGE=1 leaves softmaxlab installed at the end
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

APP=/opt/softmaxlab
BUNDLED_DATA=$APP/lib/app/data/fashion-mnist
DESKTOP_FILE=/usr/share/applications/softmaxlab-SoftmaxLab.desktop
passed=0
skipped=0
installed=0
xvfb_pid=
work=

say() { echo "check.sh: $*" >&2; }
pass() { passed=$((passed + 1)); say "ok: $*"; }
skip() { skipped=$((skipped + 1)); say "SKIPPED: $*"; }
die() { say "FAILED: $*"; exit 1; }
now() { echo "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

cleanup() {
    if [[ -n $xvfb_pid ]]; then
        kill "$xvfb_pid" 2> /dev/null || true
    fi
    if ((installed)) && [[ ${KEEP_PACKAGE:-0} != 1 ]]; then
        apt-get purge -y -qq softmaxlab > /dev/null 2>&1 || say "could not remove softmaxlab"
    fi
    if [[ -n $work ]]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

((EUID == 0)) || die "needs root to install the .deb (CI runs as root)"
for tool in apt-get dpkg-query setpriv Xvfb xwininfo xprop; do
    command -v "$tool" > /dev/null || die "$tool is missing (Debian: apt-get install xvfb x11-utils)"
done
if dpkg-query -W -f '${Status}' softmaxlab 2> /dev/null | grep -q 'ok installed'; then
    die "softmaxlab is already installed: remove it first (apt-get remove softmaxlab)"
fi

work=$(mktemp -d -t softmaxlab-check.XXXXXX)
chmod 755 "$work"
mkdir "$work/home" "$work/tmp"
chown nobody:nogroup "$work/home" "$work/tmp"

# --- 1. Build.
t=$(now)
DEB_COMPRESSION=zstd installer/build.sh
build_s=$(since "$t")
debs=(target/installer/dist/softmaxlab_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || die "expected one .deb in target/installer/dist/"
deb=$ROOT/${debs[0]}
pass "built the app image and $deb in ${build_s} s"

# --- 2. Install.
t=$(now)
installed=1 # from here on, the exit trap removes whatever got installed
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" > "$work/apt.log" 2>&1 \
    || { tail -20 "$work/apt.log" >&2; die "apt-get install $deb failed"; }
install_s=$(since "$t")
[[ -x $APP/bin/SoftmaxLab ]] || die "$APP/bin/SoftmaxLab missing after install"
[[ $(readlink /usr/bin/softmaxlab) == "$APP/bin/SoftmaxLab" ]] || die "/usr/bin/softmaxlab does not point to the launcher"
grep -q '^Categories=Education;' "$DESKTOP_FILE" || die "menu entry $DESKTOP_FILE missing or not under Education"
# Test-only tools stay out: ONNX Runtime (93 MB, test scope) checks our .onnx files in the tests only.
test_jars=$(find "$APP" -name '*.jar' | grep -E '/(onnxruntime|junit|testfx|openjfx-monocle|archunit)[^/]*\.jar$' || true)
[[ -z $test_jars ]] || die "test-only jars in the installed app: $test_jars"
pass "installed in ${install_s} s (with dependencies): $APP, /usr/bin/softmaxlab, $DESKTOP_FILE"

# as_user CMD...: runs CMD as nobody with an empty home and temp dir, and (where the kernel lets
# us) with /usr/share/datasets hidden, so the bundled copy is the only Fashion-MNIST around.
hide=()
if [[ -d /usr/share/datasets ]] && unshare --mount true 2> /dev/null; then
    hide=(unshare --mount --propagation private sh -c
        'mount -t tmpfs -o ro,size=64k none /usr/share/datasets && exec "$@"' sh)
else
    say "note: cannot hide /usr/share/datasets here (no mount namespace); the path check still applies"
fi
# Usage: as_user SECONDS CMD...
as_user() {
    local limit=$1
    shift
    timeout "$limit" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$user_display" HOME="$work/home" \
        XDG_CACHE_HOME="$work/home/.cache" XDG_CONFIG_HOME="$work/home/.config" TMPDIR="$work/tmp" \
        JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Djava.io.tmpdir=$work/tmp" \
        "${hide[@]}" setpriv --reuid=nobody --regid=nogroup --clear-groups --no-new-privs "$@"
}
user_display=
# unpacked_files all|natives: the files the app left in the (empty) home and temp dir; with
# "natives", only those in JavaCPP's and JavaFX's caches (GTK and Mesa keep caches of their own).
unpacked_files() {
    if [[ $1 == all ]]; then
        # jpackage's Linux launcher asks `rpm -qf` which package owns it where rpm is installed,
        # and Debian's rpm then keeps its database in ~/.rpmdb: the JDK's doing, not the app's.
        find "$work/home" "$work/tmp" -type f ! -path "$work/home/.rpmdb/*"
    else
        find "$work/home" "$work/tmp" -type f \( -path '*/.javacpp*' -o -path '*/.openjfx*' \)
    fi
}

# --- 3. Headless training, first and second launch.
train_s=()
for launch in first second; do
    t=$(now)
    as_user 300 softmaxlab train --epochs 1 > "$work/train.out" 2> "$work/train.err" \
        || { cat "$work/train.err" >&2; die "$launch launch: softmaxlab train --epochs 1 failed"; }
    train_s+=("$(since "$t")")
    source_line=$(grep -m1 '^Fashion-MNIST from ' "$work/train.err" || true)
    [[ $source_line == "Fashion-MNIST from $BUNDLED_DATA:"* ]] \
        || { cat "$work/train.err" >&2; die "$launch launch did not use the bundled data: '$source_line'"; }
    grep -q '^epoch *1 ' "$work/train.out" || { cat "$work/train.out" >&2; die "$launch launch printed no epoch"; }
    leftovers=$(unpacked_files all)
    [[ -z $leftovers ]] || die "$launch launch left files in the home or temp dir: $leftovers"
done
pass "train --epochs 1 on the bundled data, nothing unpacked: first launch ${train_s[0]} s, second ${train_s[1]} s"
say "  $(grep -m1 '^epoch' "$work/train.out")"

# --- 4. The window, under Xvfb.
Xvfb -displayfd 3 -nolisten tcp -ac -screen 0 1280x800x24 3> "$work/display" 2> "$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
[[ -s $work/display ]] || die "Xvfb did not start: $(cat "$work/xvfb.log")"
DISPLAY=:$(cat "$work/display")
export DISPLAY
user_display=$DISPLAY
t=$(now)
status=0
as_user 120 softmaxlab --self-check > "$work/window.out" 2>&1 &
window_pid=$!
window_classes=()
while kill -0 "$window_pid" 2> /dev/null; do
    for id in $(xwininfo -root -children 2> /dev/null | awk '/^ +0x/ { print $1 }'); do
        # A window can vanish between the listing and this query: xprop then fails, and under
        # pipefail + errexit a bare assignment would end the script.
        class=$(xprop -id "$id" WM_CLASS 2> /dev/null | sed -n 's/^WM_CLASS(STRING) = "\([^"]*\)".*/\1/p') || class=
        if [[ -n $class && " ${window_classes[*]} " != *" $class "* ]]; then
            window_classes+=("$class") # an `a && b` here would end the loop with status 1 under set -e
        fi
    done
    sleep 0.3
done
wait "$window_pid" || status=$?
window_s=$(since "$t")
if ((status == 124)); then
    die "window: softmaxlab --self-check did not exit within 120 s"
elif ((status != 0)); then
    cat "$work/window.out" >&2
    die "window: softmaxlab --self-check exited with $status"
else
    pass "window opened and closed by itself in ${window_s} s (softmaxlab --self-check)"
    say "  $(tail -1 "$work/window.out")"
    wm_class=$(sed -n 's/^StartupWMClass=//p' "$DESKTOP_FILE")
    if [[ ${#window_classes[@]} -gt 0 && " ${window_classes[*]} " != *" $wm_class "* ]]; then
        say "WARNING: the window's WM_CLASS is '${window_classes[*]}' but the menu entry says" \
            "StartupWMClass=$wm_class: update installer/linux/SoftmaxLab.desktop"
    fi
fi
leftovers=$(unpacked_files natives)
[[ -z $leftovers ]] || die "the window run unpacked native libraries into the home or temp dir: $leftovers"

# --- 5. Remove.
apt-get purge -y -qq softmaxlab > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; die "apt-get purge failed"; }
installed=0
for path in "$APP" /usr/bin/softmaxlab "$DESKTOP_FILE"; do
    [[ ! -e $path && ! -L $path ]] || die "$path is still there after apt-get purge"
done
pass "removed: nothing left in $APP, /usr/bin or the menu"

size_deb=$(du -h "$deb" | cut -f1)
size_image=$(du -sh target/installer/image/SoftmaxLab | cut -f1)
say "sizes: .deb $size_deb (zstd), app image $size_image; runtime modules $(cat target/installer/runtime-modules.txt)"
echo "installer: $passed passed, 0 failed, $skipped skipped"
