"""Times whole commands: alternating runs, medians, and each command's ratio to the last one.

usage: timing.py [--runs N] [--warmup N] [--prepare "label=command"]... [--compare "A/B"]...
                 [--input "label=FILE..."]... "label=command args" ...

The last command is the baseline. A `--prepare` command runs, untimed, before every run of the
command with that label (to empty an output folder, or to clean a crate before a rebuild).
`--compare A/B` also prints the ratio of A's median to B's. `--input label=FILES` names the
files a command reads (space-separated): it prints that command's median per megabyte of them,
and `--compare` then also prints the ratio of A's cost per megabyte to B's.
"""
import os
import argparse
import shlex
import statistics
import subprocess
import time


def split(spec: str) -> tuple[str, list[str]]:
    label, sep, command = spec.partition("=")
    if not sep or not label or not command:
        raise SystemExit(f"expected label=command, got {spec!r}")
    return label, shlex.split(command)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--prepare", action="append", default=[])
    parser.add_argument("--compare", action="append", default=[])
    parser.add_argument("--input", action="append", default=[])
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = [split(spec) for spec in args.commands]
    labels = [label for label, _ in commands]
    prepare = dict(split(spec) for spec in args.prepare)
    for label in prepare:
        if label not in labels:
            raise SystemExit(f"--prepare names no command: {label!r}")
    compare = []
    for pair in args.compare:
        a, _, b = pair.partition("/")
        if a not in labels or b not in labels:
            raise SystemExit(f"--compare names no command: {pair!r}")
        compare.append((a, b))
    times = {label: [] for label in labels}
    for i in range(args.warmup + args.runs):
        # Alternate which command goes first, so that neither always follows the other.
        order = commands if i % 2 == 0 else list(reversed(commands))
        for label, argv in order:
            if label in prepare:
                subprocess.run(prepare[label], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            if i >= args.warmup:
                times[label].append(elapsed)
    baseline_label = labels[-1]
    baseline = statistics.median(times[baseline_label])
    width = max(len(label) for label in labels)
    print(f"{'command':<{width}}  median ms     min ms   ratio to '{baseline_label}'")
    for label in labels:
        med = statistics.median(times[label])
        print(f"{label:<{width}}  {med * 1000:9.1f}  {min(times[label]) * 1000:9.1f}   {med / baseline:5.2f}x")
    megabytes = {}
    for spec in args.input:
        label, _, files = spec.partition("=")
        if label not in labels:
            raise SystemExit(f"--input names no command: {label!r}")
        megabytes[label] = sum(os.path.getsize(f) for f in shlex.split(files)) / 1e6
        med = statistics.median(times[label])
        print(f"{label}: {megabytes[label]:.1f} MB read, {med * 1000 / megabytes[label]:.1f} ms per MB")
    for a, b in compare:
        ratio = statistics.median(times[a]) / statistics.median(times[b])
        print(f"'{a}' / '{b}': {ratio:.2f}x")
        if a in megabytes and b in megabytes:
            per_mb = (statistics.median(times[a]) / megabytes[a]) / (statistics.median(times[b]) / megabytes[b])
            print(f"'{a}' / '{b}' per megabyte: {per_mb:.2f}x")
    print(f"({args.runs} alternating runs of each after {args.warmup} warm-up runs)")


if __name__ == "__main__":
    main()
