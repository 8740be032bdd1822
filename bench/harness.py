#!/usr/bin/env python3
"""harness.py: whole-process comparisons of kiosque with newsboat and sfeed on feedfarm.

Run it through bench/run.sh (which checks the tools and builds the jar first). For every
(feed count, latency) pair it starts feedfarm.py on 127.0.0.1, writes a kiosque feeds.yaml
pointing at it, and runs, in the same session and on the same farm:

  k_first     kiosque refresh into an empty --data-dir            (newsboat/sfeed: nb_first, sf_first)
  k_again     kiosque refresh --force again, nothing changed: all 304 (nb_steady: newsboat's 3rd+ reload,
                                                                   the first one that is conditional;
                                                                   sfc_again: sfeed_update with the
                                                                   conditional curl fetch() of sfeed's README)
  k_notdue    kiosque refresh again without --force: every feed is
              still fresh by the schedule, nothing is requested      (no anchor: newsboat and sfeed always ask)
  k_headlines kiosque headlines over the store, hyperfine         (nb_unread: newsboat -x print-unread;
                                                                   sf_plain: sfeed_plain over the feed files)

Each network measurement runs --runs times under GNU time (wall, peak RSS, CPU) with the farm's
/stats reset before and read after (requests, 304s, bytes). Every process gets a scratch HOME
and XDG directories. Results: DIR/DATE.md (the table of medians) and DIR/DATE.json (every run).
Stdlib only.
"""

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# sfeed's README ("Caching, incremental data updates and bandwidth-saving") suggests overriding
# fetch() in sfeedrc so that curl sends ETag / If-Modified-Since and asks for gzip.
SFEED_CONDITIONAL_FETCH = r'''
fetch() {
	etagfile="${sfeedpath}/.etags/$(basename "$3")"
	mkdir -p "${sfeedpath}/.etags"
	curl -L --max-redirs 0 -H "User-Agent:" -f -s -m 15 --compressed \
		--etag-save "${etagfile}" --etag-compare "${etagfile}" -z "${etagfile}" "$2" 2>/dev/null
}
'''

STAT_KEYS = ("requests", "not_modified_304", "gzip_responses", "bytes_body", "bytes_total",
             "connections", "max_concurrent_connections", "http_versions", "status")


def log(*parts):
    print(time.strftime("[%H:%M:%S]"), *parts, file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as fh:
        return float(fh.read().split()[0])


class Farm:
    """feedfarm.py as a child process; stopped by its own PID only."""

    def __init__(self, farm_py, feeds, latency_ms, port, lists_dir, logfile):
        cmd = [sys.executable, farm_py, "--feeds", str(feeds), "--latency-ms", str(latency_ms),
               "--port", str(port), "--write-urls", lists_dir, "--max-seconds", "7200"]
        self.err = open(logfile, "w")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.err, text=True)
        line = self.proc.stdout.readline()
        if "READY" not in line:
            self.stop()
            raise SystemExit(f"feedfarm did not start: {line!r} (see {logfile})")
        self.base = f"http://127.0.0.1:{port}"
        log(line.strip())

    def _get(self, path):
        with urllib.request.urlopen(self.base + path, timeout=30) as r:
            return json.load(r)

    def reset(self):
        self._get("/stats/reset")

    def stats(self):
        s = self._get("/stats")
        return {k: s.get(k) for k in STAT_KEYS}

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.err.close()


def timed(cmd, env, cwd, prefix, timeout):
    """Runs cmd under GNU time: wall (s), peak RSS (KiB), user+sys CPU (s), exit code."""
    tfile = prefix + ".time"
    full = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", tfile] + cmd
    with open(prefix + ".out", "wb") as out, open(prefix + ".err", "wb") as err:
        t0 = time.monotonic()
        try:
            rc = subprocess.call(full, env=env, cwd=cwd, stdout=out, stderr=err, timeout=timeout)
        except subprocess.TimeoutExpired:
            rc = "timeout"
        wall = time.monotonic() - t0
    try:
        with open(tfile) as fh:
            f = fh.read().split("\n")[-2].split()
        rss, cpu = int(f[1]), float(f[2]) + float(f[3])
    except (OSError, IndexError, ValueError):
        rss, cpu = None, None
    return {"wall_s": round(wall, 4), "maxrss_kib": rss, "cpu_s": cpu and round(cpu, 3), "rc": rc}


