#!/usr/bin/env bash
# CI check, from Linux, of what can be checked here of the other systems' builds:
#   1. Maven's platform profiles, with the OS and architecture faked (MAVEN_OPTS=-Dos.name=...
#      -Dos.arch=...): each supported system resolves its own ND4J, OpenBLAS, JavaCPP and JavaFX
#      classifiers; -Dnd4j.platform / -Djavafx.platform override them; an unsupported system
#      stops at the enforcer with a message naming it.
#   2. jpackage's input for each other system (installer/build.sh --stage --platform P): it holds
#      that system's native libraries (listed and asserted by build.sh's table, printed here),
#      JavaFX's natives for the runtime, no jar of another platform, and the data.
#   3. javafx:run's JVM options (pom.xml) are the launcher's (installer/jpackage/app.txt).
# The first run downloads the other systems' jars (about 400 MB) into ~/.m2.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

passed=0
say() { echo "check-platforms.sh: $*" >&2; }
pass() { passed=$((passed + 1)); say "ok: $*"; }
die() { say "FAILED: $*"; exit 1; }
work=$(mktemp -d -t softmaxlab-platforms.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- 1. Profiles. os.name without spaces: mvnw splits MAVEN_OPTS on them (Maven's "mac" and
# "windows" families match any name containing those words). The faked runs are offline: with
# os.name=Windows* the JDK's own socket code looks for Windows classes and fails, so every
# system's jars are fetched first, under the real OS, with the platform given by overrides.
# The help plugin too (the faked runs ask it for the active profiles, offline): a fresh machine's
# ~/.m2 has never fetched it.
./mvnw -B -q help:active-profiles > "$work/mvn.log" 2>&1 \
    || { tail -20 "$work/mvn.log" >&2; die "cannot fetch Maven's help plugin"; }
# A system whose jars the local repository holds already (every CI run after the first) needs no fetch:
# each fetch is a Maven start of some 4 s. Any jar missing, and all of that system's are fetched.
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
nd4j_v=$(version nd4j.version) cpp_v=$(version javacpp.version) blas_v=$(version openblas.version) fx_v=$(version javafx.version)
holds_jars() { # nd4j-platform javafx-classifier
    local p=$1 fx=$2 jar module
    local jars=(org/nd4j/nd4j-native/$nd4j_v/nd4j-native-$nd4j_v-$p.jar
        org/nd4j/nd4j-native-preset/$nd4j_v/nd4j-native-preset-$nd4j_v-$p.jar
        org/bytedeco/javacpp/$cpp_v/javacpp-$cpp_v-$p.jar org/bytedeco/openblas/$blas_v/openblas-$blas_v-$p.jar)
    for module in base graphics controls fxml swing; do
        jars+=("org/openjfx/javafx-$module/$fx_v/javafx-$module-$fx_v-$fx.jar")
    done
    for jar in "${jars[@]}"; do
        [[ -f $repo/$jar ]] || return 1
    done
}
for platform in linux-x86_64:linux linux-arm64:linux-aarch64 windows-x86_64:win macosx-x86_64:mac macosx-arm64:mac-aarch64; do
    holds_jars "${platform%:*}" "${platform#*:}" && continue
    ./mvnw -B -q dependency:resolve -DincludeScope=runtime -Dnd4j.platform="${platform%:*}" \
        -Djavacpp.platform="${platform%:*}" -Djavafx.platform="${platform#*:}" > "$work/mvn.log" 2>&1 \
        || { tail -20 "$work/mvn.log" >&2; die "cannot fetch the jars for ${platform%:*}"; }
done
resolve() { # os.name os.arch [maven args...] -> the runtime classifiers, one "artifact:classifier" a line
    local name=$1 arch=$2
    shift 2
    MAVEN_OPTS="-Dos.name=$name -Dos.arch=$arch" ./mvnw -B -q -o "$@" dependency:list \
        -DincludeScope=runtime -DoutputFile="$work/list" > "$work/mvn.log" 2>&1 \
        || { grep -E 'ERROR|FAIL|Exception' "$work/mvn.log" | head -5 >&2; return 1; }
    sed -n 's/^ *\(org\.[a-z0-9.]*\):\([a-z0-9-]*\):jar:\([a-z0-9_-]*\):.*/\2:\3/p' "$work/list" | sort -u
}
expect_platform() { # os.name os.arch nd4j fx [maven args...]
    local name=$1 arch=$2 nd4j=$3 fx=$4
    shift 4
    local got deps=(-Djavacpp.platform="$nd4j") profiles=()
    # Without overrides our profile must be the one active, asked in the same Maven run as the jars (one
    # JVM start fewer a system; the profiles follow os.name and os.arch only, not the properties below)...
    (($# == 0)) && profiles=(help:active-profiles -Doutput="$work/profiles")
    # ...and the jars its properties name. ND4J's and JavaFX's own poms know macOS only by its real
    # name, "Mac OS X", which a faked one cannot be (no spaces): for them the platform is given as
    # their properties (javacpp.platform, and on macOS javafx.platform; our profile is checked here).
    [[ $name != Mac* ]] || deps+=(-Djavafx.platform="$fx")
    rm -f "$work/profiles"
    got=$(resolve "$name" "$arch" "${deps[@]}" "$@" "${profiles[@]}") \
        || die "$name/$arch: Maven could not resolve the dependencies"
    if (($# == 0)); then
        grep -q -- "- platform-$nd4j (source: org.softmaxlab" "$work/profiles" \
            || die "$name/$arch: profile platform-$nd4j is not active: $(grep -o 'platform-[a-z0-9_-]*' "$work/profiles" | tr '\n' ' ')"
    fi
    for artifact in nd4j-native:$nd4j openblas:$nd4j javacpp:$nd4j javafx-base:$fx javafx-graphics:$fx \
        javafx-controls:$fx javafx-fxml:$fx javafx-swing:$fx; do
        grep -qx "$artifact" <<< "$got" || die "$name/$arch $*: no $artifact among: $(tr '\n' ' ' <<< "$got")"
    done
    local foreign
    foreign=$(grep -vE ":($nd4j|$fx)$" <<< "$got" || true)
    [[ -z $foreign ]] || die "$name/$arch $*: classifiers of another platform: $(tr '\n' ' ' <<< "$foreign")"
    pass "$name/$arch ${*:-(no override)} -> ND4J $nd4j, JavaFX $fx"
}
expect_platform Linux amd64 linux-x86_64 linux
expect_platform Linux aarch64 linux-arm64 linux-aarch64
expect_platform Windows11 amd64 windows-x86_64 win
expect_platform MacOSX x86_64 macosx-x86_64 mac
expect_platform MacOSX aarch64 macosx-arm64 mac-aarch64
expect_platform Linux amd64 windows-x86_64 win -Dnd4j.platform=windows-x86_64 -Djavafx.platform=win -Djavacpp.platform=windows-x86_64
for unsupported in Windows11:aarch64 FreeBSD:amd64; do
    name=${unsupported%:*} arch=${unsupported#*:}
    if MAVEN_OPTS="-Dos.name=$name -Dos.arch=$arch" ./mvnw -B -q -o validate > "$work/mvn.log" 2>&1; then
        die "$name/$arch: validate passed, but there is no ND4J/JavaFX build for it"
    fi
    grep -q "No ND4J native build for this system (os.name=$name, os.arch=$arch)" "$work/mvn.log" \
        || { tail -20 "$work/mvn.log" >&2; die "$name/$arch: the build failed without naming the system"; }
    pass "$name/$arch stops at the enforcer: 'No ND4J native build for this system (os.name=$name, os.arch=$arch)'"
done

# --- 2. Staged input per system.
for platform in windows-x86_64 macosx-x86_64 macosx-arm64 linux-arm64; do
    installer/build.sh --stage --platform "$platform" 2> "$work/stage.log" \
        || { cat "$work/stage.log" >&2; die "staging $platform failed"; }
    input=target/installer-stage/$platform/input
    natives=$(cd "$input/native" && ls | tr '\n' ' ')
    fx=$(cd "$input/runtime-natives" && ls | grep -v '^api-ms-win-' | tr '\n' ' ')
    case "$platform" in
        windows-*) suffix='\.dll' ;;
        macosx-*) suffix='\.dylib' ;;
        linux-*) suffix='\.so(\.[0-9]+)?' ;;
    esac
    wrong=$(cd "$input" && ls native runtime-natives | grep -vE "^(native|runtime-natives):$|^$|$suffix$" || true)
    [[ -z $wrong ]] || die "$platform: libraries of another system in the staged input: $wrong"
    other_jars=$(cd "$input/lib" && ls | grep -E -- '-(linux|windows|macosx)-(x86_64|arm64)\.jar$|^javafx-' || true)
    [[ -z $other_jars ]] || die "$platform: native or JavaFX jars left in lib/: $other_jars"
    (($(ls "$input/data/fashion-mnist" | wc -l) == 4)) || die "$platform: the data is not staged"
    pass "$platform staged: native/ $natives"
    say "  JavaFX natives for the runtime: $fx"
done

# --- 3. The window's JVM options, the same for javafx:run and the installed launcher.
launcher=$(sed -n 's/^--java-options \(--add-[a-z]*=.*\)$/\1/p' installer/jpackage/app.txt | sort)
plugin=$(sed -n 's|^ *<option>\(--add-[a-z]*=.*\)</option>$|\1|p' pom.xml | sort)
[[ -n $launcher && $launcher == "$plugin" ]] \
    || die "the --add-exports/--add-opens of installer/jpackage/app.txt and pom.xml's javafx-maven-plugin differ"
pass "javafx:run and the launcher open the same JavaFX internals to ControlsFX ($(wc -l <<< "$launcher"))"

echo "platforms: $passed passed, 0 failed"
