#!/usr/bin/python3
"""The bundled report's charts drawn the way a journalist would script them with matplotlib, for
the benchmark: bars, horizontal bars, the doughnut, the timeline and the key-figure panels, each
1600×900 with a Chinese-capable font, saved as PNG at 2×.

    matplotlib_charts.py OUTDIR [CHART_ID]   prints {"import_ms", "per_chart_ms", "charts"} as JSON
"""
import json
import os
import sys
import time

t0 = time.perf_counter()
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import_ms = (time.perf_counter() - t0) * 1000
here = os.path.dirname(os.path.abspath(__file__))
dataset = json.load(open(os.path.join(here, "..", "resources", "cci-five-years.json"), encoding="utf-8"))
figures = {f["id"]: f for f in dataset["figures"]}
plt.rcParams["font.family"] = ["Noto Sans CJK JP", "DejaVu Sans"]


def label(item):
    return item["label"]["en"] if isinstance(item, dict) and "label" in item else figures[item if isinstance(item, str) else item["figure"]]["label"]["en"]


def draw(chart):
    fig, ax = plt.subplots(figsize=(16, 9), dpi=100)
    ids = [i if isinstance(i, str) else i["figure"] for i in chart["items"]]
    values = [figures[i]["value"] for i in ids]
    names = [label(i) for i in chart["items"]]
    kind = chart["kind"]
    if kind in ("bar", "hbar"):
        bars = ax.barh(names, values) if kind == "hbar" else ax.bar(names, values)
        ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values])
    elif kind == "pie":
        ax.pie(values, labels=names, wedgeprops={"width": 0.4})
    elif kind == "timeline":
        from datetime import date
        dates = [date.fromisoformat(v if len(v) == 10 else v + "-01") for v in values]
        ax.scatter(dates, range(1, len(dates) + 1))
        for d, y, n in zip(dates, range(1, len(dates) + 1), names):
            ax.annotate(n, (d, y), xytext=(-8, 0), textcoords="offset points", ha="right", va="center")
    else:
        ax.axis("off")
        for k, (v, n) in enumerate(zip(values, names)):
            ax.text(0.05 + 0.45 * (k % 2), 0.8 - 0.4 * (k // 2), f"{v:,.0f}\n{n}", fontsize=24, transform=ax.transAxes)
    ax.set_title(chart["title"]["zh_CN"], fontsize=22, loc="left")
    fig.text(0.01, 0.01, "来源：中新互联互通项目 书写新时代国际合作共赢新范本", fontsize=9)
    return fig


def main():
    out = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    os.makedirs(out, exist_ok=True)
    times = []
    for chart in dataset["charts"]:
        if only and chart["id"] != only:
            continue
        t = time.perf_counter()
        fig = draw(chart)
        fig.savefig(os.path.join(out, chart["id"] + ".png"), dpi=200)
        plt.close(fig)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(json.dumps({"import_ms": import_ms, "per_chart_ms": times[len(times) // 2], "charts": len(times)}))


if __name__ == "__main__":
    main()
