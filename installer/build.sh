#!/usr/bin/env bash
# Builds SoftmaxLab's installers: Maven jars -> jdeps -> jlink (with JavaFX) -> jpackage.
# One script for every system; the parts that differ are the per-platform tables below.
#
#   installer/build.sh                   Linux: app image + .deb (the default, as CI builds it)
#   installer/build.sh --type deb|rpm    Linux: app image + that package
#   installer/build.sh --type msi        Windows (Git Bash / GitHub's bash, WiX 3 on PATH)
#   installer/build.sh --type dmg        macOS (on the Mac whose architecture it is for)
#   installer/build.sh --type image      the app image only, on any of them
#   installer/build.sh --stage --platform P
#                                        only jpackage's input for platform P (jars, unpacked
#                                        natives, data), from any system: what CI checks from Linux
#                                        for Windows and macOS (installer/check-platforms.sh)
#
# Platforms (JavaCPP's names, docs/platforms.md): linux-x86_64, linux-arm64, windows-x86_64,
# macosx-x86_64, macosx-arm64; the default is the system this runs on.
#
# Environment:
#   DATA_DIR    folder with the four Fashion-MNIST files, gzipped or not (default: Debian's
#               /usr/share/datasets/fashion-mnist, else the app's own download cache,
#               ${XDG_CACHE_HOME:-~/.cache}/softmaxlab/fashion-mnist, which holds them once the app or
#               `./mvnw verify` has downloaded them); verified against installer/fashion-mnist.sha256
#               and bundled into the image
#   JAVA_HOME   JDK 17 with jdeps, jlink and jpackage (default: the JDK of `javac` on PATH)
#   SKIP_MAVEN  1 = reuse target/ as it is; unset, target/ is reused when it is newer than pom.xml
#               and src/main (so after `./mvnw verify` nothing is built twice), else rebuilt
#   DEB_COMPRESSION  xz (default: smallest, 2-3 min here), zstd (seconds; dpkg >= 1.21.18,
#               Ubuntu >= 21.10), gzip or none
#   RPM_COMPRESSION  rpmbuild's %_binary_payload, e.g. w3.zstdio (seconds); default rpmbuild's own
#   REUSE_IMAGE  1 = package the app image the last run left in target/installer/image (same commit)
#               instead of making it again; without one there, it is made as usual
#
# Every run builds target/installer/ (a --stage run: target/installer-stage/P/) from scratch, in a
# .partial folder until it is complete. See installer/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Given, else Debian's package, else the app's cache (where the window, the CLI and the tests download to).
if [[ -z ${DATA_DIR:-} ]]; then
    DATA_DIR=/usr/share/datasets/fashion-mnist
    app_cache=${XDG_CACHE_HOME:-$HOME/.cache}/softmaxlab/fashion-mnist
    [[ -d $DATA_DIR || ! -d $app_cache ]] || DATA_DIR=$app_cache
fi
DATA_FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
# The JavaFX modules the window uses; jlink puts them (and what they need) into the runtime.
FX_MODULES=javafx.controls,javafx.fxml,javafx.swing
START=$SECONDS

die() { echo "build.sh: error: $*" >&2; exit 1; }
step() { echo "build.sh: [$((SECONDS - START))s] $*" >&2; }

# ---------------------------------------------------------------- per-platform tables

host_platform() {
    local os arch
    os=$(uname -s)
    arch=$(uname -m)
    case "$os" in
        Linux) os=linux ;;
        Darwin) os=macosx ;;
        MINGW* | MSYS* | CYGWIN* | Windows_NT) os=windows ;;
        *) os=unsupported-$os ;;
    esac
    case "$arch" in
        x86_64 | amd64 | AMD64) arch=x86_64 ;;
        aarch64 | arm64) arch=arm64 ;;
    esac
    echo "$os-$arch"
}

