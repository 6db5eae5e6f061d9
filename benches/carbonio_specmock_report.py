#!/usr/bin/env python3
"""The report of benches/carbonio-specmock.sh: one table per pass, from the runs kept in WORK.

Usage: carbonio_specmock_report.py WORK PASS...

Per command: runs; requests sent; runs with a request the validator refused (Prism's
`sl-violations` or its own 422/415 problem) and how many such requests; requests to a route
or method the spec does not have (Prism's NO_PATH/NO_METHOD: expected where chatdrop probes,
e.g. the multipart PUT on a 1.3.1 server); runs where chatdrop could not read a 2xx answer
("Carbonio answered ... with ..."); panics; timeouts; exit codes. Then the distinct errors and
warnings (numbers and ids folded), and every refused request with the validator's words.
"""
import collections
import json
import os
import re
import sys

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
NO_ROUTE = ("NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR")


def fold(line):
    line = UUID.sub("<uuid>", line)
    line = re.sub(r"/tmp/\S+/files/", "FILES/", line)
    line = re.sub(r"-?\b\d+(\.\d+)?(e[+-]?\d+)?\b", "<n>", line)
    return line[:240]


def verdict(req):
    """'ok', 'route' (no such route or method in the spec) or 'invalid' (validation failed)."""
    problem = req.get("problem") or {}
    if any(problem.get("type", "").endswith(kind) for kind in NO_ROUTE):
        return "route"
    if req.get("violations") or problem:
        return "invalid"
    return "ok"


def words(req):
    problem = req.get("problem") or {}
    found = req.get("violations") or problem.get("validation") or []
    said = [v.get("message", "") for v in found] or [problem.get("title", "")]
    return "; ".join(said)


def report(work, pass_):
    with open(os.path.join(work, pass_ + ".requests.jsonl"), encoding="utf-8") as f:
        requests = [json.loads(line) for line in f]
    rundir = os.path.join(work, pass_ + ".runs")
    table = collections.OrderedDict()
    errors = collections.Counter()
    warnings = collections.Counter()
    refused = collections.Counter()
    for name in sorted(os.listdir(rundir)):
        d = os.path.join(rundir, name)

        def read(what):
            with open(os.path.join(d, what), encoding="utf-8", errors="replace") as f:
                return f.read()

        label, rc, err = read("label").strip(), int(read("rc")), read("stderr")
        a, b = map(int, read("requests").split())
        reqs = requests[a:b]
        row = table.setdefault(label, collections.Counter())
        row["runs"] += 1
        row["rc=%d" % rc] += 1
        row["requests"] += len(reqs)
        invalid = [r for r in reqs if verdict(r) == "invalid"]
        row["route"] += sum(verdict(r) == "route" for r in reqs)
        row["outside"] += sum(bool(r.get("outside")) for r in reqs)
        if invalid:
            row["rejected_runs"] += 1
            row["rejected"] += len(invalid)
        for r in reqs:
            if verdict(r) != "ok":
                path = UUID.sub("{id}", r["path"].split("?")[0])
                refused["%s %s %s -> %s: %s" % (verdict(r), r["method"], path, r.get("status"), words(r))] += 1
        if "panicked" in err or rc == 101:
            row["panics"] += 1
        if rc == 124:
            row["timeouts"] += 1
        if re.search(r"Carbonio answered .* with ", err) and not invalid:
            row["unread"] += 1
        for line in err.splitlines():
            if line.startswith("warning:"):
                warnings[(label, fold(line))] += 1
        if rc != 0:
            lines = err.strip().splitlines() or ["(no stderr)"]
            first = next((l for l in lines if l.startswith("error:")), lines[-1])
            errors[(label, fold(first))] += 1
    print("\n== pass %s: %d requests" % (pass_, len(requests)))
    head = ("command", "runs", "reqs", "rej.runs", "rej.reqs", "no-route", "unread", "panics", "exit codes")
    print("%-22s %5s %5s %8s %8s %8s %6s %6s  %s" % head)
    total = collections.Counter()
    for label, row in table.items():
        total.update(row)
        codes = " ".join("%s:%d" % (k[3:], v) for k, v in sorted(row.items()) if k.startswith("rc="))
        print("%-22s %5d %5d %8d %8d %8d %6d %6d  %s" % (label, row["runs"], row["requests"], row["rejected_runs"],
              row["rejected"], row["route"], row["unread"], row["panics"], codes))
    print("%-22s %5d %5d %8d %8d %8d %6d %6d  timeouts %d, requests outside the chats API %d" % (
        "TOTAL", total["runs"], total["requests"], total["rejected_runs"], total["rejected"], total["route"],
        total["unread"], total["panics"], total["timeouts"], total["outside"]))
    if refused:
        print("-- requests not taken (invalid: the validator refused it; route: not in this spec)")
        for k, v in refused.most_common():
            print("%5d  %s" % (v, k))
    if errors:
        print("-- errors (first error line)")
        for (label, msg), v in sorted(errors.items()):
            print("%5d  %-22s %s" % (v, label, msg))
    if warnings:
        print("-- warnings")
        for (label, msg), v in sorted(warnings.items()):
            print("%5d  %-22s %s" % (v, label, msg))


if __name__ == "__main__":
    for p in sys.argv[2:]:
        report(sys.argv[1], p)
