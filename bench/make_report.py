#!/usr/bin/env python3
"""Makes a plain-text report of about SIZE bytes for `tongdao-bench --draft`: the bundled report's
Chinese text and the test report on a port, in turns, until the size is reached (English: their
English texts). A draft of it has a candidate for every number, as a real report of that size
would, and quotes that repeat as a long report's do.

    make_report.py zh|en SIZE OUTDIR   ->  OUTDIR/report-<zh|en>-<SIZE>.txt
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..")
SOURCES = {
    "zh": ["resources/cci-five-years.zh.txt", "tests/data/reports/port-zh.txt"],
    "en": ["resources/cci-five-years.en.txt", "tests/data/reports/port-en.txt"],
}


def main():
    language, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    texts = [open(os.path.join(root, p), encoding="utf-8").read().strip() for p in SOURCES[language]]
    if language == "en":  # the translation's comment lines are no part of a report
        texts = ["\n".join(l for l in t.splitlines() if not l.startswith("#")).strip() for t in texts]
    parts, total, i = [], 0, 0
    while total < size:
        part = texts[i % len(texts)] + "\n\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        i += 1
    path = os.path.join(out, f"report-{language}-{size}.txt")
    open(path, "w", encoding="utf-8").write("".join(parts))
    print(path)


if __name__ == "__main__":
    main()
