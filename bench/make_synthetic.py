#!/usr/bin/env python3
"""Makes a synthetic report N times the bundled one: its text N times over, and N copies of every
figure (each pointing at its quote's own occurrence), chart and uncharted number, so that loading
it exercises everything the bundled report does, N times.

    make_synthetic.py N OUTDIR   ->  OUTDIR/synthetic-N.json and OUTDIR/synthetic-N.txt
"""
import copy
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
resources = os.path.join(here, "..", "resources")


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    dataset = json.load(open(os.path.join(resources, "cci-five-years.json"), encoding="utf-8"))
    raw = open(os.path.join(resources, dataset["report"]["text"]), encoding="utf-8").read()
    text = "\n".join([raw] * n)
    name = f"synthetic-{n}"
    open(os.path.join(out, name + ".txt"), "w", encoding="utf-8").write(text)

    ref = re.compile(r"\{([^{}]*)\}")
    figures, charts = [], []
    for copy_index in range(1, n + 1):
        suffix = "" if n == 1 else f"-{copy_index}"
        for figure in dataset["figures"]:
            f = copy.deepcopy(figure)
            f["id"] += suffix
            if n > 1:
                f["occurrence"] = copy_index
            if "derived" in f:
                f["derived"]["formula"] = ref.sub(lambda m: "{" + m.group(1) + suffix + "}", f["derived"]["formula"])
                f["derived"]["inputs"] = [i + suffix for i in f["derived"]["inputs"]]
            figures.append(f)
        for chart in dataset["charts"]:
            c = copy.deepcopy(chart)
            c["id"] += suffix
            c["items"] = [dict(i, figure=i["figure"] + suffix) if isinstance(i, dict) else i + suffix for i in c["items"]]
            for callout in c.get("callouts", []):
                for lang in callout:
                    callout[lang] = ref.sub(lambda m: "{" + m.group(1) + suffix + "}", callout[lang])
            charts.append(c)
    dataset["figures"], dataset["charts"] = figures, charts
    dataset["report"]["text"] = name + ".txt"
    json.dump(dataset, open(os.path.join(out, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False)
    print(os.path.join(out, name + ".json"))


if __name__ == "__main__":
    main()
