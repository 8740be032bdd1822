#!/usr/bin/env bash
# Whole-process comparisons of kiosque with newsboat and sfeed on the feed farm (issue 6):
# first and unchanged refresh at 100 and 500 feeds x 30 items, 0 and 50 ms latency; headlines
# from the store against `newsboat -x print-unread` and `sfeed_plain`; peak RSS; bytes sent by
# the farm. Anchors run in the same session, on the same farm and machine.
#
#   bench/run.sh                 # full set, 5 runs each (~15 min on 2 quiet cores)
#   bench/run.sh --quick         # 20 feeds, 0 ms, 1 run: smoke test (~1 min)
#   bench/run.sh --sizes 100 --latencies 0 --runs 3 --tools kiosque    # any harness.py option
#   bench/run.sh --farm DIR ...  # feedfarm.py elsewhere (default: $FEEDFARM, else ../shared/feedfarm)
#
# Results: bench/results/<UTC date-time>.md (the table) and .json (every run). Run it on a quiet
# machine (`uptime`: load average well under the number of cores); the report shows the load.
set -euo pipefail

export KIOSQUE_BENCH_COMMAND="bench/run.sh${*:+ $*}"
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
farm="${FEEDFARM:-$root/../shared/feedfarm}"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --farm) farm="$2"; shift 2 ;;
    --quick) args+=(--sizes 20 --latencies 0 --runs 1 --hf-runs 3 --hf-warmup 1 --label "quick-$(date -u +%Y-%m-%dT%H%M)"); shift ;;
    -h|--help) sed -n '2,13p' "$0"; python3 "$root/bench/harness.py" --help | sed -n '/^options:/,$p'; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done

missing=()
for tool in python3 java mvn newsboat sfeed_update sfeed_plain curl hyperfine; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=("time (GNU time at /usr/bin/time)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: missing: ${missing[*]}" >&2
  echo "run.sh: on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y newsboat sfeed hyperfine time curl" >&2
  echo "        (Java 17 and Maven: openjdk-17-jdk-headless maven)" >&2
  exit 1
fi
if [ ! -f "$farm/feedfarm.py" ]; then
  echo "run.sh: no feedfarm.py in $farm (pass --farm DIR or set FEEDFARM=DIR)" >&2
  exit 1
fi

# Build the jar now, so that no measured run pays for it (the launcher builds when stale), and
# drop the launcher's class-data-sharing archives (one per kind of command): the harness's
# warm-up refresh makes the refresh one again and hyperfine's warm-up runs the headlines one, so
# every run of this script measures archives made the same way.
"$root/kiosque" --version >/dev/null
rm -f "$root"/target/kiosque*.jsa "$root"/target/kiosque*.jsa.failed

load="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$load" 'BEGIN { exit !(l > 3) }'; then
  echo "run.sh: load average is $load: the figures will be noisy (the report says so)" >&2
fi
exec python3 "$root/bench/harness.py" --farm "$farm" "${args[@]}"
