"""Reads a Jixiao CSV export with Python's csv module, as another program would, and
prints what it found as JSON: whether the file starts with a UTF-8 BOM, the header, the
rows."""
import csv
import json
import sys

path = sys.argv[1]
raw = open(path, "rb").read()
with open(path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
print(json.dumps({
    "bom": raw.startswith(b"\xef\xbb\xbf"),
    "crlf": b"\r\n" in raw,
    "header": rows[0],
    "rows": rows[1:],
}, ensure_ascii=False))