# JavaFX's Maven classifier for a JavaCPP platform.
fx_classifier() {
    case "$1" in
        linux-x86_64) echo linux ;;
        linux-arm64) echo linux-aarch64 ;;
        windows-x86_64) echo win ;;
        macosx-x86_64) echo mac ;;
        macosx-arm64) echo mac-aarch64 ;;
        *) die "no JavaFX and ND4J build for platform '$1' (supported: linux-x86_64, linux-arm64, windows-x86_64, macosx-x86_64, macosx-arm64)" ;;
    esac
}

# Where the runtime keeps its native libraries (and so where JavaFX's go: the JDK's own search path).
runtime_native_dir() {
    case "$1" in windows-*) echo bin ;; *) echo lib ;; esac
}

# The native libraries of each platform's ND4J, OpenBLAS and JavaCPP jars that SoftmaxLab loads,
# as build.sh leaves them in native/ (check-platforms.sh asserts exactly these). ND4J loads both
# of OpenBLAS's JNI libraries (jniopenblas, 20-25 MB, and jniopenblas_nolapack: without either it
# fails to start, tried); left out: macOS's libgfortran.dylib, a second copy of libgfortran.5.dylib.
# (Lists for OpenBLAS 0.3.30-1.5.12 and JavaCPP 1.5.12, read from their jars on Maven Central.)
native_libs() {
    case "$1" in
        linux-x86_64) echo libjnijavacpp.so libgcc_s.so.1 libquadmath.so.0 libgfortran.so.5 libgomp.so.1 \
            libopenblas_nolapack.so.0 libjniopenblas_nolapack.so libjniopenblas.so libnd4jcpu.so libjnind4jcpu.so ;;
        linux-arm64) echo libjnijavacpp.so libgcc_s.so.1 libgfortran.so.5 \
            libopenblas_nolapack.so.0 libjniopenblas_nolapack.so libjniopenblas.so libnd4jcpu.so libjnind4jcpu.so ;;
        macosx-*) echo libjnijavacpp.dylib libgcc_s.1.1.dylib libquadmath.0.dylib libgfortran.5.dylib \
            libopenblas_nolapack.0.dylib libjniopenblas_nolapack.dylib libjniopenblas.dylib libnd4jcpu.dylib libjnind4jcpu.dylib ;;
        windows-x86_64) echo jnijavacpp.dll libgcc_s_seh-1.dll libgomp-1.dll libstdc++-6.dll libwinpthread-1.dll \
            libopenblas_nolapack.dll jniopenblas_nolapack.dll jniopenblas.dll libnd4jcpu.dll jnind4jcpu.dll ;;
    esac
}

# Unpacked but not shipped (see native_libs). OpenBLAS's jars from 0.3.30-1.5.12 on also carry
# jniopenblas_full (LAPACK and more, for JavaCPP's openblas_full class), which ND4J never loads.
unused_natives() {
    case "$1" in
        linux-*) echo libjniopenblas_full.so ;;
        macosx-*) echo libgfortran.dylib libjniopenblas_full.dylib ;;
        windows-*) echo jniopenblas_full.dll ;;
    esac
}

# OpenBLAS as its jar names it; shipped under its nolapack name (see the rename below).
openblas_file() {
    case "$1" in
        linux-*) echo libopenblas.so.0 ;;
        macosx-*) echo libopenblas.0.dylib ;;
        windows-*) echo libopenblas.dll ;;
    esac
}

# A JavaFX native library each platform's jars must hold.
fx_marker() {
    case "$1" in
        linux-*) echo libglassgtk3.so ;;
        macosx-*) echo libglass.dylib ;;
        windows-*) echo glass.dll ;;
    esac
}

native_patterns() {
    case "$1" in
        linux-*) echo '*.so *.so.*' ;;
        macosx-*) echo '*.dylib' ;;
        windows-*) echo '*.dll' ;;
    esac
}

