#!/usr/bin/python3
"""Asks for one summary over and over until it is answered with 200, and prints the wall-clock time
of that answer (nanoseconds since the epoch, as `date +%s%N`). For load/first-summary.sh: one process
that polls every 5 ms costs the service under test far less CPU than a curl started each time.

    load/first-answer.py PORT BODY TIMEOUT_SECONDS

Exits 1 with the last status (or error) when no 200 came within the timeout.
"""
import http.client
import sys
import time

port, body, timeout = int(sys.argv[1]), sys.argv[2].encode("utf-8"), float(sys.argv[3])
deadline = time.monotonic() + timeout
last = "no answer"
while time.monotonic() < deadline:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/api/v1/summaries", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        if response.status == 200:
            print(time.time_ns())
            sys.exit(0)
        last = str(response.status)
    except OSError as e:
        last = type(e).__name__
    finally:
        connection.close()
    time.sleep(0.005)
print(last)
sys.exit(1)
