#!/usr/bin/env python3
"""Load test of `auditready serve` on loopback: many clients upload many archives through the API.

Starts a server on a fresh data folder (or uses --base with --token), makes a token, then CLIENTS
threads upload UPLOADS archives between them (the Corpus samples, round robin) with
`POST /api/v1/checks`, and poll each check until it is done or failed. At the end it checks that
every upload got exactly one check, every check is done, its report.json names the uploaded file,
and the list endpoint holds exactly those checks (none lost, none judged twice), and prints the
figures: wall time, uploads per second, upload latency, time to done, and the peak memory of the
server and its document workers together (proportional set size sampled from /proc every 50 ms).

    scripts/load-test.py --auditready .build-release/release/auditready [--clients 20] [--uploads 200]

Exit status 0 when every check ended done and none was lost; 1 otherwise. Not part of the test
suite (it takes minutes): figures go in docs/performance.md.
"""
import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "Corpus", "samples")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_pss_kb(root):
    """Summed proportional set size of `root` and every process under it, in KB."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(entry))
        except (OSError, ValueError):
            pass
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def request(method, url, token, body=None, headers=None, timeout=60):
    """One HTTP request; (status, body bytes)."""
    req = urllib.request.Request(url, data=body, method=method)
    req.add_header("Authorization", f"Bearer {token}")
    for key, value in (headers or {}).items():
        req.add_header(key, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def multipart(path, name, fields):
    """A multipart/form-data body with `fields` and the file at `path` as `archive`."""
    boundary = uuid.uuid4().hex
    parts = []
    for key, value in fields.items():
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n".encode())
    with open(path, "rb") as f:
        data = f.read()
    parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"{name}\"\r\n"
                 f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--auditready", default=os.path.join(ROOT, ".build-release/release/auditready"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--uploads", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds for the whole run")
    arguments = parser.parse_args()

    samples = sorted(f for f in os.listdir(SAMPLES) if f.endswith((".zip", ".tar.gz")))
    data = tempfile.mkdtemp(prefix="auditready-load-")
    environment = dict(os.environ, OMP_THREAD_LIMIT="1")
    token = subprocess.run([arguments.auditready, "token", "create", "--data", data, "--org", "Load Test"],
                           check=True, capture_output=True, text=True, env=environment).stdout.strip().split()[-1]
    port = free_port()
    # The server's log goes to a file: a pipe nobody reads fills at 64 KiB and stops the server.
    log = open(os.path.join(data, "server.log"), "w")
    server = subprocess.Popen([arguments.auditready, "serve", "--data", data, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=log, env=environment)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.05)

    peak = [0]
    sampling = threading.Event()

    def sample():
        while not sampling.is_set():
            peak[0] = max(peak[0], tree_pss_kb(server.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()

    lock = threading.Lock()
    uploaded = {}  # upload index -> (check id, file name, upload seconds, time uploaded)
    finished = {}  # check id -> (status, seconds from upload to the end)
    problems = []
    next_upload = [0]
    start = time.monotonic()
    deadline = start + arguments.timeout

    def client():
        while True:
            with lock:
                index = next_upload[0]
                if index >= arguments.uploads:
                    return
                next_upload[0] += 1
            sample_name = samples[index % len(samples)]
            name = f"supplier-{index:04d}-{sample_name}"
            truth_path = os.path.join(SAMPLES, sample_name.split(".")[0] + ".truth.json")
            with open(truth_path) as f:
                as_of = json.load(f)["asOf"]
            body, content_type = multipart(os.path.join(SAMPLES, sample_name), name, {"asOf": as_of})
            began = time.monotonic()
            status, answer = request("POST", f"{base}/api/v1/checks", token, body, {"Content-Type": content_type})
            took = time.monotonic() - began
            if status != 201:
                with lock:
                    problems.append(f"upload {index}: HTTP {status} {answer[:200]!r}")
                continue
            check_id = json.loads(answer)["id"]
            with lock:
                uploaded[index] = (check_id, name, took, time.monotonic())
            while time.monotonic() < deadline:
                status, answer = request("GET", f"{base}/api/v1/checks/{check_id}", token)
                state = json.loads(answer).get("status") if status == 200 else None
                if state in ("done", "failed"):
                    with lock:
                        finished[check_id] = (state, time.monotonic() - uploaded[index][3])
                    break
                time.sleep(0.5)

    threads = [threading.Thread(target=client) for _ in range(arguments.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - start

    # Every check: done, its report names its upload; the list holds exactly these checks.
    for index, (check_id, name, _, _) in sorted(uploaded.items()):
        state = finished.get(check_id, ("not finished in time",))[0]
        if state != "done":
            problems.append(f"upload {index} ({name}): {state}")
            continue
        status, answer = request("GET", f"{base}/api/v1/checks/{check_id}/report.json", token)
        if status != 200 or json.loads(answer).get("input") != name:
            problems.append(f"upload {index} ({name}): report.json HTTP {status}, not the report of {name}")
    status, answer = request("GET", f"{base}/api/v1/checks", token)
    listed = json.loads(answer) if status == 200 else {}
    listed = listed.get("checks", listed) if isinstance(listed, dict) else listed
    listed_ids = sorted(item["id"] for item in listed) if isinstance(listed, list) else []
    expected_ids = sorted(check_id for check_id, _, _, _ in uploaded.values())
    if listed_ids != expected_ids:
        problems.append(f"the list holds {len(listed_ids)} checks, {len(set(listed_ids))} distinct; {len(expected_ids)} were uploaded")

    sampling.set()
    sampler.join()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        problems.append("the server did not stop within 30 s of SIGTERM")

    def quantiles(values):
        values = sorted(values)
        if not values:
            return "none"
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
        return f"median {pick(0.5):.2f} s, p95 {pick(0.95):.2f} s, max {values[-1]:.2f} s"

    print(f"load: {arguments.clients} clients, {arguments.uploads} uploads of {len(samples)} Corpus samples, "
          f"{os.cpu_count()} cores, load average before the end {os.getloadavg()[0]:.1f}")
    print(f"load: {len(uploaded)} accepted, {sum(1 for s in finished.values() if s[0] == 'done')} done, "
          f"{sum(1 for s in finished.values() if s[0] == 'failed')} failed, in {wall:.1f} s "
          f"({len(finished) / wall:.2f} checks/s)")
    print(f"load: upload answered in {quantiles([u[2] for u in uploaded.values()])}")
    print(f"load: upload to done in {quantiles([f[1] for f in finished.values()])}")
    print(f"load: peak memory of the server and its workers together (PSS) {peak[0] / 1024:.0f} MB")
    for problem in problems[:20]:
        print(f"load: PROBLEM {problem}")
    log.close()
    if problems:
        print(f"load: the server's log is kept in {data}/server.log")
    else:
        subprocess.run(["rm", "-rf", data])
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
