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
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


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

    # Start-up, interleaved.
    a_wall, a_rss, a_frame, b_wall, b_rss, b_frame = [], [], [], [], [], []
    for _ in range(RUNS):
        w, r, out = run_measured([TONGDAO, "--measure-startup"])
        a_wall.append(w); a_rss.append(r); a_frame.append(first_frame(out))
        w, r, out = run_measured([BASELINE, "--measure-startup"])
        b_wall.append(w); b_rss.append(r); b_frame.append(first_frame(out))
    med = statistics.median
    row("start-up, whole process (wall)", med(a_wall), med(b_wall), "≤ 1.3× baseline", med(a_wall) <= 1.3 * med(b_wall))
    row("start-up, peak RSS", med(a_rss) / 1024, med(b_rss) / 1024, "≤ 1.3× baseline", med(a_rss) <= 1.3 * med(b_rss), "MiB")
    row("start-up, first frame in-process", med(a_frame), med(b_frame))

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