# The jpackage argument files of an app image and of each package type.
image_args() {
    case "$1" in
        linux-*) echo installer/jpackage/linux.txt ;;
        macosx-*) echo installer/jpackage/mac.txt ;;
        windows-*) echo installer/jpackage/windows.txt ;;
    esac
}
package_types() {
    case "$1" in
        linux-*) echo "deb rpm" ;;
        macosx-*) echo dmg ;;
        windows-*) echo msi ;;
    esac
}

# ---------------------------------------------------------------- arguments

PLATFORM=$(host_platform)
type=
stage_only=0
while (($#)); do
    case "$1" in
        --type) type=${2:-}; shift 2 || die "--type needs a value" ;;
        --image) type=image; shift ;;
        --stage) stage_only=1; shift ;;
        --platform) PLATFORM=${2:-}; shift 2 || die "--platform needs a value" ;;
        *) die "unknown argument '$1' (usage: installer/build.sh [--type image|deb|rpm|msi|dmg] | --stage [--platform P])" ;;
    esac
done
FX=$(fx_classifier "$PLATFORM")
HOST=$(host_platform)
if ((stage_only)); then
    [[ -z $type ]] || die "--stage builds no package: leave out --type"
    OUT=target/installer-stage/$PLATFORM
else
    [[ $PLATFORM == "$HOST" ]] || die "an app image or package for $PLATFORM is built on $PLATFORM itself (here: $HOST); from here, --stage --platform $PLATFORM builds its input"
    : "${type:=$(package_types "$PLATFORM" | cut -d' ' -f1)}"
    [[ $type == image || " $(package_types "$PLATFORM") " == *" $type "* ]] \
        || die "--type $type is not built on $PLATFORM (there: image $(package_types "$PLATFORM"))"
    OUT=target/installer
fi
WORK=$OUT.partial # built here, moved to $OUT when complete: a failed run leaves $OUT as it was
INPUT=$WORK/input

tools=(unzip zip gzip)
command -v sha256sum > /dev/null || tools+=(shasum)
for tool in "${tools[@]}"; do
    command -v "$tool" > /dev/null || die "$tool is missing (Debian: apt-get install zip unzip)"
done
sha256() { if command -v sha256sum > /dev/null; then sha256sum | cut -d' ' -f1; else shasum -a 256 | cut -d' ' -f1; fi; }

# unpack JAR DIR PATTERN...: extracts the matching entries into DIR, flat; none matching is fine.
unpack() {
    local jar=$1 dir=$2 status=0
    shift 2
    unzip -q -j -o "$jar" "$@" -d "$dir" 2> /dev/null || status=$?
    ((status == 0 || status == 11)) || die "cannot unpack $jar (unzip exit status $status)"
}

# ---------------------------------------------------------------- jars

# target/ is fresh when Maven built it after the last change to pom.xml and src/main, for this
# platform: then the jars are reused (CI's `./mvnw verify` just built them).
target_is_fresh() {
    [[ -f target/softmaxlab.jar && -d target/lib && -f target/maven-archiver/pom.properties ]] || return 1
    compgen -G "target/lib/javafx-graphics-*-$FX.jar" > /dev/null || return 1
    [[ -z $(find pom.xml src/main -newer target/softmaxlab.jar -print -quit) ]]
}

maven_platform=(-Dnd4j.platform="$PLATFORM" -Djavafx.platform="$FX" -Djavacpp.platform="$PLATFORM")
if ((stage_only)) && [[ $PLATFORM != "$HOST" ]]; then
    # Another system's jars: resolved into a folder of their own, leaving target/lib/ as it is.
    LIB=target/installer-stage/$PLATFORM.lib
    [[ -f target/softmaxlab.jar ]] || ./mvnw -q -B -DskipTests package
    step "Maven: $PLATFORM's runtime jars into $LIB"
    rm -rf "$LIB"
    ./mvnw -q -B "${maven_platform[@]}" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB"
