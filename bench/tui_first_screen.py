#!/usr/bin/env python3
"""Time to the TUI's first screen against `kiosque headlines` on the same store (issue 4/6).

Runs each command N times and prints medians. The TUI runs in a real pty (100x30); the clock
stops when the status line's help hint ("? help" / "? aide") has been drawn, then the TUI is
sent `q`. `headlines` runs with stdout to a pipe, as a script would.

    python3 bench/tui_first_screen.py --jar target/kiosque.jar --config feeds.yaml --data-dir DIR [--runs 7]
"""
import argparse
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import termios
import time


def first_screen(cmd, env, timeout=30.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(cmd[0], cmd, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.monotonic()
    seen = b""
    elapsed = None
    while time.monotonic() - start < timeout:
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            if b"\x1b[6n" in chunk:                          # answer cursor-position queries like a terminal
                os.write(fd, b"\x1b[30;100R")
            seen += chunk
            if b"? help" in seen or b"? aide" in seen:
                elapsed = time.monotonic() - start
                break
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
    return elapsed


def headlines(cmd, env):
    start = time.monotonic()
    subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.monotonic() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", default="target/kiosque.jar")
    p.add_argument("--config", required=True)
    p.add_argument("--data-dir", required=True)
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--java-opts", default="-XX:+UseSerialGC -Xshare:auto")
    a = p.parse_args()
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    base = ["java"] + a.java_opts.split() + ["-jar", a.jar, "--config", a.config, "--data-dir", a.data_dir, "--offline"]
    headlines(base + ["headlines"], env)                      # warm the page cache
    h = [headlines(base + ["headlines"], env) for _ in range(a.runs)]
    t = [first_screen(base + ["tui"], env) for _ in range(a.runs)]
    t = [x for x in t if x is not None]
    mh, mt = statistics.median(h), statistics.median(t)
    print(f"headlines (pipe)      median {mh * 1000:.0f} ms over {len(h)} runs")
    print(f"TUI first screen (pty) median {mt * 1000:.0f} ms over {len(t)} runs")
    print(f"difference            {(mt - mh) * 1000:+.0f} ms (target: <= +200 ms)")


if __name__ == "__main__":
    main()
