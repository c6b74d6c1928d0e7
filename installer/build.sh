#!/usr/bin/env bash
# Builds SoftmaxLab's Linux app image and .deb: Maven jars -> jdeps -> jlink -> jpackage.
#
#   installer/build.sh           app image and .deb, both under target/installer/
#   installer/build.sh --image   the app image only
#
# Environment:
#   DATA_DIR    folder with the four Fashion-MNIST files, gzipped or not
#               (default /usr/share/datasets/fashion-mnist); verified against
#               installer/fashion-mnist.sha256 and bundled into the image
#   JAVA_HOME   JDK 17 with jdeps, jlink and jpackage (default: the JDK of `javac` on PATH)
#   SKIP_MAVEN  1 = reuse target/softmaxlab.jar and target/lib/ as they are
#   DEB_COMPRESSION  xz (default: smallest, 2-3 min here), zstd (seconds; dpkg >= 1.21.18,
#               Ubuntu >= 21.10), gzip or none
#
# Every run builds target/installer/ from scratch (in target/installer.partial/ until it is
# complete). See installer/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

OUT=target/installer
WORK=$OUT.partial # built here, moved to $OUT when complete: a failed run leaves $OUT as it was
INPUT=$WORK/input
PLATFORM=linux-x86_64
DATA_DIR=${DATA_DIR:-/usr/share/datasets/fashion-mnist}
DATA_FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
START=$SECONDS

die() { echo "build.sh: error: $*" >&2; exit 1; }
step() { echo "build.sh: [$((SECONDS - START))s] $*" >&2; }

# unpack JAR DIR PATTERN...: extracts the matching entries into DIR, flat; none matching is fine.
unpack() {
    local jar=$1 dir=$2 status=0
    shift 2
    unzip -q -j -o "$jar" "$@" -d "$dir" 2> /dev/null || status=$?
    ((status == 0 || status == 11)) || die "cannot unpack $jar (unzip exit status $status)"
}

mode=${1:-all}
case "$mode" in
    all | --image) ;;
    *) die "unknown argument '$mode' (usage: installer/build.sh [--image])" ;;
esac

[[ $(uname -s)-$(uname -m) == Linux-x86_64 ]] \
    || die "this script builds the Linux x86_64 image; on Windows and macOS see installer/README.md"

for tool in zip unzip strip gzip sha256sum; do
    command -v "$tool" > /dev/null || die "$tool is missing (Debian: apt-get install zip unzip binutils)"
done

find_jdk() {
    local home=${JAVA_HOME:-}
    if [[ -z $home ]]; then
        command -v javac > /dev/null || die "no JDK found: set JAVA_HOME to a JDK 17"
        home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    fi
    for tool in jdeps jlink jpackage; do
        [[ -x $home/bin/$tool ]] || die "$home/bin/$tool is missing: set JAVA_HOME to a full JDK 17"
    done
    [[ -d $home/jmods ]] || die "$home/jmods is missing (Debian: apt-get install openjdk-17-jdk-headless)"
    echo "$home"
}
JDK=$(find_jdk)
step "JDK $JDK ($("$JDK/bin/java" -version 2>&1 | head -1))"

if [[ ${SKIP_MAVEN:-0} != 1 ]]; then
    step "Maven: ./mvnw -q -B -DskipTests package"
    ./mvnw -q -B -DskipTests package
fi
[[ -f target/softmaxlab.jar && -d target/lib ]] \
    || die "target/softmaxlab.jar or target/lib/ is missing: run ./mvnw -B -DskipTests package"

# jpackage wants a plain version (Windows and macOS reject -SNAPSHOT and letters).
[[ -f target/maven-archiver/pom.properties ]] || die "target/maven-archiver/pom.properties is missing: run Maven"
version=$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)
version=${version%-SNAPSHOT}
[[ $version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] \
    || die "pom version '$version' is not N[.N[.N]], which jpackage needs"
step "version $version"

rm -rf "$WORK"
mkdir -p "$INPUT/lib" "$INPUT/native" "$INPUT/data/fashion-mnist"

# --- Jars: everything but the native-binary jars, whose contents go to native/ instead.
cp target/softmaxlab.jar "$INPUT/"
native_jars=()
for jar in target/lib/*.jar; do
    if [[ $jar == *-$PLATFORM.jar ]]; then
        native_jars+=("$jar")
    else
        cp "$jar" "$INPUT/lib/"
    fi
done

# --- JavaFX natives beside javafx-graphics.jar: JavaFX loads them from the jar's own folder
# and never unpacks into ~/.openjfx/cache.
for jar in "$INPUT"/lib/javafx-*-linux.jar; do
    unpack "$jar" "$INPUT/lib" '*.so'
done
[[ -f $INPUT/lib/libglassgtk3.so ]] || die "no JavaFX natives found in target/lib/javafx-*-linux.jar"

# --- ND4J, OpenBLAS and JavaCPP natives, unpacked once here instead of into ~/.javacpp/cache on
# every user's first start. The launcher sets java.library.path to native/ and JavaCPP's pathsFirst.
step "natives: ${native_jars[*]##*/}"
for jar in "${native_jars[@]}"; do
    unpack "$jar" "$INPUT/native" '*.so' '*.so.*'