else
    LIB=target/lib
    if [[ ${SKIP_MAVEN:-0} == 1 ]]; then
        step "Maven: skipped (SKIP_MAVEN=1)"
    elif target_is_fresh; then
        step "Maven: target/ is newer than pom.xml and src/main: reused"
    else
        step "Maven: ./mvnw -q -B -DskipTests package"
        ./mvnw -q -B "${maven_platform[@]}" -DskipTests package
    fi
fi
[[ -f target/softmaxlab.jar && -d $LIB ]] || die "target/softmaxlab.jar or $LIB is missing: run ./mvnw -B -DskipTests package"

# jpackage wants a plain version (Windows and macOS reject -SNAPSHOT and letters).
[[ -f target/maven-archiver/pom.properties ]] || die "target/maven-archiver/pom.properties is missing: run Maven"
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties | tr -d '\r')
version=${version%-SNAPSHOT}
[[ $version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "pom version '$version' is not N[.N[.N]], which jpackage needs"
step "version $version, platform $PLATFORM (JavaFX $FX)"

# The runtime jars: for this platform's own build exactly those the main jar's manifest names
# (target/lib/ may hold leftovers of an earlier build), else all of the folder Maven filled.
runtime_jars() {
    if [[ $LIB == target/lib ]]; then
        unzip -p target/softmaxlab.jar META-INF/MANIFEST.MF | tr -d '\r' \
            | awk '/^Class-Path:/ { cp = substr($0, 13); on = 1; next } on && /^ / { cp = cp substr($0, 2); next } { on = 0 } END { print cp }' \
            | tr ' ' '\n' | sed -n 's|^lib/||p'
    else
        (cd "$LIB" && ls -- *.jar)
    fi
}

rm -rf "$WORK"
mkdir -p "$INPUT/lib" "$INPUT/native" "$INPUT/data/fashion-mnist" "$WORK/fxmods" "$WORK/fxnative"

# Jars: to lib/, except the native-binary jars (unpacked into native/ instead) and JavaFX, whose
# modules go into the runtime (named modules, as JavaFX wants; natives beside the JDK's own).
cp target/softmaxlab.jar "$INPUT/"
native_jars=()
fx_jars=()
while read -r name; do
    jar=$LIB/$name
    [[ -f $jar ]] || die "$jar (named by target/softmaxlab.jar's manifest) is missing: run ./mvnw -B -DskipTests package"
    case "$name" in
        *-"$PLATFORM".jar) native_jars+=("$jar") ;;
        javafx-*-"$FX".jar) fx_jars+=("$jar") ;;
        javafx-*) ;; # the empty, classifier-less JavaFX jars
        *) cp "$jar" "$INPUT/lib/" ;;
    esac
