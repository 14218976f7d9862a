#!/usr/bin/env python3
"""Generates every spec in ../shared/spec-reference (or the folder given: ../shared/third-party-specs) with --all, checks each
crate with clippy (warnings denied, all targets and features) and compiles its doctests with
every feature (the crate docs' quick start, the blocking client's and the hooks' examples), and prints a table: spec, operations, types, lines generated,
generation time, and the check result.

usage: scripts/check-all-specs.py [SPEC_DIR] [--only NAME ...]
The crates go to target/all-specs/ as one workspace, so dependencies are built once.
"""
import argparse
import pathlib
import re
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("spec_dir", nargs="?", default=str(ROOT.parent / "shared" / "spec-reference"))
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    specs = sorted(pathlib.Path(args.spec_dir).glob("*.json"))
    if args.only:
        specs = [s for s in specs if s.stem in args.only]
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "generator"], cwd=ROOT, check=True)
    generator = ROOT / "target" / "release" / "generator"
    work = ROOT / "target" / "all-specs"
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    members = []
    for spec in specs:
        out = work / spec.stem
        start = time.perf_counter()
        run = subprocess.run([str(generator), "--spec", str(spec), "--all", "--out", str(out)], capture_output=True, text=True)
        elapsed = (time.perf_counter() - start) * 1000
        row = {"spec": spec.name, "ops": "-", "types": "-", "lines": 0, "ms": elapsed, "result": ""}
        if run.returncode != 0:
            first = next((l for l in run.stderr.splitlines() if l.startswith("error")), run.stderr.strip()[:80])
            row["result"] = f"generation failed: {first}"
        else:
            m = re.search(r"(\d+) of \d+ operations, (\d+) types", run.stdout)
            if m:
                row["ops"], row["types"] = m.group(1), m.group(2)
            row["lines"] = sum(len(p.read_text().splitlines()) for p in out.rglob("*.rs"))
            members.append(spec.stem)
        rows.append(row)
    (work / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"3\"\nmembers = [\n" + "".join(f'    "{m}",\n' for m in members) + "]\n"
    )
    lock = ROOT / "Cargo.lock"
    if lock.exists() and not (work / "Cargo.lock").exists():
        (work / "Cargo.lock").write_bytes(lock.read_bytes())
    for row in rows:
        if row["result"]:
            continue
        manifest = (work / pathlib.Path(row["spec"]).stem / "Cargo.toml").read_text()
        package = re.search(r'^name = "([^"]+)"', manifest, re.M).group(1)
        check = subprocess.run(
            ["cargo", "clippy", "--quiet", "-p", package, "--all-targets", "--all-features", "--", "-D", "warnings"],
            cwd=work, capture_output=True, text=True,
        )
        if check.returncode == 0:
            # The crate docs' quick start is a doctest: it must compile too, with every feature
            # (the blocking client's and the hooks' examples are behind theirs).
            check = subprocess.run(
                ["cargo", "test", "--quiet", "--doc", "-p", package, "--all-features"],
                cwd=work, capture_output=True, text=True,
            )
        if check.returncode == 0:
            row["result"] = "ok"
        else:
            lines = (check.stderr + check.stdout).splitlines()
            first = next((l for l in lines if l.startswith(("error", "warning"))), "failed")
            row["result"] = f"FAILED: {first}"
        print(f"{row['spec']}: {row['result']}", file=sys.stderr, flush=True)
    print(f"| {'spec':<34} | {'ops':>4} | {'types':>5} | {'lines':>7} | {'gen ms':>7} | check |")
    print(f"|{'-' * 36}|{'-' * 6}|{'-' * 7}|{'-' * 9}|{'-' * 9}|-------|")
    for r in rows:
        print(f"| {r['spec']:<34} | {r['ops']:>4} | {r['types']:>5} | {r['lines']:>7} | {r['ms']:>7.0f} | {r['result']} |")
    failed = [r for r in rows if r["result"] != "ok"]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} specs generate, pass clippy with warnings denied, and their doctests compile")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
