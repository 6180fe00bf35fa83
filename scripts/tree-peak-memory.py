#!/usr/bin/env python3
"""Runs a command and prints the peak of the summed memory (MB) of it and every process it starts
(a check and its document workers), sampled every 20 ms from /proc: proportional set sizes (PSS),
so the pages of shared libraries the processes share are counted once, not once per process;
with --rss, resident set sizes summed as they are (which counts shared pages in every process).
/usr/bin/time -f %M gives the largest single process's RSS instead.
Usage: tree-peak-memory.py [--rss] COMMAND [ARG...]   (the command's output goes to /dev/null)"""
import os, subprocess, sys, time

def tree_rss_kb(root):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, ValueError):
            pass
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status" if RSS else f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("VmRSS:" if RSS else "Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total

RSS = len(sys.argv) > 1 and sys.argv[1] == "--rss"
command = sys.argv[2:] if RSS else sys.argv[1:]
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = 0
while process.poll() is None:
    peak = max(peak, tree_rss_kb(process.pid))
    time.sleep(0.02)
print(peak // 1024)