def hyperfine(cmd, env, cwd, runs, warmup, jsonfile):
    """Median wall time of a short command, by hyperfine (no shell), output discarded."""
    line = " ".join(shlex.quote(c) for c in cmd)
    subprocess.check_call(["hyperfine", "-N", "--warmup", str(warmup), "--runs", str(runs),
                           "--style", "none", "--export-json", jsonfile, line],
                          env=env, cwd=cwd, stdout=subprocess.DEVNULL)
    with open(jsonfile) as fh:
        r = json.load(fh)["results"][0]
    return {"median_s": r["median"], "mean_s": r["mean"], "stddev_s": r["stddev"],
            "min_s": r["min"], "max_s": r["max"], "runs": runs}


def write_feeds_yaml(manifest_file, path, jobs, per_host):
    """A kiosque feeds.yaml with every farm feed, one section per farm section."""
    with open(manifest_file) as fh:
        manifest = json.load(fh)
    sections = {}
    for f in manifest["feeds"]:
        sections.setdefault(f["section"], []).append(f)
    lines = ["# generated by bench/harness.py from the farm's manifest.json", "sections:"]
    for name, feeds in sections.items():
        # JSON strings are valid YAML scalars: quotes, accents and '|' stay safe.
        lines += [f"  - name: {json.dumps(name, ensure_ascii=False)}", "    feeds:"]
        for f in feeds:
            lines += [f"      - url: {f['url']}", f"        name: {json.dumps(f['title'], ensure_ascii=False)}"]
    lines += ["settings:", f"  jobs: {jobs}", f"  per-host: {per_host}", "  timeout: 30s", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


class Session:
    """One (feeds, latency) configuration: the farm, the scratch directories, the runs."""

    def __init__(self, args, n, lat, work, results):
        self.args, self.n, self.lat, self.results = args, n, lat, results
        self.tag = f"n{n}-l{lat}"
        self.d = os.path.join(work, self.tag)
        home = os.path.join(self.d, "home")
        os.makedirs(home, exist_ok=True)
        self.env = dict(os.environ, HOME=home, LANG="C.UTF-8", LC_ALL="C.UTF-8",
                        XDG_CONFIG_HOME=os.path.join(home, ".config"),
                        XDG_DATA_HOME=os.path.join(home, ".local/share"),
                        XDG_CACHE_HOME=os.path.join(home, ".cache"))
        self.env.pop("KIOSQUE_CONFIG", None)
        self.lists = os.path.join(self.d, "lists")
        self.farm = None

    def measure(self, name, cmd, prepare=None, env=None):
        if prepare:
            prepare()
        self.farm.reset()
        i = sum(1 for r in self.results if r["config"] == self.tag and r["name"] == name)
        r = timed(cmd, env or self.env, self.d, os.path.join(self.d, f"{name}.{i}"), self.args.timeout)
        r.update(self.farm.stats())
        r.update({"name": name, "config": self.tag, "feeds": self.n, "latency_ms": self.lat})
        self.results.append(r)
        log(f"{self.tag} {name}: {r['wall_s']:.2f} s, {(r['maxrss_kib'] or 0) / 1024:.1f} MiB, rc {r['rc']}, "
            f"{r['requests']} req / {r['not_modified_304']} 304, {r['bytes_total']} B, "
            f"{r['connections']} conns")
        if r["rc"] not in (0,):
            log(f"  !! exit code {r['rc']}: see {self.d}/{name}.{i}.err")
        return r

    def add_startup(self, name, cmd, env=None):
        env = env or self.env
        r = timed(cmd, env, self.d, os.path.join(self.d, name), self.args.timeout)
        with open(os.path.join(self.d, name + ".out"), "rb") as fh:
            out = fh.read()
        r["output_lines"], r["output_bytes"] = out.count(b"\n"), len(out)
        r.update(hyperfine(cmd, env, self.d, self.args.hf_runs, self.args.hf_warmup,
                           os.path.join(self.d, name + ".hf.json")))
        r.update({"name": name, "config": self.tag, "feeds": self.n, "latency_ms": self.lat})
        self.results.append(r)
        log(f"{self.tag} {name}: median {r['median_s'] * 1000:.1f} ms (± {r['stddev_s'] * 1000:.1f}), "
            f"{(r['maxrss_kib'] or 0) / 1024:.1f} MiB, {r['output_lines']} lines, rc {r['rc']}")

    def run(self, with_startup):
        a = self.args
        self.farm = Farm(a.farm_py, self.n, self.lat, a.port, self.lists, os.path.join(self.d, "farm.log"))
        try:
            if "kiosque" in a.tools:
                self.kiosque(with_startup)
            if "newsboat" in a.tools:
                self.newsboat(with_startup)
            if "sfeed" in a.tools:
                self.sfeed(with_startup)
        finally:
            self.farm.stop()

    def kiosque(self, with_startup):
        cfg = os.path.join(self.d, "feeds.yaml")
        write_feeds_yaml(os.path.join(self.lists, "manifest.json"), cfg, self.args.jobs, self.args.per_host)
        data = os.path.join(self.d, "kiosque-data")
        base = self.args.kiosque + ["--config", cfg, "--data-dir", data]
        # One unmeasured refresh first, into another directory: the jar is in the page cache and
        # the launcher's class-data-sharing archive exists, as for anyone who ran kiosque before.
        warm = os.path.join(self.d, "kiosque-warm")
        timed(self.args.kiosque + ["--config", cfg, "--data-dir", warm, "refresh"], self.env, self.d,
              os.path.join(self.d, "k_warmup"), self.args.timeout)
        shutil.rmtree(warm, ignore_errors=True)
        for _ in range(self.args.runs):
            self.measure("k_first", base + ["refresh"], lambda: shutil.rmtree(data, ignore_errors=True))
        # --force: a plain second refresh asks for nothing (every feed is still fresh by the
        # schedule), so it would not measure the conditional requests the anchors make.
        for _ in range(self.args.runs):
            self.measure("k_again", base + ["refresh", "--force"])
        for _ in range(self.args.runs):
            self.measure("k_notdue", base + ["refresh"])
        if with_startup:
            tsv = subprocess.run(base + ["headlines", "--format", "tsv"], env=self.env, cwd=self.d,
                                 capture_output=True, timeout=self.args.timeout)
            count = tsv.stdout.count(b"\n")
            log(f"{self.tag} kiosque store holds {count} headlines (rc {tsv.returncode})")
            self.add_startup("k_headlines", base + ["headlines"])

    def newsboat(self, with_startup):
        cfg = os.path.join(self.d, "newsboat.config")
        with open(cfg, "w") as fh:
            fh.write(f"reload-threads {self.args.threads}\ndownload-timeout 30\n")
        cache = os.path.join(self.d, "newsboat-cache.db")
        nb = ["newsboat", "-u", os.path.join(self.lists, "urls"), "-c", cache, "-C", cfg]

        def empty_cache():
            for suffix in ("", ".lock", "-journal", "-wal", "-shm"):
                if os.path.exists(cache + suffix):
                    os.remove(cache + suffix)

        for _ in range(self.args.runs):
            self.measure("nb_first", nb + ["-x", "reload"], empty_cache)
        # newsboat 2.21 stores a new feed's validators only from its second reload on (see the
        # feedfarm README), so the second reload is unconditional: do it unmeasured.
        timed(nb + ["-x", "reload"], self.env, self.d, os.path.join(self.d, "nb_second"), self.args.timeout)
        for _ in range(self.args.runs):
            self.measure("nb_steady", nb + ["-x", "reload"])
        if with_startup:
            self.add_startup("nb_unread", nb + ["-x", "print-unread"])

    def sfeed(self, with_startup):
        stock = os.path.join(self.lists, "sfeedrc")
        conditional = os.path.join(self.d, "sfeedrc-conditional")
        with open(stock) as fh, open(conditional, "w") as out:
            out.write(fh.read() + SFEED_CONDITIONAL_FETCH)
        sf_dir = os.path.join(self.d, "sfeed")
        env = dict(self.env, SFEED_PATH=sf_dir, SFEED_MAXJOBS=str(self.args.sfeed_jobs))
        for _ in range(self.args.runs):
            self.measure("sf_first", ["sfeed_update", stock], lambda: shutil.rmtree(sf_dir, ignore_errors=True), env)
        if with_startup:
            files = sorted(os.path.join(sf_dir, f) for f in os.listdir(sf_dir) if not f.startswith("."))
            self.add_startup("sf_plain", ["sfeed_plain"] + files, env)
        sfc_dir = os.path.join(self.d, "sfeed-conditional")
        envc = dict(env, SFEED_PATH=sfc_dir)
        timed(["sfeed_update", conditional], envc, self.d, os.path.join(self.d, "sfc_first"), self.args.timeout)
        for _ in range(self.args.runs):
            self.measure("sfc_again", ["sfeed_update", conditional], None, envc)


# ---------------------------------------------------------------- report

def med(rows, key):
    vals = [r[key] for r in rows if isinstance(r.get(key), (int, float))]
    return statistics.median(vals) if vals else None


def summarize(results):
    groups = {}
    for r in results:
        groups.setdefault((r["feeds"], r["latency_ms"], r["name"]), []).append(r)
    out = {}
    for key, rows in groups.items():
        s = {k: med(rows, k) for k in ("wall_s", "maxrss_kib", "cpu_s", "requests", "not_modified_304",
                                       "bytes_total", "connections", "max_concurrent_connections",
                                       "median_s", "stddev_s", "output_lines")}
        walls = [r["wall_s"] for r in rows]
        if s["median_s"] is not None:          # hyperfine: its own spread, not that of the RSS run
            walls = [med(rows, "min_s"), med(rows, "max_s")]
        s.update({"runs": len(rows), "wall_min": min(walls), "wall_max": max(walls),
                  "maxrss_max_kib": max((r["maxrss_kib"] or 0) for r in rows),
                  "bad_rc": sum(1 for r in rows if r["rc"] != 0)})
        out[key] = s
    return out


def fmt_s(v):
    if v is None:
        return "–"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def fmt_bytes(b):
    if b is None:
        return "–"
    if b >= 1 << 20:
        return f"{b / (1 << 20):.2f} MiB"
    return f"{b / 1024:.1f} KiB" if b >= 1024 else f"{b:.0f} B"


def fmt_mib(kib):
    return "–" if kib is None else f"{kib / 1024:.1f} MiB"


def ratio(a, b):
    return "–" if a is None or not b else f"{a / b:.2f}"


TARGETS = {("first", 500, 50): "≤ 5 s", ("again", 500, 50): "≤ 2.5 s", ("headlines", 500): "≤ 0.45 s",
           ("headlines", 100): "≤ 0.30 s", ("rss", 500): "≤ 75 MiB"}


def comparison_rows(summary, sizes, latencies):
    """(measure, kiosque, anchor, ratio, target, command) rows for the main table."""
    rows = []

    def get(n, lat, name, key):
        s = summary.get((n, lat, name))
        return None if s is None else s.get(key)

    def spread(n, lat, name):
        s = summary.get((n, lat, name))
        return "" if s is None or s["runs"] < 2 else f" ({fmt_s(s['wall_min'])}–{fmt_s(s['wall_max'])})"

    for n in sizes:
        for lat in latencies:
            k = get(n, lat, "k_first", "wall_s")
            for anchor, label, cmd in (("nb_first", "newsboat", "`newsboat -x reload` (empty cache)"),
                                       ("sf_first", "sfeed", "`sfeed_update` (empty dir)")):
                a = get(n, lat, anchor, "wall_s")
                if k is not None or a is not None:
                    rows.append((f"first refresh, {n} feeds × 30, {lat} ms", fmt_s(k) + spread(n, lat, "k_first"),
                                 f"{label} {fmt_s(a)}{spread(n, lat, anchor)}", ratio(k, a),
                                 TARGETS.get(("first", n, lat), ""), f"`kiosque refresh` vs {cmd}"))
    for n in sizes:
        for lat in latencies:
            k = get(n, lat, "k_again", "wall_s")
            for anchor, label, cmd in (("nb_steady", "newsboat", "`newsboat -x reload` (3rd+, all 304)"),
                                       ("sfc_again", "sfeed+curl -z", "`sfeed_update` with the README's conditional fetch()")):
                a = get(n, lat, anchor, "wall_s")
                if k is not None or a is not None:
                    rows.append((f"unchanged refresh, {n} feeds, {lat} ms", fmt_s(k) + spread(n, lat, "k_again"),
                                 f"{label} {fmt_s(a)}{spread(n, lat, anchor)}", ratio(k, a),
                                 TARGETS.get(("again", n, lat), ""), f"`kiosque refresh --force` again vs {cmd}"))
    for n in sizes:
        for lat in latencies:
            k = get(n, lat, "k_notdue", "wall_s")
            if k is not None:
                rows.append((f"refresh again, nothing due, {n} feeds, {lat} ms", fmt_s(k) + spread(n, lat, "k_notdue"),
                             "– (newsboat and sfeed always ask)", "–", "",
                             "`kiosque refresh` again: the schedule keeps every fresh feed off the network"))
    lat0 = latencies[0]
    for n in sizes:
        k = get(n, lat0, "k_headlines", "median_s")
        for anchor, label, cmd in (("nb_unread", "newsboat", "`newsboat -x print-unread`"),
                                   ("sf_plain", "sfeed_plain", "`sfeed_plain FILES`")):
            a = get(n, lat0, anchor, "median_s")
            if k is not None or a is not None:
                rows.append((f"headlines from the store, {n} feeds ({n * 30} items)", fmt_s(k), f"{label} {fmt_s(a)}",
                             ratio(k, a), TARGETS.get(("headlines", n), ""),
                             f"`kiosque headlines` vs {cmd} (hyperfine median)"))
    for n in sizes:
        for lat in latencies:
            k = get(n, lat, "k_first", "maxrss_kib")
            a = get(n, lat, "nb_first", "maxrss_kib")
            if k is not None or a is not None:
                rows.append((f"peak RSS, first refresh, {n} feeds, {lat} ms", fmt_mib(k), f"newsboat {fmt_mib(a)}",
                             ratio(k, a), TARGETS.get(("rss", n), ""), "GNU time `%M`, median of the runs"))
    for n in sizes:
        lat = latencies[0]
        for mine, anchors, what in (("k_first", (("nb_first", "newsboat"), ("sf_first", "sfeed")), "first refresh"),
                                    ("k_again", (("nb_steady", "newsboat"), ("sfc_again", "sfeed+curl -z")),
                                     "unchanged refresh")):
            k = get(n, lat, mine, "bytes_total")
            for anchor, label in anchors:
                a = get(n, lat, anchor, "bytes_total")
                if k is not None or a is not None:
                    rows.append((f"bytes on the wire, {what}, {n} feeds", fmt_bytes(k), f"{label} {fmt_bytes(a)}",
                                 ratio(k, a), "", "farm `/stats` `bytes_total` (headers included)"))
    return rows


NAMES = {"k_first": "kiosque refresh, empty store", "k_again": "kiosque refresh --force, unchanged (all 304)",
         "k_notdue": "kiosque refresh, unchanged, nothing due (no request)",
         "k_headlines": "kiosque headlines", "nb_first": "newsboat reload, empty cache",
         "nb_steady": "newsboat reload, 3rd+ (all 304)", "nb_unread": "newsboat -x print-unread",
         "sf_first": "sfeed_update, empty dir", "sfc_again": "sfeed_update + conditional fetch(), again",
         "sf_plain": "sfeed_plain"}


def markdown(summary, meta):
    a = meta["args"]
    o = [f"# kiosque vs newsboat and sfeed: {meta['date']}", "",
         f"Machine: {meta['machine']}. Load average {meta['load_start']:.2f} at the start, "
         f"{meta['load_end']:.2f} at the end"
         + (" — **the machine was busy: treat these figures as provisional**" if max(meta['load_start'], meta['load_end']) > 3 else "")
         + ".", "",
         f"Command: `{meta['command']}` (kiosque {meta['kiosque_rev']}). "
         f"Wall times: median of {a['runs']} runs (min–max); headlines: hyperfine median of {a['hf_runs']} runs "
         f"after {a['hf_warmup']} warm-ups. kiosque settings `jobs: {a['jobs']}`, `per-host: {a['per_host']}`; "
         f"newsboat `reload-threads {a['threads']}`; sfeed `maxjobs {a['sfeed_jobs']}`. "
         "Ratio = kiosque / anchor (below 1: kiosque is faster, smaller or lighter).", "",
         "| measure | kiosque | anchor | ratio | target | command |", "|---|---:|---:|---:|---|---|"]
    for row in comparison_rows(summary, a["sizes"], a["latencies"]):
        o.append("| " + " | ".join(row) + " |")
    o += ["", "Every measurement (medians):", "",
          "| what | feeds | lat ms | runs | wall | min–max | peak RSS | CPU s | requests / 304 | bytes total | conns (max parallel) | bad exit |",
          "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for (n, lat, name), s in sorted(summary.items(), key=lambda kv: (kv[0][0], kv[0][1], list(NAMES).index(kv[0][2]))):
        wall = s["median_s"] if s.get("median_s") is not None else s["wall_s"]
        req = "–" if s["requests"] is None else f"{s['requests']:.0f} / {s['not_modified_304']:.0f}"
        conns = "–" if s["connections"] is None else f"{s['connections']:.0f} ({s['max_concurrent_connections']:.0f})"
        o.append(f"| {NAMES.get(name, name)} | {n} | {lat} | {s['runs']} | {fmt_s(wall)} | "
                 f"{fmt_s(s['wall_min'])}–{fmt_s(s['wall_max'])} | {fmt_mib(s['maxrss_kib'])} | "
                 f"{s['cpu_s'] if s['cpu_s'] is not None else '–'} | {req} | {fmt_bytes(s['bytes_total'])} | {conns} | {s['bad_rc']} |")
    o += ["", "(Headlines rows: wall and min–max from hyperfine; peak RSS and CPU from one GNU time run.)", "",
          "Versions: " + "; ".join(f"{k}: {v}" for k, v in meta["versions"].items()), ""]
    return "\n".join(o)


def first_line(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (p.stdout or p.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError) as e:
        return f"? ({e})"


def machine():
    model = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            model = next(l.split(":", 1)[1].strip() for l in fh if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1 << 30)
    return f"{os.cpu_count()} CPUs ({model}), {mem:.0f} GiB RAM, Linux {platform.release()}"


def absolute(token):
    """A command token naming a file of the repository (./kiosque, target/kiosque.jar, or after
    an '=' as in -XX:SharedArchiveFile=target/kiosque.jsa), made absolute: runs start elsewhere."""
    head, sep, tail = token.rpartition("=")
    path = tail if sep else token
    if path and not os.path.isabs(path) and os.path.exists(os.path.join(ROOT, path)):
        return head + sep + os.path.normpath(os.path.join(ROOT, path))
    return token


def shown(value):
    """A recorded argument with repository paths made relative, so results name no machine."""
    if isinstance(value, list):
        return [shown(v) for v in value]
    if isinstance(value, str) and os.path.isabs(value.rpartition("=")[2]):
        head, sep, path = value.rpartition("=")
        return head + sep + os.path.relpath(path, ROOT)
    return value


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--farm", required=True, help="directory holding feedfarm.py")
    p.add_argument("--kiosque", default=os.path.join(ROOT, "kiosque"),
                   help="kiosque command, split like a shell line (default: the ./kiosque launcher)")
    p.add_argument("--sizes", default="100,500")
    p.add_argument("--latencies", default="0,50")
    p.add_argument("--runs", type=int, default=5, help="runs of each network measurement")
    p.add_argument("--hf-runs", type=int, default=10, help="hyperfine runs of each headlines command")
    p.add_argument("--hf-warmup", type=int, default=3)
    p.add_argument("--tools", default="kiosque,newsboat,sfeed")
    p.add_argument("--no-headlines", action="store_true", help="skip the headlines (startup) measurements")
    p.add_argument("--jobs", type=int, default=16, help="kiosque settings.jobs (requests in flight)")
    p.add_argument("--per-host", type=int, default=16,
                   help="kiosque settings.per-host (every farm feed is on one host; = jobs: as if on many)")
    p.add_argument("--threads", type=int, default=4, help="newsboat reload-threads")
    p.add_argument("--sfeed-jobs", type=int, default=8, help="sfeed maxjobs")
    p.add_argument("--port", type=int, default=18790)
    p.add_argument("--timeout", type=float, default=900, help="seconds before a command is given up")
    p.add_argument("--out", default=os.path.join(HERE, "results"))
    p.add_argument("--label", default=None, help="file name of the results (default: UTC date-time)")
    p.add_argument("--keep-work", action="store_true")
    args = p.parse_args()
    args.sizes = [int(x) for x in args.sizes.split(",") if x]
    args.latencies = [int(x) for x in args.latencies.split(",") if x]
    args.tools = [t for t in args.tools.split(",") if t]
    args.kiosque = [absolute(t) for t in shlex.split(args.kiosque)]
    args.farm_py = os.path.join(os.path.abspath(args.farm), "feedfarm.py")
    if not os.path.isfile(args.farm_py):
        raise SystemExit(f"no feedfarm.py in {args.farm}")

    label = args.label or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H%M")
    rev = subprocess.run(["git", "-C", ROOT, "describe", "--always", "--dirty"], capture_output=True, text=True).stdout.strip()
    meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "label": label,
            "machine": machine(), "load_start": loadavg(), "kiosque_rev": rev or "?",
            "command": os.environ.get("KIOSQUE_BENCH_COMMAND")
                       or " ".join(shlex.quote(x) for x in [os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:]),
            "versions": {"java": first_line(["java", "-version"]), "newsboat": first_line(["newsboat", "--version"]),
                         "sfeed": first_line(["dpkg-query", "-W", "-f", "${Version}", "sfeed"]),
                         "curl": first_line(["curl", "--version"]), "hyperfine": first_line(["hyperfine", "--version"])},
            "args": {k: shown(v) for k, v in vars(args).items() if k not in ("out", "farm_py")}}
    work = tempfile.mkdtemp(prefix="kiosque-bench-")
    results = []
    try:
        for n in args.sizes:
            for i, lat in enumerate(args.latencies):
                # The store does not depend on the latency: headlines are measured once per size.
                Session(args, n, lat, work, results).run(with_startup=(i == 0 and not args.no_headlines))
    finally:
        meta["load_end"] = loadavg()
        os.makedirs(args.out, exist_ok=True)
        summary = summarize(results)
        base = os.path.join(args.out, label)
        with open(base + ".json", "w") as fh:
            json.dump({"meta": meta, "runs": results}, fh, indent=1, ensure_ascii=False)
        with open(base + ".md", "w") as fh:
            fh.write(markdown(summary, meta))
        log(f"wrote {os.path.relpath(base, ROOT)}.md and .json")
        if args.keep_work:
            log(f"work directory kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
