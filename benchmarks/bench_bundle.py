"""Size of the frozen bundle and its start-up time to a rendered preview (issue 10).

Prints:
  * the bundle's size on disk and the compressed download's size (target: ≤ 160 MB),
  * start-up to a rendered preview of the frozen app: ``kiji --self-test`` run N times
    (a fresh process each time, no window), as the self-test's own "preview" time (process
    start of the app's code → Japanese text in the preview's DOM) and as the whole process
    wall time (launch → exit, bootloader and unpacking included),
  * the same for the baseline measured in the same run: ``python -m editor --self-test``
    from the source checkout, and the ratio frozen / baseline.

Build the bundle first (``make package``), then:
``python benchmarks/bench_bundle.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "packaging"))

import bundle_rules
import make_installer
from timing import percentile

REPORT = re.compile(r"self-test: OK \(preview (\d+) ms")
TARGET_MB = 160.0


def tree_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (links counted once, as on disk)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def frozen_executable() -> tuple[Path, Path]:
    """The bundle folder and the frozen program inside it, for this platform."""
    if sys.platform == "darwin":
        app = REPO / "dist" / "Kiji.app"
        return app, app / "Contents" / "MacOS" / "Kiji"
    bundle = REPO / "dist" / "Kiji"
    return bundle, bundle / ("Kiji.exe" if sys.platform == "win32" else "kiji")


def run_self_test(command: list[str]) -> tuple[float, float]:
    """One fresh ``--self-test`` process: (preview ms from its report, process wall ms)."""
    with tempfile.TemporaryDirectory(prefix="kiji-bench-") as workdir:
        env = {**os.environ, "KIJI_HOME": workdir, "PYTHONPATH": str(REPO)}
        env["KIJI_SELF_TEST_REPORT"] = str(Path(workdir) / "report.txt")
        started = time.perf_counter()
        result = subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=workdir, timeout=300, check=False
        )
        wall_ms = (time.perf_counter() - started) * 1000
        report = (Path(workdir) / "report.txt").read_text(encoding="utf-8")
    match = REPORT.search(report)
    if result.returncode != 0 or match is None:
        raise SystemExit(f"self-test failed: {report.strip()}\n{result.stderr[-2000:]}")
    return float(match.group(1)), wall_ms


def summarise(label: str, previews: list[float], walls: list[float]) -> None:
    """Print one line of medians and p95s."""
    print(
        f"  {label:<36} preview median {statistics.median(previews):6.0f} ms  "
        f"p95 {percentile(previews, 0.95):6.0f} ms | process median "
        f"{statistics.median(walls):6.0f} ms  p95 {percentile(walls, 0.95):6.0f} ms"
    )


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[list, list]]:
    """Run each command's self-test ``runs`` times, interleaved so that load from other
    processes on the machine hits both alike (after one warm-up each for the file cache)."""
    for command in commands.values():
        run_self_test(command)
    results: dict[str, tuple[list, list]] = {label: ([], []) for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            preview, wall = run_self_test(command)
            results[label][0].append(preview)
            results[label][1].append(wall)
    for label, (previews, walls) in results.items():
        summarise(label, previews, walls)
    return results


def main() -> int:
    """Measure and print; exits non-zero when there is no bundle to measure."""
    parser = argparse.ArgumentParser(description="Kiji bundle size and frozen start-up time.")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    bundle, program = frozen_executable()
    if not program.exists():
        print(f"No frozen bundle at {bundle}: run `make package` first.")
        return 1
    version = bundle_rules.project_version(REPO / "pyproject.toml")
    print(f"Kiji {version} bundle ({sys.platform}, {make_installer.machine_name()})")
    print(f"  bundle on disk: {tree_size(bundle) / 1e6:.1f} MB ({bundle.relative_to(REPO)})")
    system = "darwin" if sys.platform == "darwin" else sys.platform
    system = "linux" if system.startswith("linux") else system
    download = (
        REPO
        / "dist"
        / make_installer.artifact_name(
            version, system, "x64" if system == "win32" else make_installer.machine_name()
        )
    )
    if download.is_file():
        size_mb = download.stat().st_size / 1e6
        verdict = "within" if size_mb <= TARGET_MB else "OVER"
        print(
            f"  download: {size_mb:.1f} MB ({download.name}; {size_mb * 1e6 / 2**20:.1f} MiB), "
            f"{verdict} the {TARGET_MB:.0f} MB target"
        )
    else:
        print(f"  download: not built ({download.name})")
    print(f"Start-up to a rendered preview, `--self-test`, {options.runs} runs each:")
    baseline = "baseline: python -m editor (source)"
    results = measure(
        {
            "frozen app": [str(program), "--self-test"],
            baseline: [sys.executable, "-m", "editor", "--self-test"],
        },
        options.runs,
    )
    ratio = statistics.median(results["frozen app"][1]) / statistics.median(results[baseline][1])
    print(f"  ratio frozen / baseline (process median): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
