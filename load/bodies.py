#!/usr/bin/python3
"""Request bodies for load/http.sh: one JSON document per line with the title and text of each
development-set article (src/test/resources/eval), text last so http.lua can make it unique.

    load/bodies.py OUT_FILE
"""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sets = [root / "src/test/resources/eval/bbc100.jsonl", root / "src/test/resources/eval/cnndm100.jsonl"]
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                article = json.loads(line)
                # ensure_ascii: http.lua splices bytes, and every body stays plain ASCII
                body = json.dumps({"title": article["title"], "text": article["text"]}, ensure_ascii=True)
                out.write(body + "\n")
