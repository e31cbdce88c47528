#!/usr/bin/env python3
"""Tongdao's benchmark, side by side with a bare Qt Charts program and with matplotlib.

Run it through bench/run, which builds first. Every figure is a median; start-up runs are
interleaved (A B A B …) so that both programs see the same machine. Prints a table with the
ratio tongdao/baseline and whether each target is met."""
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, "build")
TONGDAO = os.path.join(BUILD, "app", "tongdao")
BASELINE = os.path.join(BUILD, "bench", "tongdao-baseline")
BENCH = os.path.join(BUILD, "bench", "tongdao-bench")
RUNS = int(os.environ.get("TONGDAO_BENCH_RUNS", "15"))
REPORT = os.path.join(ROOT, "resources", "cci-five-years.zh.txt")
# One 1600×1000 screen, so that the first window is 1440×900 as on a laptop (the offscreen
# platform's own screen is 800×600), and settings of their own, so that nothing remembered from
# another run decides the window.
_SCREEN = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1600, "height": 1000,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _SCREEN)
_SCREEN.close()
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen:configfile=" + _SCREEN.name,
           XDG_CONFIG_HOME=tempfile.mkdtemp(prefix="tongdao-bench-"))


def run_measured(cmd):
    """Wall ms and peak RSS (KiB) of one process, and its output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(cmd)}")
    return wall, usage.ru_maxrss, out


def first_frame(out):
    for line in out.splitlines():
        if line.startswith("first-frame-ms:"):
            return float(line.split()[1])
    return float("nan")


def bench_tool(*args):
    out = subprocess.run([BENCH, *args], capture_output=True, text=True, env=ENV, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    rows = []  # (measure, tongdao, reference, ratio, target, met)

    def row(name, ours, ref=None, target=None, met=None, unit="ms"):
        ratio = f"{ours / ref:.2f}" if ref else ""
        fmt = (lambda v: f"{v:,.1f} {unit}") if isinstance(ours, float) else (lambda v: f"{v} {unit}")
        rows.append((name, fmt(ours), fmt(ref) if ref is not None else "", ratio, target or "",
                     "" if met is None else ("yes" if met else "NO")))

    # Start-up, interleaved: Tongdao in Chinese (the original alone) against the chart-only floor,
    # and Tongdao in English (original and translation side by side) against the floor that shows
    # the report's text beside the chart.
    runs = {k: ([], [], []) for k in ("zh", "base", "en", "text")}
    commands = {"zh": [TONGDAO, "--lang", "zh_CN", "--measure-startup"],
                "base": [BASELINE, "--measure-startup"],
                "en": [TONGDAO, "--lang", "en", "--measure-startup"],
                "text": [BASELINE, "--measure-startup", "--with-text", REPORT]}
    for _ in range(RUNS):
        for key, cmd in commands.items():
            w, r, out = run_measured(cmd)
            runs[key][0].append(w); runs[key][1].append(r); runs[key][2].append(first_frame(out))
    med = statistics.median
    wall = {k: med(v[0]) for k, v in runs.items()}
    rss = {k: med(v[1]) / 1024 for k, v in runs.items()}
    frame = {k: med(v[2]) for k, v in runs.items()}
    row("start-up zh_CN (original), whole process (wall)", wall["zh"], wall["base"], "≤ 1.3× chart-only floor",
        wall["zh"] <= 1.3 * wall["base"])
    row("start-up zh_CN, peak RSS", rss["zh"], rss["base"], "≤ 1.3× chart-only floor", rss["zh"] <= 1.3 * rss["base"], "MiB")
    row("start-up zh_CN, first frame in-process", frame["zh"], frame["base"])
    row("start-up en (side by side), whole process (wall)", wall["en"], wall["text"], "≤ 1.3× floor with text",
        wall["en"] <= 1.3 * wall["text"])
    row("start-up en, peak RSS", rss["en"], rss["text"], "≤ 1.15× floor with text", rss["en"] <= 1.15 * rss["text"], "MiB")
    row("start-up en, first frame in-process", frame["en"], frame["text"])
    row("  the floors: chart only / chart and text (wall)", wall["base"], wall["text"])

    # Export, in-process per chart and whole process for all charts.
    exports = bench_tool("--export", "--repeat", "3")
    have_mpl = subprocess.run(["/usr/bin/python3", "-c", "import matplotlib"], capture_output=True).returncode == 0
    mpl = None
    if not have_mpl:
        print("matplotlib is not installed for /usr/bin/python3 (python3-matplotlib): its comparison is skipped")
    # Whole processes, interleaved like the start-up runs: Tongdao writing every chart, then
    # matplotlib drawing one chart in its own process, so that both see the same machine.
    all_png, all_svg, one = [], [], []
    with tempfile.TemporaryDirectory() as mpl_dir:
        if have_mpl:
            mpl = json.loads(subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "matplotlib_charts.py"), mpl_dir],
                                            capture_output=True, text=True, check=True).stdout)
        for _ in range(max(5, RUNS // 2)):
            with tempfile.TemporaryDirectory() as tmp:
                all_png.append(run_measured([TONGDAO, "--export-charts", tmp, "--scale", "2"])[0])
                all_svg.append(run_measured([TONGDAO, "--export-charts", tmp + "/svg", "--format", "svg"])[0])
            if have_mpl:
                start = time.perf_counter()
                subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "bench", "matplotlib_charts.py"), mpl_dir, "rail-sea-trains"],
                               capture_output=True, check=True)
                one.append((time.perf_counter() - start) * 1000)
    if mpl:
        mpl["one_chart_process_ms"] = med(one)
    ref = mpl["per_chart_ms"] if mpl else None
    row("export PNG 2×, per chart in-process", exports["png2x_ms_per_chart"], ref, "≤ 0.5× matplotlib savefig",
        (exports["png2x_ms_per_chart"] <= 0.5 * ref) if ref else None)
    row("export SVG, per chart in-process", exports["svg_ms_per_chart"])
    ref = mpl["one_chart_process_ms"] if mpl else None
    row(f"export all {exports['charts']} charts PNG 2×, one process", med(all_png), ref,
        "< matplotlib, one chart, own process", (med(all_png) < ref) if ref else None)
    row(f"export all {exports['charts']} charts SVG, one process", med(all_svg))

    # Language switch on the live window.
    # Median over several processes (each the median of its own switches): a window is warm
    # after its first switch, and one slow moment of the machine should not decide.
    switches = [bench_tool("--switch", "--repeat", "9") for _ in range(5)]
    for key, name in (("to_zh_CN_ms", "language switch en → zh_CN, live window"),
                      ("to_en_ms", "language switch zh_CN → en, live window")):
        ms = med([s[key] for s in switches])
        row(name, ms, None, "< 30 ms", ms < 30)
    row("  both: round trip en → zh_CN → en", med([s["switch_ms"] for s in switches]))
    modes = [bench_tool("--mode-switch", "--repeat", "5") for _ in range(3)]
    ms = med([m["mode_switch_ms"] for m in modes])
    row("reader mode switch, live window, en", ms, None, "< 50 ms", ms < 50)
    # How often each pane is drawn per switch (navigator, chart, table, reader): once is the target.
    paints = bench_tool("--switch-paints")
    rows.append(("panes drawn per language switch, most", str(paints["switch_paints_max"]), "", "", "1",
                 "yes" if paints["switch_paints_max"] == 1 else "NO"))

    # Dataset load + model build: bundled, 10×, 100×, in processes interleaved like the start-up
    # runs; each figure is the median over the processes of each one's median.
    with tempfile.TemporaryDirectory() as tmp:
        paths = {1: os.path.join(ROOT, "resources", "cci-five-years.json")}
        for n in (10, 100):
            paths[n] = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_synthetic.py"), str(n), tmp],
                                      capture_output=True, text=True, check=True).stdout.strip()
        runs = {n: [] for n in paths}
        for _ in range(5):
            for n, path in paths.items():
                runs[n].append(bench_tool("--load", path, "--repeat", "5"))
        loads = {n: dict(r[0], load_ms=med([x["load_ms"] for x in r])) for n, r in runs.items()}
    for n, r in loads.items():
        name = f"load + models, {'bundled' if n == 1 else f'{n}× report'} ({r['figures']} figures, {r['charts']} charts, {r['text_chars']:,} chars)"
        row(name, r["load_ms"], None, "< 300 ms" if n == 100 else None, (r["load_ms"] < 300) if n == 100 else None)
    ratio = loads[100]["load_ms"] / loads[10]["load_ms"]
    rows.append(("load ratio 100× / 10×", f"{ratio:.1f}", "", "", "≤ 12 (linear)", "yes" if ratio <= 12 else "NO"))

    # Drafting a dataset from a 1 MB plain-text report: read and decoded, every number a candidate
    # checked by the loader's rules, the JSON written (to memory). Medians over processes.
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("zh", "en"):
            path = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "make_report.py"), language,
                                   str(1 << 20), tmp], capture_output=True, text=True, check=True).stdout.strip()
            drafts = [bench_tool("--draft", path, "--repeat", "3") for _ in range(3)]
            ms = med([d["draft_ms"] for d in drafts])
            d = drafts[0]
            row(f"draft a 1 MB report, {language} ({d['text_bytes']:,} bytes, {d['numbers']:,} numbers)", ms, None,
                "< 1000 ms", ms < 1000)

    # The editor on a draft of 5,000 numbers, on the live window: a click on a number until its
    # prefilled editor is filled; a number decided (labelled, applied, validated, the window
    # updated); F8 to the next undecided number; an undo. Medians over the repeats of one process.
    ed = bench_tool("--editor", "5000", "--repeat", "5")
    row(f"editor, {ed['figures']:,} figures: click on a number → prefilled editor", ed["click_to_editor_ms"], None,
        "< 50 ms", ed["click_to_editor_ms"] < 50)
    row("editor: decide a number (validated, window updated)", ed["decide_ms"], None, "< 250 ms",
        ed["decide_ms"] < 250)
    row("editor: F8 to the next undecided number", ed["next_undecided_ms"], None, "< 100 ms",
        ed["next_undecided_ms"] < 100)
    row("editor: undo", ed["undo_ms"], None, "< 250 ms", ed["undo_ms"] < 250)

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    print(f"machine: {cpu}, {os.cpu_count()} cores, {platform.platform()}; {RUNS} interleaved start-up runs, medians")
    if mpl:
        print(f"matplotlib: savefig at 2× {mpl['per_chart_ms']:.1f} ms per chart; one chart in its own process "
              f"{mpl['one_chart_process_ms']:.1f} ms (import alone {mpl['import_ms']:.0f} ms)")
    header = ("measure", "tongdao", "reference", "ratio", "target", "met")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(6)]
    for r in [header] + rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


if __name__ == "__main__":
    main()