done < <(runtime_jars)
((${#native_jars[@]} >= 3)) || die "no $PLATFORM native jars among the runtime jars (nd4j-native, openblas, javacpp)"
((${#fx_jars[@]} >= 5)) || die "no JavaFX $FX jars among the runtime jars"

# JavaFX: the jars as modules for jlink without their natives (else JavaFX would unpack them into
# ~/.openjfx/cache on every user's first start), the natives for the runtime's library folder.
for jar in "${fx_jars[@]}"; do
    cp "$jar" "$WORK/fxmods/"
    # shellcheck disable=SC2046 # the patterns are for zip and unzip, not the shell
    unpack "$jar" "$WORK/fxnative" $(native_patterns "$PLATFORM")
    zip -q -d "$WORK/fxmods/${jar##*/}" $(native_patterns "$PLATFORM") > /dev/null 2>&1 || true # 12: none
done
[[ -f $WORK/fxnative/$(fx_marker "$PLATFORM") ]] || die "no JavaFX natives found in ${fx_jars[*]##*/}"

# ND4J, OpenBLAS and JavaCPP natives, unpacked once here instead of into ~/.javacpp/cache on every
# user's first start. The launcher sets java.library.path to native/ and JavaCPP's pathsFirst.
step "natives: ${native_jars[*]##*/}"
for jar in "${native_jars[@]}"; do
    # shellcheck disable=SC2046
    unpack "$jar" "$INPUT/native" $(native_patterns "$PLATFORM")
done
openblas=$(openblas_file "$PLATFORM")
[[ -f $INPUT/native/$openblas ]] || die "$openblas not found in ${native_jars[*]##*/}"
# JavaCPP loads OpenBLAS through "references" (openblas@.0#openblas_nolapack@.0), and it copies any
# library it finds for a reference into its cache. Shipped only under the nolapack name (the same
# binary; its SONAME / install name stays libopenblas), the references find nothing, the plain link
# loads it from here, and libnd4jcpu resolves libopenblas through the copy already loaded.
mv "$INPUT/native/$openblas" "$INPUT/native/${openblas/libopenblas/libopenblas_nolapack}"
for lib in $(unused_natives "$PLATFORM"); do
    rm -f "$INPUT/native/$lib"
done
case "$PLATFORM" in
    linux-*)
        # libnd4jcpu.so ships with its symbol table (about 23 MB); the dynamic symbols JNI needs stay.
        # (Staged for another architecture from here, it stays as it is: this strip cannot read it.)
        if [[ $PLATFORM != "$HOST" ]]; then
            step "note: libnd4jcpu.so for $PLATFORM is not stripped here"
        elif command -v strip > /dev/null; then
            strip --strip-unneeded "$INPUT/native/libnd4jcpu.so"
        else
            step "note: no strip (binutils): libnd4jcpu.so keeps its symbol table"
        fi
        ;;
    windows-*)
        # Microsoft's C/C++ runtime DLLs come with the JDK's runtime too: keep one copy, the JDK's.
        # JavaCPP 1.5.12's jar adds msvcp140_2, vcruntime140_threads and LLVM's OpenMP, which nothing loads.
        rm -f "$INPUT"/native/api-ms-win-*.dll "$INPUT"/native/{ucrtbase,msvcp140,msvcp140_1,msvcp140_2,vcruntime140,vcruntime140_1,vcruntime140_threads,concrt140,vcomp140,libomp140.x86_64}.dll
        ;;
esac
expected=$(native_libs "$PLATFORM")
for lib in $expected; do
    [[ -f $INPUT/native/$lib ]] || die "native library $lib not found in ${native_jars[*]##*/}"
done
extra=$(cd "$INPUT/native" && ls | grep -vxF -f <(tr ' ' '\n' <<< "$expected") || true)
[[ -z $extra ]] || die "native/ holds libraries that the list for $PLATFORM does not name: $extra"

# Fashion-MNIST, verified by the SHA-256 of each decompressed IDX payload.
step "data from $DATA_DIR"
[[ -d $DATA_DIR ]] || die "DATA_DIR=$DATA_DIR is not a folder: install Debian's dataset-fashion-mnist, set DATA_DIR to a \
folder with the four files, or let the app download them into its cache (java -jar target/softmaxlab.jar train --epochs 1)"
for name in "${DATA_FILES[@]}"; do
    expected=$(awk -v n="$name" '$2 == n { print $1 }' installer/fashion-mnist.sha256)
    [[ -n $expected ]] || die "installer/fashion-mnist.sha256 has no line for $name"
    target=$INPUT/data/fashion-mnist/$name.gz
    if [[ -f $DATA_DIR/$name.gz ]]; then
        actual=$(gzip -dc "$DATA_DIR/$name.gz" | sha256) || die "$DATA_DIR/$name.gz is not a readable gzip file"
        cp "$DATA_DIR/$name.gz" "$target"
    elif [[ -f $DATA_DIR/$name ]]; then
        actual=$(sha256 < "$DATA_DIR/$name")
        gzip -n -c "$DATA_DIR/$name" > "$target"
    else
        die "$DATA_DIR has neither $name.gz nor $name"
    fi
    [[ $actual == "$expected" ]] \
        || die "$DATA_DIR/$name: SHA-256 of the IDX data is $actual, expected $expected (corrupt or not Fashion-MNIST)"
done

if ((stage_only)); then
    mv "$WORK/fxnative" "$INPUT/runtime-natives" # for the check: what would go into the runtime
    rm -rf "$OUT"
    mv "$WORK" "$OUT"
    step "done: $OUT/input"
    exit 0
fi

# ---------------------------------------------------------------- runtime, image, package

find_jdk() {
    local home=${JAVA_HOME:-}
    if [[ -z $home ]]; then
        command -v javac > /dev/null || die "no JDK found: set JAVA_HOME to a JDK 17"
        home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    fi
    home=${home//\\//}
    for tool in jdeps jlink jpackage; do
        [[ -x $home/bin/$tool || -x $home/bin/$tool.exe ]] || die "$home/bin/$tool is missing: set JAVA_HOME to a full JDK 17"
    done
    [[ -d $home/jmods ]] || die "$home/jmods is missing (Debian: apt-get install openjdk-17-jdk-headless)"
    echo "$home"
}
JDK=$(find_jdk)
step "JDK $JDK ($("$JDK/bin/java" -version 2>&1 | head -1))"
# jlink and jpackage on Windows take ';' between path entries.
case "$PLATFORM" in windows-*) PATHSEP=';' ;; *) PATHSEP=: ;; esac

if [[ ${REUSE_IMAGE:-0} == 1 && -d $OUT/image ]]; then
    # The app image the last run made (check-rpm.sh after check.sh: the same jars, data and JDK), so a
    # second package costs no second jdeps, jlink and jpackage (about 25 s). Moved, not copied: $OUT goes.
    step "app image of the last run reused (REUSE_IMAGE=1)"
    mv "$OUT/image" "$WORK/image"
    [[ ! -f $OUT/runtime-modules.txt ]] || mv "$OUT/runtime-modules.txt" "$WORK/"
else
    # Runtime modules: jdeps over the main jar and every library jar, JavaFX's included (so that what
    # JavaFX needs of the JDK is found). Modular jars go through copies without module-info, since
    # jdeps refuses nd4j-api's broken descriptor.
    step "jdeps"
    mkdir -p "$WORK/jdeps"
    for jar in "$INPUT/softmaxlab.jar" "$INPUT"/lib/*.jar "$WORK"/fxmods/*.jar; do
        cp "$jar" "$WORK/jdeps/"
        zip -q -d "$WORK/jdeps/${jar##*/}" module-info.class 'META-INF/versions/*/module-info.class' \
            > /dev/null 2>&1 || true # zip exits 12 when there is nothing to delete
    done
    modules=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
        --class-path "$WORK/jdeps/*" "$WORK"/jdeps/*.jar | tr -d '\r')
    # Not visible to jdeps: elliptic-curve TLS for dataset downloads over HTTPS.
    if "$JDK/bin/java" --list-modules | grep -q '^jdk.crypto.ec@'; then
        modules+=,jdk.crypto.ec
    fi
    rm -rf "$WORK/jdeps"
    echo "$modules" > "$WORK/runtime-modules.txt"
    step "modules $modules + $FX_MODULES"

    # The runtime gets JavaFX as modules and a CDS archive of its classes (a plain jlink image has
    # none: each start would then parse the JDK's classes anew). The archive is made by the runtime's
    # own java, which goes after it, as --strip-native-commands would drop it (the launcher needs none).
    step "jlink"
    "$JDK/bin/jlink" --module-path "$JDK/jmods$PATHSEP$WORK/fxmods" --add-modules "$modules,$FX_MODULES" \
        --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$WORK/runtime"
    find "$WORK/runtime/bin" -type f ! -name '*.dll' -delete
    # The archive for heaps over 32 GB (no compressed oops, 11 MB): the launcher's -Xmx is far below.
    find "$WORK/runtime" -name classes_nocoops.jsa -delete
    native_dir=$WORK/runtime/$(runtime_native_dir "$PLATFORM")
    for lib in "$WORK"/fxnative/*; do
        [[ -e $native_dir/${lib##*/} ]] || cp "$lib" "$native_dir/" # the JDK's copy of a shared DLL wins
    done

    step "jpackage app image"
    # shellcheck disable=SC2046 # the argument-file names have no spaces
    "$JDK/bin/jpackage" --type app-image \
        @installer/jpackage/common.txt @installer/jpackage/app.txt @"$(image_args "$PLATFORM")" \
        --app-version "$version" --input "$INPUT" --runtime-image "$WORK/runtime" --dest "$WORK/image"
