#!/usr/bin/python3
"""Sentences for load/firehose.lua: every sentence of the 200 development-set articles
(src/test/resources/eval) that reads as one (40 to 300 characters, ending a sentence), one per line,
already escaped as the inside of a JSON string, so the Lua script can join them into request bodies.

    load/sentences.py OUT_FILE
"""
import json
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sets = [root / "src/test/resources/eval/bbc100.jsonl", root / "src/test/resources/eval/cnndm100.jsonl"]
seen = set()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            for paragraph in json.loads(line)["text"].split("\n"):
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", paragraph.strip()):
                    sentence = sentence.strip()
                    if 40 <= len(sentence) <= 300 and sentence[-1] in ".!?\"'" and sentence not in seen:
                        seen.add(sentence)
                        # ensure_ascii: the Lua script splices bytes, and every body stays plain ASCII
                        out.write(json.dumps(sentence, ensure_ascii=True)[1:-1] + "\n")
