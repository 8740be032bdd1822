#!/usr/bin/env python3
"""The TUI through a real pty against `kiosque headlines` on the same store (issues 4 and 6).

First screen: runs each command N times and prints medians. The TUI runs in a real pty (100x30,
or --size); the clock stops when the status line's help hint ("? help" / "? aide") has been
drawn, then the TUI is sent `q`. `headlines` runs with stdout to a pipe, as a script would.
--runs 0 skips this part.

One step: in one more TUI session (which opens with the focus on the first section's headlines),
`j` is sent --steps times, one at a time, then `k` as many times; for each step the script counts
the bytes the TUI writes to the pty and the time from the key to the last of those bytes (the
output is over when nothing more comes for --quiet-ms). Medians and maxima are printed for all
steps, and for the steps down and up apart, inside the page and scrolling the list (a step that
scrolls writes an index, a reverse index or a scroll region). --dump DIR keeps each step's
bytes. Use a store whose first section holds 10 000 items or more (bench/README.md says how to
make one).

    python3 bench/tui_first_screen.py --config feeds.yaml --data-dir DIR [--runs 7] [--steps 50]
    python3 bench/tui_first_screen.py --kiosque "java -jar target/kiosque.jar" ...   # another command
"""
import argparse
import fcntl
import shlex
import os
import pty
import re
import select
import statistics
import struct
import subprocess
import termios
import time


SIZE = (100, 30)                                            # columns, rows of the pty (--size)
SCROLL = re.compile(rb"\x1b\[\d+;\d+r|\x1bD|\x1bM")               # a scroll region, index or reverse index: the step scrolled


def start_tui(cmd, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    return pid, fd


def read_chunk(fd, timeout):
    """One read from the pty (answering cursor-position queries like a terminal), or None at EOF/timeout."""
    r, _, _ = select.select([fd], [], [], timeout)
    if fd not in r:
        return None
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return b""
    if b"\x1b[6n" in chunk:
        os.write(fd, b"\x1b[%d;%dR" % (SIZE[1], SIZE[0]))
    return chunk


def wait_first_screen(fd, start, timeout=30.0):
    seen = b""
    while time.monotonic() - start < timeout:
        chunk = read_chunk(fd, 0.05)
        if chunk == b"":
            return None
        if chunk:
            seen += chunk
            if b"? help" in seen or b"? aide" in seen:
                return time.monotonic() - start
    return None


def drain(fd, quiet):
    """Reads until nothing comes for `quiet` seconds; returns (bytes read, time of the last byte)."""
    seen, last = b"", None
    while True:
        chunk = read_chunk(fd, quiet)
        if not chunk:
            return seen, last
        seen += chunk
        last = time.monotonic()


def stop_tui(pid, fd):
    os.write(fd, b"q")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 0.1)
        if fd in r:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, 9)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def first_screen(cmd, env):
    pid, fd = start_tui(cmd, env)
    elapsed = wait_first_screen(fd, time.monotonic())
    stop_tui(pid, fd)
    return elapsed


def steps(cmd, env, count, quiet, dump=None):
    """Per step, (key, bytes written, milliseconds to the last byte, whether the terminal scrolled):
    `count` steps down the first section's headlines (j), then `count` steps back up (k). Steps
    past the first page scroll the list. With `dump`, each step's bytes go to DUMP/NNN-KEY.bin."""
    pid, fd = start_tui(cmd, env)
    try:
        if wait_first_screen(fd, time.monotonic()) is None:
            raise SystemExit("the TUI did not draw its first screen")
        drain(fd, 0.5)                                      # the TUI opens on the first section's headlines
        out = []
        for i, key in enumerate([b"j"] * count + [b"k"] * count):
            sent = time.monotonic()
            os.write(fd, key)
            seen, last = drain(fd, quiet)
            if dump:
                with open(os.path.join(dump, "%03d-%s.bin" % (i, key.decode())), "wb") as f:
                    f.write(seen)
            out.append((key.decode(), len(seen), None if last is None else (last - sent) * 1000,
                        bool(SCROLL.search(seen))))
        return out
    finally:
        stop_tui(pid, fd)


def report(label, st):
    """One line of medians and maxima for some steps."""
    if not st:
        print(f"  {label:<22} none")
        return
    sizes = [n for _, n, _, _ in st]
    times = [ms for _, _, ms, _ in st if ms is not None]
    print(f"  {label:<22} {len(st):3d} steps: bytes median {statistics.median(sizes):.0f}, max {max(sizes)} "
          f"(target <= 200); key to last byte median {statistics.median(times):.1f} ms, max {max(times):.1f} ms "
          f"(target <= 5 ms)")


def headlines(cmd, env):
    start = time.monotonic()
    subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.monotonic() - start


def main():
    p = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p.add_argument("--kiosque", default=os.path.join(root, "kiosque"),
                   help="the command, split like a shell line (default: the ./kiosque launcher)")
    p.add_argument("--config", required=True)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--steps", type=int, default=50, help="steps down the list (0: none)")
    p.add_argument("--quiet-ms", type=float, default=100, help="a step's output is over after this much silence")
    p.add_argument("--size", default="100x30", help="columns x rows of the pty")
    p.add_argument("--dump", help="a directory to write each step's bytes to")
    a = p.parse_args()
    global SIZE
    SIZE = tuple(int(x) for x in a.size.split("x"))
    if a.dump:
        os.makedirs(a.dump, exist_ok=True)
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    base = shlex.split(a.kiosque) + ["--config", a.config, "--data-dir", a.data_dir, "--offline"]
    headlines(base + ["headlines"], env)                      # warm the page cache
    first_screen(base + ["tui"], env)                         # and make the launcher's TUI archive
    if a.runs > 0:                                            # --runs 0: the steps only
        h = [headlines(base + ["headlines"], env) for _ in range(a.runs)]
        t = [first_screen(base + ["tui"], env) for _ in range(a.runs)]
        t = [x for x in t if x is not None]
        mh, mt = statistics.median(h), statistics.median(t)
        print(f"headlines (pipe)      median {mh * 1000:.0f} ms over {len(h)} runs")
        print(f"TUI first screen (pty) median {mt * 1000:.0f} ms over {len(t)} runs")
        print(f"difference            {(mt - mh) * 1000:+.0f} ms (target: <= +200 ms)")
    if a.steps > 0:
        count = subprocess.run(base + ["headlines", "--format", "tsv"], env=env, capture_output=True, check=True)
        lines = count.stdout.count(b"\n")
        st = steps(base + ["tui"], env, a.steps, a.quiet_ms / 1000, a.dump)
        print(f"one step ({lines} items in the store, {a.size}, {a.steps} x j then {a.steps} x k):")
        report("all steps", st)
        report("j inside the page", [x for x in st if x[0] == "j" and not x[3]])
        report("j scrolling", [x for x in st if x[0] == "j" and x[3]])
        report("k inside the page", [x for x in st if x[0] == "k" and not x[3]])
        report("k scrolling", [x for x in st if x[0] == "k" and x[3]])


if __name__ == "__main__":
    main()
