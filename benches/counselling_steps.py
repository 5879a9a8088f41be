#!/usr/bin/env python3
"""A university's counselling semester recorded step by step over HTTP (issue #32): the size of
the Technical University of Cluj — 13 faculties, 20 study counsellors each (260), a weekly
counselling hour each with about 15 students on its attendance list, every teaching week of the
semester — recorded one step per call, the way a records system records each step as it is
taken: every report submitted, registered and analysed, then each faculty's summary sent,
registered, verified and approved (260 × 3 + 13 × 4 = 832 calls).

Three ways, against one release `regula serve` on loopback, one keep-alive connection:

- file:        each call sends the whole file and its step (how it was before the checkpoint);
- file+gzip:   the same, the request gzipped (Content-Encoding) and the answer asked gzipped;
- checkpoint:  each call sends the checkpoint the one before answered and its step.

Prints, for each, the calls, the total and the largest request, the bytes answered, the total
time, and the slowest call; then checks that the three end at the same head. Standard library
only. Not a test: run it by hand on an idle machine (the file way takes a few minutes).

    benches/counselling_steps.py [--regula target/release/regula] [--faculties 13]
        [--counsellors 20] [--students 15] [--only file,file+gzip,checkpoint]
"""

import argparse
import datetime
import gzip
import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time

SEMESTER = {
    "academic_year": "2025/2026",
    "number": 1,
    "from": "2025-10-01",
    "to": "2026-01-16",
    "breaks": [{"from": "2025-12-22", "to": "2026-01-04"}],
}


def teaching_wednesdays():
    day = datetime.date(2025, 10, 1)
    end = datetime.date(2026, 1, 16)
    while day <= end:
        if not (datetime.date(2025, 12, 22) <= day <= datetime.date(2026, 1, 4)):
            yield day
        day += datetime.timedelta(days=7)


def university(faculties: int, counsellors: int, students: int):
    """The organisation and the step of every report and summary, in the order they are taken."""
    rng = random.Random(2026)
    weeks = list(teaching_wednesdays())
    staff = [
        {"person": "Centre Registry", "role": "centre"},
        {"person": "Centre Director", "role": "centre_director"},
    ]
    faculty_list, steps = [], []
    minute = [0]

    def at():
        minute[0] += 1
        moment = datetime.datetime(2026, 1, 19, 8, 0) + datetime.timedelta(minutes=minute[0])
        return moment.strftime("%Y-%m-%dT%H:%M")

    for f in range(faculties):
        fid = f"F{f + 1:02}"
        faculty_list.append({"id": fid, "name": f"Faculty {f + 1}"})
        career, dean = f"Career {fid}", f"Vice-dean {fid}"
        staff += [
            {"person": career, "role": "career_counsellor", "faculty": fid},
            {"person": dean, "role": "vice_dean", "faculty": fid},
        ]
        reports = []
        for c in range(counsellors):
            person = f"Counsellor {fid}-{c + 1:02}"
            staff.append({"person": person, "role": "study_counsellor", "faculty": fid})
            group = [f"{fid}-{c + 1:02}-{s:03}" for s in range(40)]
            activities = []
            for w, day in enumerate(weeks):
                came = rng.sample(group, max(1, students + rng.randint(-4, 4)))
                activities.append({
                    "id": f"{fid}-{c + 1:02}-H{w + 1:02}",
                    "date": day.isoformat(),
                    "form": "group",
                    "channel": "in_person",
                    "occasion": "counselling_hour",
                    "topic": "study programme, internships and master's programmes",
                    "attendance": [{"student": s, "level": "bachelor"} for s in sorted(came)],
                })
            report = {"id": f"R-{fid}-{c + 1:02}", "counsellor": person, "faculty": fid,
                      "activities": activities}
            reports.append(report["id"])
            steps.append({"by": person, "at": at(), "action": "submit_report", "report": report})
        for r in reports:
            steps.append({"by": career, "at": at(), "action": "register_report", "report": r})
        for r in reports:
            steps.append({"by": career, "at": at(), "action": "analyse_report", "report": r,
                          "vice_dean": dean})
        steps.append({"by": career, "at": at(), "action": "submit_summary", "faculty": fid})
        steps.append({"by": "Centre Registry", "at": at(), "action": "register_summary", "faculty": fid})
        steps.append({"by": "Centre Director", "at": at(), "action": "verify_summary", "faculty": fid})
        steps.append({"by": "Centre Director", "at": at(), "action": "approve_summary", "faculty": fid})
    file = {"semester": SEMESTER, "organisation": {"faculties": faculty_list, "staff": staff},
            "history": []}
    return file, steps


def start(regula: str, log):
    server = subprocess.Popen(
        [regula, "serve", "--listen", "127.0.0.1:0", "--body-limit", str(64 << 20)],
        stderr=log)
    for _ in range(100):
        with open(log.name, encoding="utf-8") as text:
            found = re.search(r"serving on http://127\.0\.0\.1:(\d+)", text.read())
        if found:
            return server, int(found.group(1))
        time.sleep(0.1)
    raise SystemExit("regula serve did not start")


def record(port: int, way: str, file: dict, steps: list):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    sent = largest = received = 0
    slowest = 0.0
    state = {"file": file}
    kept = dict(file, history=[])
    started = time.perf_counter()
    for step in steps:
        body = json.dumps(dict(state, steps=[step]), ensure_ascii=False,
                          separators=(",", ":")).encode()
        headers = {"content-type": "application/json"}
        if way == "file+gzip":
            body = gzip.compress(body, compresslevel=6)
            headers.update({"content-encoding": "gzip", "accept-encoding": "gzip"})
        sent += len(body)
        largest = max(largest, len(body))
        call = time.perf_counter()
        connection.request("POST", "/v1/counselling/record", body=body, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        slowest = max(slowest, time.perf_counter() - call)
        received += len(raw)
        if response.getheader("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        if response.status != 200:
            raise SystemExit(f"{way}: {response.status} at {step['action']}: {raw[:400]!r}")
        outcome = json.loads(raw)["outcome"]
        kept["history"].extend(outcome["events"])
        if way == "checkpoint":
            state = {"checkpoint": outcome["checkpoint"]}
        else:
            state = {"file": outcome["file"]}
    total = time.perf_counter() - started
    kept["head"] = outcome["head"]
    file_bytes = len(json.dumps(kept, ensure_ascii=False, separators=(",", ":")).encode())
    return {"way": way, "calls": len(steps), "sent_bytes": sent, "largest_request": largest,
            "received_bytes": received, "seconds": round(total, 2),
            "slowest_call_seconds": round(slowest, 3), "file_bytes": file_bytes,
            "head": outcome["head"]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regula", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", "target"), "release", "regula"))
    parser.add_argument("--faculties", type=int, default=13)
    parser.add_argument("--counsellors", type=int, default=20)
    parser.add_argument("--students", type=int, default=15)
    parser.add_argument("--only", default="file,file+gzip,checkpoint")
    args = parser.parse_args()
    file, steps = university(args.faculties, args.counsellors, args.students)
    with tempfile.NamedTemporaryFile("w", suffix=".log") as log:
        server, port = start(args.regula, log)
        try:
            results = [record(port, way, file, steps) for way in args.only.split(",")]
        finally:
            server.terminate()
    for r in results:
        print(json.dumps(r))
    heads = {r["head"] for r in results}
    if len(heads) != 1:
        sys.exit(f"the ways end at different heads: {heads}")


if __name__ == "__main__":
    main()
