#!/usr/bin/env python3
"""Slow clients for benches/slow_clients.sh (issue #30): opens COUNT connections to a loopback
`regula serve`, a third of each kind, and keeps them slow until the service closes them:

- header: sends half a request's headers, then one more byte every INTERVAL seconds;
- body: sends a POST's headers (content-length 100000) and the body's first byte, then one more
  byte every INTERVAL seconds;
- silent: sends nothing at all.

Prints one JSON line: how many were opened, closed by the service (and how long after they were
opened: p50, p99, max), answered 408 (the body kind), and still open when it gave up (after
DEADLINE seconds). Standard library only; loopback only; bounded in count and time.

    slow_clients.py PORT COUNT [--interval 3] [--rate 4000] [--deadline 60]
"""

import argparse
import collections
import errno
import json
import selectors
import socket
import time

KINDS = ("header", "body", "silent")


def opening(kind: str) -> bytes:
    if kind == "header":
        return b"GET /healthz HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: "
    if kind == "body":
        return (
            b"POST /v1/deadlines HTTP/1.1\r\nhost: 127.0.0.1\r\n"
            b"content-type: application/json\r\ncontent-length: 100000\r\n\r\n{"
        )
    return b""


class Slow:
    __slots__ = ("sock", "kind", "opened", "next_byte", "answer", "closed")

    def __init__(self, sock, kind, opened, interval):
        self.sock = sock
        self.kind = kind
        self.opened = opened
        self.next_byte = opened + interval
        self.answer = b""
        self.closed = False


def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, int(len(sorted_values) * fraction))
    return round(sorted_values[index], 2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--interval", type=float, default=3.0)
    parser.add_argument("--rate", type=int, default=4000, help="connections opened per second")
    parser.add_argument("--deadline", type=float, default=60.0)
    args = parser.parse_args()

    selector = selectors.DefaultSelector()
    open_ = {}
    # The senders in the order their next byte is due (every interval is the same).
    due_bytes = collections.deque()
    closed = []  # (kind, seconds open, answered 408)
    failed = 0
    started = time.monotonic()
    opened = 0
    while time.monotonic() - started < args.deadline:
        now = time.monotonic()
        # Open the next connections at the rate asked for.
        due = min(args.count, int((now - started) * args.rate) + 1)
        while opened < due:
            kind = KINDS[opened % len(KINDS)]
            opened += 1
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.settimeout(5)
            # Counted from before the connection is made: an upper bound of its time open.
            before = time.monotonic()
            try:
                sock.connect(("127.0.0.1", args.port))
                sock.setblocking(False)
                sock.send(opening(kind))
            except OSError:
                failed += 1
                sock.close()
                continue
            slow = Slow(sock, kind, before, args.interval)
            open_[sock.fileno()] = slow
            if kind != "silent":
                due_bytes.append(slow)
            selector.register(sock, selectors.EVENT_READ, slow)
        if opened >= args.count and not open_:
            break
        # What the service answered, and which connections it closed.
        for key, _ in selector.select(timeout=0.05):
            slow = key.data
            try:
                data = slow.sock.recv(4096)
            except BlockingIOError:
                continue
            except OSError:
                data = b""
            if data:
                slow.answer += data[:64]
                continue
            finish(selector, open_, closed, slow)
        # One more byte from each slow sender that is due.
        now = time.monotonic()
        while due_bytes and due_bytes[0].next_byte <= now:
            slow = due_bytes.popleft()
            if slow.closed:
                continue
            slow.next_byte = now + args.interval
            due_bytes.append(slow)
            try:
                slow.sock.send(b"a")
            except BlockingIOError:
                pass
            except OSError as err:
                if err.errno in (errno.EPIPE, errno.ECONNRESET):
                    finish(selector, open_, closed, slow)
    lasted = sorted(seconds for _, seconds, _ in closed)
    by_kind = {k: sum(1 for kind, _, _ in closed if kind == k) for k in KINDS}
    print(
        json.dumps(
            {
                "asked": args.count,
                "opened": opened - failed,
                "failed_to_open": failed,
                "closed_by_service": len(closed),
                "closed_by_kind": by_kind,
                "answered_408": sum(1 for _, _, answered in closed if answered),
                "still_open": len(open_),
                "seconds_open_p50": percentile(lasted, 0.50),
                "seconds_open_p99": percentile(lasted, 0.99),
                "seconds_open_max": lasted[-1] if lasted else None,
                "lasted_histogram": histogram(lasted),
            }
        )
    )
    for slow in open_.values():
        slow.sock.close()


def finish(selector, open_, closed, slow):
    slow.closed = True
    selector.unregister(slow.sock)
    del open_[slow.sock.fileno()]
    seconds = time.monotonic() - slow.opened
    closed.append((slow.kind, seconds, slow.answer.startswith(b"HTTP/1.1 408")))
    slow.sock.close()


def histogram(lasted):
    """How many lasted [0, 1) s, [1, 2) s, … open."""
    counts = {}
    for seconds in lasted:
        counts[int(seconds)] = counts.get(int(seconds), 0) + 1
    return {f"{s}s": n for s, n in sorted(counts.items())}


if __name__ == "__main__":
    main()
