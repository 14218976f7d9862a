"""Times whole commands: alternating runs, medians, and each command's ratio to the last one.

usage: timing.py --runs N "label=command args" ... (the last command is the baseline)
"""
import argparse
import shlex
import statistics
import subprocess
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    commands = []
    for spec in args.commands:
        label, _, command = spec.partition("=")
        commands.append((label, shlex.split(command)))
    times = {label: [] for label, _ in commands}
    for i in range(args.warmup + args.runs):
        for label, argv in commands:
            start = time.perf_counter()
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            elapsed = time.perf_counter() - start
            if i >= args.warmup:
                times[label].append(elapsed)
    baseline_label = commands[-1][0]
    baseline = statistics.median(times[baseline_label])
    width = max(len(label) for label, _ in commands)
    print(f"{'command':<{width}}  median ms   min ms   ratio to '{baseline_label}'")
    for label, _ in commands:
        med = statistics.median(times[label])
        print(f"{label:<{width}}  {med * 1000:9.2f}  {min(times[label]) * 1000:7.2f}   {med / baseline:5.2f}x")
    print(f"({args.runs} alternating runs of each after {args.warmup} warm-up runs)")


if __name__ == "__main__":
    main()
