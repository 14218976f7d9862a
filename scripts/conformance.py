#!/usr/bin/env python3
"""The conformance harness over a corpus: every operation of every spec, through the generated
library and its command line, against Prism serving that spec (static and dynamic modes), and
through the library against the crate's own typed mock.

usage: scripts/conformance.py [--static|--dynamic|--mock] [--no-mock] [--no-cli] [SPEC_OR_FOLDER ...]

Without a spec or folder it runs the whole corpus: Twilio's 55 specs
(../shared/spec-reference), the 48 other vendors' (../shared/third-party-specs) and the
project's own (tests/fixtures/conformance). It installs Prism if needed, builds the harness
(`tests/src/bin/conformance.rs`) and prints its Markdown table; the exit code is the harness's
(1 if any operation fails, Prism's named faults apart).
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    args = sys.argv[1:]
    if not [a for a in args if not a.startswith("-")]:
        args += [
            str(ROOT.parent / "shared" / "spec-reference"),
            str(ROOT.parent / "shared" / "third-party-specs"),
            str(ROOT / "tests" / "fixtures" / "conformance"),
        ]
    subprocess.run(["bash", str(ROOT / "scripts" / "install-prism.sh")], check=True)
    build = subprocess.run(["cargo", "build", "--quiet", "-p", "tests", "--bin", "conformance"], cwd=ROOT)
    if build.returncode != 0:
        return build.returncode
    harness = ROOT / "target" / "debug" / "conformance"
    return subprocess.run([str(harness), *args], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
