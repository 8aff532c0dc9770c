#!/usr/bin/env python3
"""Turns the RESULT lines of the benchmark binaries into the console table, docs/benchmarks.md and docs/benchmarks.png."""
import argparse
import math
import os
import sys

CONTENDERS = ["hand", "adjoint", "adjoint-before", "adolc", "fd"]
LABELS = {"primal": "primal", "hand": "hand-written", "adjoint": "Adjoint",
          "adjoint-before": "Adjoint (AD before opt.)", "adolc": "ADOL-C", "fd": "central FD"}


def read_results(path):
    """Returns {(problem, size): {contender: row}} in file order, and the failed checks."""
    table, failed = {}, []
    for line in open(path):
        f = line.rstrip("\n").split("\t")
        if f[0] == "CHECK" and f[1] != "pass":
            failed.append(f"{f[2]} {f[3]} {f[4]}: relative error {f[5]} > {f[6]}")
        if f[0] != "RESULT":
            continue
        row = {"secs": float(f[4]), "err": float(f[5]), "peak": int(f[6]), "note": f[7] if len(f) > 7 else ""}
        table.setdefault((f[1], f[2]), {})[f[3]] = row
    return table, failed


def fmt_time(s):
    if s is None or math.isnan(s):
        return "–"
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if s >= scale:
            return f"{s / scale:.3g} {unit}"
    return f"{s:.3g} s"


def fmt_bytes(b):
    if b is None or b < 0:
        return "–"
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if b >= scale:
            return f"{b / scale:.3g} {unit}"
    return f"{b} B"


def fmt_ratio(x):
    if x is None or math.isnan(x):
        return "–"
    return f"{x:.3g}" if x < 1000 else f"{x:.2e}"


def ratio(rows, a, b):
    ra, rb = rows.get(a), rows.get(b)
    if not ra or not rb or math.isnan(ra["secs"]) or math.isnan(rb["secs"]) or rb["secs"] <= 0:
        return float("nan")
    return ra["secs"] / rb["secs"]


def summary_table(table):
    head = ["problem", "size", "primal"] + [LABELS[c] for c in CONTENDERS] + ["before / after", "Adjoint / hand"]
    body = []
    for (prob, size), rows in table.items():
        line = [prob, size, fmt_time(rows.get("primal", {}).get("secs"))]
        line += [fmt_ratio(ratio(rows, c, "primal")) for c in CONTENDERS]
        line += [fmt_ratio(ratio(rows, "adjoint-before", "adjoint")), fmt_ratio(ratio(rows, "adjoint", "hand"))]
        body.append(line)
    return head, body


def detail_table(table):
    head = ["problem", "size", "contender", "time", "grad / primal", "time / Adjoint", "max rel. error", "peak memory", "note"]
    body = []
    for (prob, size), rows in table.items():
        for c in ["primal"] + CONTENDERS:
            if c not in rows:
                continue
            r = rows[c]
            err = "–" if c == "primal" or math.isnan(r["err"]) or c == "hand" else f"{r['err']:.1e}"
            body.append([prob, size, LABELS[c], fmt_time(r["secs"]),
                         "–" if c == "primal" else fmt_ratio(ratio(rows, c, "primal")),
                         fmt_ratio(ratio(rows, c, "adjoint")), err,
                         "–" if c == "primal" else fmt_bytes(r["peak"]), r["note"]])
    return head, body


def markdown(head, body):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(out)


def plain(head, body):
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip() for row in [head] + body]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def targets(table):
    """The issue's targets as a table (reported, not asserted)."""
    rows = []
    for (prob, size), r in table.items():
        checks = [("gradient / primal <= 3", ratio(r, "adjoint", "primal"), 3, prob in ("gmm", "lstm", "tanh"), False),
                  ("Adjoint / hand-written <= 1.2", ratio(r, "adjoint", "hand"), 1.2, True, False),
                  ("before / after >= 2", ratio(r, "adjoint-before", "adjoint"), 2, prob in ("normalize", "gmm"), True)]
        for name, value, bound, applies, at_least in checks:
            if not applies:
                continue
            if math.isnan(value):
                rows.append([name, prob, size, "–", "not measured"])
            else:
                ok = value >= bound if at_least else value <= bound
                rows.append([name, prob, size, f"{value:.3f}" if value < 10 else f"{value:.3g}", "met" if ok else "not met"])
    rows.sort(key=lambda x: x[0])
    return markdown(["target", "problem", "size", "value", "result"], rows)


def plot(table, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    keys = list(table.keys())
    fig, ax = plt.subplots(figsize=(max(10, 0.75 * len(keys)), 5.5))
    width = 0.8 / len(CONTENDERS)
    for i, c in enumerate(CONTENDERS):
        vals = [ratio(table[k], c, "primal") for k in keys]
        xs = [j + (i - (len(CONTENDERS) - 1) / 2) * width for j in range(len(keys))]
        ax.bar(xs, [v if not math.isnan(v) else 0 for v in vals], width, label=LABELS[c])
    ax.set_yscale("log")
    ax.set_ylabel("derivative time / primal time (log scale)")
    ax.set_xticks(range(len(keys)))
    ax.set_xticklabels([f"{p}\n{s}" for p, s in keys], rotation=60, ha="right", fontsize=8)
    ax.axhline(3, color="grey", linestyle="--", linewidth=0.8)
    ax.legend(fontsize=8, ncol=3)
    ax.set_title("Cost of the derivative relative to the primal (lower is better; dashed: ratio 3)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def compile_failures(build_dir):
    out = []
    for prob in sorted(os.listdir(build_dir)):
        for variant in ("after", "before"):
            flag = os.path.join(build_dir, prob, f"ad_{variant}.failed")
            if os.path.exists(flag):
                log = open(os.path.join(build_dir, prob, f"ad_{variant}.log")).read().strip()
                name = "Adjoint" if variant == "after" else "Adjoint (AD before opt.)"
                out.append(f"### {prob}: {name}\n\n```\n{log}\n```\n")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("--build", required=True)
    ap.add_argument("--md")
    ap.add_argument("--png")
    ap.add_argument("--template")
    ap.add_argument("--info", default="")
    a = ap.parse_args()
    table, failed = read_results(a.results)
    sh, sb = summary_table(table)
    dh, db = detail_table(table)
    print(plain(sh, sb))
    print()
    print(plain(dh, db))
    if failed:
        print("\nFailed gradient checks:\n" + "\n".join(failed))
    if a.md:
        plot(table, a.png)
        text = open(a.template).read()
        fills = {"INFO": a.info, "SUMMARY": markdown(sh, sb), "DETAIL": markdown(dh, db),
                 "TARGETS": targets(table), "PNG": os.path.basename(a.png),
                 "COMPILE_FAILURES": compile_failures(a.build) or "None: every kernel compiled with both variants.",
                 "FAILED_CHECKS": "\n".join("- " + f for f in failed) or "None: every gradient agreed with the hand-written one."}
        for k, v in fills.items():
            text = text.replace("{{" + k + "}}", v)
        open(a.md, "w").write(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