done
[[ -f $INPUT/native/libopenblas.so.0 ]] || die "libopenblas.so.0 not found in ${native_jars[*]##*/}"
# JavaCPP loads OpenBLAS through "references" (openblas@.0#openblas_nolapack@.0), and it copies any
# library it finds for a reference into its cache. Shipped only as libopenblas_nolapack.so.0 (same
# binary, SONAME libopenblas.so.0), the references find nothing, the plain link loads it from here,
# and libnd4jcpu/libjniopenblas resolve libopenblas.so.0 through that SONAME: nothing is copied.
mv "$INPUT/native/libopenblas.so.0" "$INPUT/native/libopenblas_nolapack.so.0"
# libnd4jcpu.so ships with its symbol table (about 23 MB); the dynamic symbols JNI needs stay.
strip --strip-unneeded "$INPUT/native/libnd4jcpu.so"
for lib in libjnijavacpp.so libgcc_s.so.1 libquadmath.so.0 libgfortran.so.5 libgomp.so.1 \
    libopenblas_nolapack.so.0 libjniopenblas_nolapack.so libjniopenblas.so libnd4jcpu.so libjnind4jcpu.so; do
    [[ -f $INPUT/native/$lib ]] || die "native library $lib not found in ${native_jars[*]##*/}"
done

# --- Fashion-MNIST, verified by the SHA-256 of each decompressed IDX payload.
step "data from $DATA_DIR"
[[ -d $DATA_DIR ]] || die "DATA_DIR=$DATA_DIR is not a folder (Debian: apt-get install dataset-fashion-mnist)"
for name in "${DATA_FILES[@]}"; do
    expected=$(awk -v n="$name" '$2 == n { print $1 }' installer/fashion-mnist.sha256)
    [[ -n $expected ]] || die "installer/fashion-mnist.sha256 has no line for $name"
    target=$INPUT/data/fashion-mnist/$name.gz
    if [[ -f $DATA_DIR/$name.gz ]]; then
        actual=$(gzip -dc "$DATA_DIR/$name.gz" | sha256sum | cut -d' ' -f1) \
            || die "$DATA_DIR/$name.gz is not a readable gzip file"
        cp "$DATA_DIR/$name.gz" "$target"
    elif [[ -f $DATA_DIR/$name ]]; then
        actual=$(sha256sum < "$DATA_DIR/$name" | cut -d' ' -f1)
        gzip -n -c "$DATA_DIR/$name" > "$target"
    else
        die "$DATA_DIR has neither $name.gz nor $name"
    fi
    [[ $actual == "$expected" ]] \
        || die "$DATA_DIR/$name: SHA-256 of the IDX data is $actual, expected $expected (corrupt or not Fashion-MNIST)"
done

# --- Runtime modules: jdeps over the main jar and every library jar. Modular jars go through
# copies without module-info, since jdeps refuses nd4j-api's broken descriptor.
step "jdeps"
mkdir -p "$WORK/jdeps"
for jar in "$INPUT/softmaxlab.jar" "$INPUT"/lib/*.jar; do
    cp "$jar" "$WORK/jdeps/"
    zip -q -d "$WORK/jdeps/${jar##*/}" module-info.class 'META-INF/versions/*/module-info.class' \
        > /dev/null 2>&1 || true # zip exits 12 when there is nothing to delete
done
modules=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$WORK/jdeps/*" "$WORK"/jdeps/*.jar)
# Not visible to jdeps: elliptic-curve TLS for dataset downloads over HTTPS.
if "$JDK/bin/java" --list-modules | grep -q '^jdk.crypto.ec@'; then
    modules+=,jdk.crypto.ec
fi
rm -rf "$WORK/jdeps"
echo "$modules" > "$WORK/runtime-modules.txt"
step "modules $modules"

step "jlink"
"$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
    --strip-native-commands --output "$WORK/runtime"

step "jpackage app image"
"$JDK/bin/jpackage" --type app-image \
    @installer/jpackage/common.txt @installer/jpackage/app.txt @installer/jpackage/linux.txt \
    --app-version "$version" --input "$INPUT" --runtime-image "$WORK/runtime" --dest "$WORK/image"
image=$WORK/image/SoftmaxLab
rm -rf "$INPUT" # jpackage copied it into the image

if [[ $mode == all ]]; then
    for tool in dpkg-deb fakeroot; do
        command -v "$tool" > /dev/null || die "the .deb needs $tool (apt-get install dpkg-dev fakeroot)"
    done
    # dpkg-deb's default, xz, takes 2-3 minutes on 2 cores; zstd (DEB_COMPRESSION=zstd) seconds.
    export DPKG_DEB_COMPRESSOR_TYPE=${DEB_COMPRESSION:-xz}
    step "jpackage .deb ($DPKG_DEB_COMPRESSOR_TYPE)"
    "$JDK/bin/jpackage" --type deb @installer/jpackage/common.txt @installer/jpackage/linux-deb.txt \
        --app-version "$version" --app-image "$image" --dest "$WORK/dist"
fi

rm -rf "$OUT"
mv "$WORK" "$OUT"
step "done"
echo "build.sh: app image $OUT/image/SoftmaxLab ($(du -sh "$OUT/image/SoftmaxLab" | cut -f1))"
if [[ $mode == all ]]; then
    for deb in "$OUT"/dist/*.deb; do
        echo "build.sh: package $deb ($(du -h "$deb" | cut -f1))"
    done
fi