fi
case "$PLATFORM" in
    macosx-*) image=$WORK/image/SoftmaxLab.app ;;
    *) image=$WORK/image/SoftmaxLab ;;
esac
[[ -d $image ]] || die "jpackage made no $image"
rm -rf "$INPUT" # jpackage copied it into the image

case "$type" in
    image) ;;
    deb)
        for tool in dpkg-deb fakeroot; do
            command -v "$tool" > /dev/null || die "the .deb needs $tool (apt-get install dpkg-dev fakeroot)"
        done
        # dpkg-deb's default, xz, takes 2-3 minutes on 2 cores; zstd (DEB_COMPRESSION=zstd) seconds.
        export DPKG_DEB_COMPRESSOR_TYPE=${DEB_COMPRESSION:-xz}
        step "jpackage .deb ($DPKG_DEB_COMPRESSOR_TYPE)"
        "$JDK/bin/jpackage" --type deb @installer/jpackage/common.txt @installer/jpackage/linux-package.txt \
            @installer/jpackage/linux-deb.txt --app-version "$version" --app-image "$image" --dest "$WORK/dist"
        ;;
    rpm)
        command -v rpmbuild > /dev/null || die "the .rpm needs rpmbuild (Debian: apt-get install rpm; Fedora: rpm-build)"
        # rpmbuild's payload compression comes from ~/.rpmmacros: RPM_COMPRESSION (e.g. w3.zstdio, for
        # CI's speed: seconds instead of rpmbuild's default xz, 3-4 minutes here) goes in through a
        # HOME of its own.
        rpm_env=()
        if [[ -n ${RPM_COMPRESSION:-} ]]; then
            mkdir -p "$WORK/rpm-home"
            echo "%_binary_payload $RPM_COMPRESSION" > "$WORK/rpm-home/.rpmmacros"
            rpm_env=(env HOME="$ROOT/$WORK/rpm-home")
        fi
        step "jpackage .rpm (${RPM_COMPRESSION:-the default compression of rpmbuild})"
        "${rpm_env[@]}" "$JDK/bin/jpackage" --type rpm @installer/jpackage/common.txt @installer/jpackage/linux-package.txt \
            @installer/jpackage/linux-rpm.txt --app-version "$version" --app-image "$image" --dest "$WORK/dist"
        ;;
    msi)
        step "jpackage .msi"
        "$JDK/bin/jpackage" --type msi @installer/jpackage/common.txt @installer/jpackage/windows-msi.txt \
            --app-version "$version" --app-image "$image" --dest "$WORK/dist"
        ;;
    dmg)
        step "jpackage .dmg"
        "$JDK/bin/jpackage" --type dmg @installer/jpackage/common.txt @installer/jpackage/mac-dmg.txt \
            --app-version "$version" --app-image "$image" --dest "$WORK/dist"
        # Two architectures, one version: the file names say which.
        for dmg in "$WORK"/dist/*.dmg; do
            mv "$dmg" "${dmg%.dmg}-${PLATFORM#macosx-}.dmg"
        done
        ;;
esac

rm -rf "$OUT"
mv "$WORK" "$OUT"
step "done"
echo "build.sh: app image ${image/$WORK/$OUT} ($(du -sh "${image/$WORK/$OUT}" | cut -f1))"
if [[ -d $OUT/dist ]]; then
    for package in "$OUT"/dist/*; do
        echo "build.sh: package $package ($(du -h "$package" | cut -f1))"
    done
fi
