#!/usr/bin/env python3
"""flags.py: kiosque under several JVM flag sets, to choose the launcher's flags by measurement.

Runs bench/harness.py once per variant (kiosque only, same farm sizes) and writes one table:
first and unchanged refresh (wall, CPU, peak RSS) and headlines (hyperfine) per variant.

  python3 bench/flags.py --farm ../shared/feedfarm                 # default variants, 500 and 100 feeds
  python3 bench/flags.py --farm DIR --variants launcher,c1 --runs 5
  python3 bench/flags.py --farm DIR --variants launcher,r-xmn24-xms40,r-xmn16-sr3 --sizes 500 --latency 50

Variants that name target/kiosque-refresh.jsa use the archive the launcher made (run.sh / the first
variant, `launcher`, makes sure it exists). Results: bench/results/flags-DATE.md (+ one
harness .md/.json per variant in bench/results/flags-DATE/).
"""

import argparse
import datetime as dt
import glob
import json
import os
import shlex
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
JAR = "target/kiosque.jar"
CDS = "-Xlog:cds=off -Xlog:cds+dynamic=off -XX:SharedArchiveFile=target/kiosque-refresh.jsa"
POOL = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2"

VARIANTS = {
    "launcher": ("./kiosque as committed (SerialGC, -Xss4m, CDS archive)", "./kiosque"),
    "no-cds": ("same flags, no CDS archive", f"java -XX:+UseSerialGC -Xss4m -jar {JAR}"),
    "jvm-defaults": ("no flag at all (G1, initial heap 1/64 of RAM)", f"java -jar {JAR}"),
    "c1": ("launcher + -XX:TieredStopAtLevel=1", f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 {CDS} -jar {JAR}"),
    "c1-xms8": ("launcher + C1 only + -Xms8m (tiny young generation)",
                f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xms8m {CDS} -jar {JAR}"),
    "c1-xmn16": ("launcher + C1 only + -Xmn16m (young generation fixed at 16 MB)",
                 f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xmn16m {CDS} -jar {JAR}"),
    "c1-xmn24": ("launcher + C1 only + -Xmn24m",
                 f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xmn24m {CDS} -jar {JAR}"),
    "xmn24": ("launcher + -Xmn24m (C2 kept)", f"java -XX:+UseSerialGC -Xss4m -Xmn24m {CDS} -jar {JAR}"),
    # Third round: young generations for the refresh once a worker keeps its parsing slot until saved.
    "r-xmn24-xms40": ("C1 only, -Xmn24m -Xms40m (the launcher's heap before, for every command)",
                      f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xmn24m -Xms40m {POOL} {CDS} -jar {JAR}"),
    "r-xmn16-sr3": ("C1 only, -Xmn16m -Xms24m, survivors a third of the young generation, 80 % full",
                    f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xmn16m -Xms24m -XX:SurvivorRatio=3 "
                    f"-XX:TargetSurvivorRatio=80 {POOL} {CDS} -jar {JAR}"),
    "r-xmn12-sr2": ("C1 only, -Xmn12m -Xms18m, survivors half of the young generation, 80 % full",
                    f"java -XX:+UseSerialGC -Xss4m -XX:TieredStopAtLevel=1 -Xmn12m -Xms18m -XX:SurvivorRatio=2 "
                    f"-XX:TargetSurvivorRatio=80 {POOL} {CDS} -jar {JAR}"),
}


def med(rows, key):
    vals = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
    return statistics.median(vals) if vals else None


def cell_refresh(rows):
    if not rows:
        return "–"
    return (f"{med(rows, 'wall_s'):.2f} s, {med(rows, 'cpu_s'):.2f} CPU-s, "
            f"{med(rows, 'maxrss_kib') / 1024:.0f} MiB")


def cell_startup(rows):
    if not rows:
        return "–"
    return f"{med(rows, 'median_s') * 1000:.0f} ms, {med(rows, 'maxrss_kib') / 1024:.0f} MiB"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--farm", required=True)
    p.add_argument("--variants", default=",".join(VARIANTS))
    p.add_argument("--sizes", default="500,100")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--hf-runs", type=int, default=10)
    p.add_argument("--latency", type=int, default=0, help="farm latency in ms (one value)")
    p.add_argument("--jobs", type=int, default=16, help="kiosque settings.jobs and per-host, as harness.py")
    args = p.parse_args()
    label = "flags-" + dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H%M")
    out = os.path.join(HERE, "results", label)
    names = [v for v in args.variants.split(",") if v]
    unknown = [v for v in names if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    archive = os.path.join(ROOT, "target", "kiosque-refresh.jsa")
    needs = [v for v in names if "kiosque-refresh.jsa" in VARIANTS[v][1]]
    if needs and not os.path.exists(archive) and names[0] != "launcher":
        raise SystemExit(f"{', '.join(needs)} use target/kiosque-refresh.jsa, which does not exist yet: "
                         "put 'launcher' first in --variants (its warm-up run makes the archive)")
    if names[0] == "launcher":
        # As in run.sh: the launcher's warm-up refresh makes the archive the later variants map.
        for stale in glob.glob(os.path.join(ROOT, "target", "kiosque*.jsa*")):
            os.remove(stale)
    sizes = [int(s) for s in args.sizes.split(",")]
    table = {}
    loads = []
    for name in names:
        _, cmd = VARIANTS[name]
        with open("/proc/loadavg") as fh:
            loads.append(float(fh.read().split()[0]))
        subprocess.check_call([sys.executable, os.path.join(HERE, "harness.py"), "--farm", args.farm,
                               "--tools", "kiosque", "--kiosque", cmd, "--sizes", args.sizes, "--latencies", str(args.latency),
                               "--runs", str(args.runs), "--hf-runs", str(args.hf_runs), "--out", out,
                               "--label", name, "--jobs", str(args.jobs), "--per-host", str(args.jobs)], cwd=ROOT)
        with open(os.path.join(out, name + ".json")) as fh:
            table[name] = json.load(fh)["runs"]
    with open("/proc/loadavg") as fh:
        loads.append(float(fh.read().split()[0]))

    head = ["variant", "flags"]
    for n in sizes:
        head += [f"first refresh {n}", f"unchanged {n}", f"headlines {n}"]
    o = [f"# kiosque JVM flags: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC", "",
         f"Command: `python3 bench/flags.py {' '.join(shlex.quote(a) for a in sys.argv[1:])}`. "
         f"Farm latency {args.latency} ms, `jobs: {args.jobs}`; refresh: median of {args.runs} runs (wall, user+sys CPU, peak RSS); "
         f"headlines: hyperfine median of {args.hf_runs} runs and the peak RSS of one run. "
         f"Load average during the runs: {min(loads):.2f}–{max(loads):.2f}.", "",
         "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name in names:
        desc, cmd = VARIANTS[name]
        runs = table[name]
        cells = [f"**{name}**: {desc}", f"`{cmd}`"]
        for n in sizes:
            pick = lambda what: [r for r in runs if r["feeds"] == n and r["name"] == what]
            cells += [cell_refresh(pick("k_first")), cell_refresh(pick("k_again")), cell_startup(pick("k_headlines"))]
        o.append("| " + " | ".join(cells) + " |")
    path = os.path.join(HERE, "results", label + ".md")
    with open(path, "w") as fh:
        fh.write("\n".join(o) + "\n")
    print("\n".join(o))
    print(f"wrote {os.path.relpath(path, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
