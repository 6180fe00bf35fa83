#!/usr/bin/env python3
"""Findings precision, recall and F1 of `auditready check` against the truths an accuracy run wrote.

Usage: findings-f1.py DIR [READER]
DIR holds what `auditready-corpus accuracy --out DIR` wrote (each archive beside its truth files);
READER is the auditready executable (default .build/debug/auditready). Each archive is checked as
its truth says (`--as-of`, `--ruleset`, `--products`), and its findings are compared with the
truth's by rule, category, severity, worker, document type and period. Intake notes and the
where-to-verify note every certificate gets are left out: the truth lists neither. Prints each
archive's counts with the findings missed and extra, then the totals per producer.
"""
import collections, glob, json, os, re, subprocess, sys


def key(finding):
    return (finding["rule"], finding["category"], finding["severity"], finding.get("employeeId"),
            finding.get("documentType"), finding.get("period"))


def compare(reader, archive, truth_path):
    truth = json.load(open(truth_path))
    arguments = [reader, "check", archive, "--as-of", truth["asOf"], "--format", "json",
                 "--ruleset", truth["ruleset"], "--no-cache", "--quiet"]
    if truth.get("products"):
        arguments += ["--products", ",".join(truth["products"])]
    result = subprocess.run(arguments, capture_output=True, text=True)
    report = json.loads(result.stdout)
    found = {key(f) for f in report["findings"]
             if f["category"] != "intake" and not f["rule"].endswith("/certificate-verify")}
    expected = {key(f) for f in truth["findings"]}
    return found & expected, found - expected, expected - found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    reader = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else ".build/debug/auditready")
    totals = collections.defaultdict(collections.Counter)
    for truth_path in sorted(glob.glob(os.path.join(folder, "*.truth.json"))):
        name = truth_path[:-len(".truth.json")]
        archive = next((name + ext for ext in (".zip", ".tar.gz", ".tgz") if os.path.exists(name + ext)), None)
        if archive is None:
            continue
        hits, extra, missed = compare(reader, archive, truth_path)
        producer = re.sub(r"\..*$", "", name.rsplit("-", 1)[-1])
        for counter in (totals[producer], totals["all"]):
            counter.update(tp=len(hits), fp=len(extra), fn=len(missed))
        print(f"{os.path.basename(archive)}: tp={len(hits)} fp={len(extra)} fn={len(missed)}")
        for finding in sorted(extra, key=str):
            print("  EXTRA", finding)
        for finding in sorted(missed, key=str):
            print("  MISSED", finding)
    for producer, c in sorted(totals.items()):
        precision = c["tp"] / max(1, c["tp"] + c["fp"])
        recall = c["tp"] / max(1, c["tp"] + c["fn"])
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        print(f"{producer}: tp={c['tp']} fp={c['fp']} fn={c['fn']} precision={precision:.4f} recall={recall:.4f} F1={f1:.4f}")


if __name__ == "__main__":
    main()
