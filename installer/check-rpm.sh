#!/usr/bin/env bash
# CI check of the .rpm, on Debian (which cannot install it): build it from the app image that
# check.sh left (installer/build.sh --type rpm), then
#   1. its files (rpm -qlp): the launcher, the runtime with JavaFX, the unpacked natives, the data,
#      /usr/bin/softmaxlab as a link to the launcher;
#   2. what it requires (rpm -qpR): the GTK/X11/OpenGL/C++ libraries of linux-rpm.txt;
#   3. its payload unpacked (rpm2cpio | cpio) into a temporary folder: `train --epochs 1` from
#      there, with an empty home, must use the bundled data and unpack nothing.
# About a minute on 2 cores.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

passed=0
work=$(mktemp -d -t softmaxlab-rpm.XXXXXX)
trap 'rm -rf "$work"' EXIT
say() { echo "check-rpm.sh: $*" >&2; }
pass() { passed=$((passed + 1)); say "ok: $*"; }
die() { say "FAILED: $*"; exit 1; }
for tool in rpm rpmbuild rpm2cpio cpio; do
    command -v "$tool" > /dev/null || die "$tool is missing (Debian: apt-get install rpm cpio)"
done

RPM_COMPRESSION=${RPM_COMPRESSION:-w3.zstdio} REUSE_IMAGE=${REUSE_IMAGE:-1} installer/build.sh --type rpm
rpms=(target/installer/dist/softmaxlab-*.rpm)
[[ ${#rpms[@]} == 1 && -f ${rpms[0]} ]] || die "expected one .rpm in target/installer/dist/"
rpm_file=${rpms[0]}
pass "built $rpm_file ($(du -h "$rpm_file" | cut -f1))"

# --- 1. Contents.
rpm -qlp "$rpm_file" > "$work/files" 2> /dev/null
app=/opt/softmaxlab
for path in "$app/bin/SoftmaxLab" "$app/lib/app/softmaxlab.jar" "$app/lib/app/SoftmaxLab.cfg" \
    "$app/lib/runtime/lib/libglassgtk3.so" "$app/lib/runtime/lib/server/classes.jsa" \
    "$app/lib/app/native/libnd4jcpu.so" "$app/lib/app/native/libopenblas_nolapack.so.0" \
    "$app/lib/app/data/fashion-mnist/train-images-idx3-ubyte.gz" \
    "$app/lib/app/data/fashion-mnist/t10k-labels-idx1-ubyte.gz" "$app/lib/softmaxlab-SoftmaxLab.desktop" \
    /usr/bin/softmaxlab; do
    grep -qxF "$path" "$work/files" || die "the .rpm lacks $path"
done
if grep -E '/(libopenblas\.so\.0|javafx-[a-z]+-.*\.jar)$' "$work/files"; then
    die "the .rpm holds a second OpenBLAS or JavaFX jars (JavaFX belongs in the runtime)"
fi
# The command: a link in the payload (linux/softmaxlab.spec), so that rpm owns and removes it.
link=$(rpm -qlpv "$rpm_file" 2> /dev/null | awk '$NF == "'"$app"'/bin/SoftmaxLab" && $(NF - 2) == "/usr/bin/softmaxlab"')
[[ -n $link ]] || die "/usr/bin/softmaxlab is not a link to $app/bin/SoftmaxLab: $(rpm -qlpv "$rpm_file" 2> /dev/null | grep /usr/bin/)"
# The system's folders belong to its filesystem package, not to this one (removing it would try them).
owned=$(rpm -qlpv "$rpm_file" 2> /dev/null | awk '$1 ~ /^d/ { print $NF }' | grep -vx -e "$app\(/.*\)\?" -e '/usr/share/licenses/softmaxlab-[0-9.]*' || true)
[[ -z $owned ]] || die "the .rpm owns folders outside $app and its licence's: $(tr '\n' ' ' <<< "$owned")"
pass "contents: launcher, runtime with JavaFX and CDS archive, natives, data, menu entry, /usr/bin/softmaxlab -> $app/bin/SoftmaxLab, no system folder ($(wc -l < "$work/files") files)"

# --- 2. Dependencies.
rpm -qpR "$rpm_file" > "$work/requires" 2> /dev/null
for dep in gtk3 libX11 libXtst mesa-libGL freetype fontconfig alsa-lib libstdc++ zlib xdg-utils; do
    grep -qx "$dep" "$work/requires" || die "the .rpm does not require $dep: $(tr '\n' ' ' < "$work/requires")"
done
pass "requires: $(grep -v '^rpmlib(' "$work/requires" | tr '\n' ' ')"

# --- 3. The payload runs where it is unpacked.
mkdir -p "$work/root" "$work/home"
(cd "$work/root" && rpm2cpio "$ROOT/$rpm_file" | cpio -idm --quiet)
launcher=$work/root$app/bin/SoftmaxLab
[[ -x $launcher ]] || die "no executable launcher in the payload"
[[ $(readlink "$work/root/usr/bin/softmaxlab") == "$app/bin/SoftmaxLab" ]] \
    || die "the payload's /usr/bin/softmaxlab does not link to $app/bin/SoftmaxLab"
env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$work/home" JAVA_TOOL_OPTIONS="-Duser.home=$work/home" \
    "$launcher" train --epochs 1 > "$work/train.out" 2> "$work/train.err" \
    || { cat "$work/train.err" >&2; die "train --epochs 1 from the unpacked .rpm failed"; }
grep -q "^Fashion-MNIST from $work/root$app/lib/app/data/fashion-mnist:" "$work/train.err" \
    || { cat "$work/train.err" >&2; die "the unpacked .rpm did not use its bundled data"; }
grep -q '^epoch *1 ' "$work/train.out" || die "train printed no epoch"
leftovers=$(find "$work/home" -type f \( -path '*/.javacpp*' -o -path '*/.openjfx*' \))
[[ -z $leftovers ]] || die "natives were unpacked into the home: $leftovers"
pass "train --epochs 1 from the unpacked payload, bundled data, nothing unpacked: $(grep -m1 '^epoch' "$work/train.out")"

echo "rpm: $passed passed, 0 failed"
