#!/usr/bin/env bash
# JMH micro-benchmarks of kiosque (Maven profile `bench`, sources in src/bench/java):
#   FeedParsingBench  dev.kiosque.feed.FeedReader.read vs ROME 2.1.0 on feedfarm feeds (feeds/s)
#   ExtractionBench   dev.kiosque.article.Extractor.extract on the extraction DEV pages (pages/s)
#
#   bench/jmh.sh                       # everything, default JMH settings of the classes
#   bench/jmh.sh FeedParsing           # one class (any JMH regexp / option is passed through)
#   bench/jmh.sh --quick               # 1 warm-up + 2 measurement iterations of 1 s: smoke test
#   bench/jmh.sh --farm DIR --pages DIR --feeds N -- -prof gc
#
# --farm DIR   directory of feedfarm.py (default: $FEEDFARM, else ../shared/feedfarm from the repo root)
# --pages DIR  directory of the *.html.gz pages (default: $KIOSQUE_BENCH_PAGES, else
#              ../shared/extraction-dev/html from the repo root)
# --feeds N    how many farm feeds to generate into bench/data/feeds (default 40, about 4 MB)
# --offline    pass -o to Maven (dependencies already in ~/.m2)
#
# Results: the JMH text on stdout and in bench/results/jmh-<UTC date-time>.txt, plus .json.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
farm="${FEEDFARM:-$root/../shared/feedfarm}"
pages="${KIOSQUE_BENCH_PAGES:-$root/../shared/extraction-dev/html}"
feeds=40
mvn_opts=(-B -q)
jmh_args=()

while [ $# -gt 0 ]; do
  case "$1" in
    --farm) farm="$2"; shift 2 ;;
    --pages) pages="$2"; shift 2 ;;
    --feeds) feeds="$2"; shift 2 ;;
    --offline) mvn_opts+=(-o); shift ;;
    --quick) jmh_args+=(-wi 1 -w 1s -i 2 -r 1s); shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    --) shift; jmh_args+=("$@"); break ;;
    *) jmh_args+=("$1"); shift ;;
  esac
done

for tool in java mvn python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "jmh.sh: $tool is missing" >&2; exit 1; }
done
[ -f "$farm/feedfarm.py" ] || { echo "jmh.sh: no feedfarm.py in $farm (use --farm DIR or FEEDFARM=DIR)" >&2; exit 1; }

# The feeds: generated once per count, byte-identical each time (seeded), never committed.
data="$root/bench/data"
stamp="$data/feeds.stamp"
if [ "$(cat "$stamp" 2>/dev/null)" != "$feeds" ]; then
  echo "jmh.sh: generating $feeds farm feeds into bench/data/feeds" >&2
  rm -rf "$data/feeds"
  python3 "$farm/feedfarm.py" --gen-only "$data" --feeds "$feeds" --base-url http://127.0.0.1:8765 >/dev/null
  echo "$feeds" >"$stamp"
fi

cd "$root"
echo "jmh.sh: compiling (mvn -Pbench test-compile)" >&2
mkdir -p target
if ! mvn "${mvn_opts[@]}" -Pbench -DskipTests test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >target/bench-build.log 2>&1; then
  tail -20 target/bench-build.log >&2
  echo "jmh.sh: build failed (whole log: target/bench-build.log)" >&2
  exit 1
fi

mkdir -p bench/results
out="bench/results/jmh-$(date -u +%Y-%m-%dT%H%M%S)"
# The -D properties reach the forked benchmark VMs too: JMH gives them the host VM's arguments.
# Paths relative to the repository, so that the results say nothing of this machine's layout.
feeds_rel="$(realpath -m --relative-to="$root" "$data/feeds")"
pages_rel="$(realpath -m --relative-to="$root" "$pages")"
java -Dkiosque.bench.feeds="$feeds_rel" -Dkiosque.bench.pages="$pages_rel" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.openjdk.jmh.Main -rf json -rff "$out.json" "${jmh_args[@]}" | tee "$out.txt"
# JMH names the JVM it forked by its absolute path; keep only "JAVA_HOME/...".
java_home="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
[ -n "$java_home" ] && sed -i "s#$java_home#JAVA_HOME#g" "$out.txt" "$out.json"
echo "jmh.sh: results in $out.txt and $out.json" >&2
