"""The report in a real browser: headless Chromium opens it from file:// with no network.

Chromium runs in a network namespace of its own (``unshare -n``: no interface but a loopback
that is down) where the machine allows it, and is told to use an unreachable proxy and to
resolve no name in any case. The page counts script errors on <body> and marks it rendered once
its filters ran; the dumped DOM shows both, and the charts' marks. A screenshot is saved and
must not be blank. Skipped, saying why, only where no Chromium is installed (.ci/run installs
Debian's when it runs as root).
"""

import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from pipelines.report_command import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it as root)",
)
OFFLINE_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def isolated() -> list[str]:
    """``unshare -n`` where this machine allows a new network namespace, else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], check=False).returncode == 0:
        return [unshare, "-n"]
    return []


def chromium(profile: Path, *arguments: str) -> subprocess.CompletedProcess:
    command = [*isolated(), CHROMIUM, *OFFLINE_FLAGS, f"--user-data-dir={profile}", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def png_pixels(path: Path) -> bytes:
    """The decompressed image data of a PNG (filter bytes included): enough to tell a blank
    image (one or two byte values) from a drawn one."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks = 8, []
    while offset < len(data):
        length = int.from_bytes(data[offset : offset + 4], "big")
        kind = data[offset + 4 : offset + 8]
        if kind == b"IDAT":
            chunks.append(data[offset + 8 : offset + 8 + length])
        offset += 12 + length
    return zlib.decompress(b"".join(chunks))


@pytest.fixture(scope="module")
def report_file(report_input, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("browser") / "report.html"
    assert main(["--input", str(report_input), "--to", str(target)]) == 0
    return target


def test_chromium_renders_the_charts_offline_without_script_errors(report_file, tmp_path):
    completed = chromium(
        tmp_path / "profile",
        "--virtual-time-budget=3000",
        "--enable-logging=stderr",
        "--dump-dom",
        report_file.as_uri(),
    )
    dom = completed.stdout
    assert completed.returncode == 0, completed.stderr[-2000:]
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert 'data-rendered="ok"' in body, "the page's script did not run to its end"
    assert 'data-errors="0"' in body
    assert "Uncaught" not in completed.stderr and "CONSOLE" not in completed.stderr
    for chart, mark, least in (
        ("timeline", "<rect", 5),
        ("network", "<path", 3),
        ("map", "<circle", 2),
    ):
        svg = re.search(rf'<svg[^>]*id="{chart}".*?</svg>', dom, re.S)
        assert svg and svg.group(0).count(mark) >= least, chart
    world = re.search(r'<svg[^>]*id="map".*?</svg>', dom, re.S).group(0)
    assert "display: none" not in world  # every place has events in the default filters
    shown = int(re.search(r'<span id="shown">(\d+)</span>', dom).group(1))
    assert shown >= 3  # the filters kept every asserted row


def test_a_screenshot_of_the_report_is_not_blank(report_file, tmp_path):
    shot = tmp_path / "report.png"
    completed = chromium(
        tmp_path / "profile",
        "--hide-scrollbars",
        "--window-size=1100,2400",
        f"--screenshot={shot}",
        report_file.as_uri(),
    )
    assert completed.returncode == 0 and shot.exists(), completed.stderr[-2000:]
    pixels = png_pixels(shot)
    assert len(set(pixels)) > 50, "the screenshot is blank"
    assert sum(1 for value in pixels if value not in (0, 255)) > len(pixels) // 100


def test_filters_from_the_address_hide_other_modalities_and_days(report_file, tmp_path):
    completed = chromium(
        tmp_path / "profile",
        "--virtual-time-budget=3000",
        "--dump-dom",
        report_file.as_uri() + "#modality=hypothetical&from=2023-02-24&to=2023-02-24",
    )
    dom = completed.stdout
    assert 'data-errors="0"' in re.search(r"<body[^>]*>", dom).group(0)
    assert re.search(r'<span id="shown">0</span>', dom)  # the table lists asserted events
    bars = re.findall(r'<rect class="mark"[^>]*>', dom)
    shown = [bar for bar in bars if "display: none" not in bar]
    assert shown and all(
        'data-modality="hypothetical"' in bar and 'data-day="2023-02-24"' in bar for bar in shown
    )
    assert len(shown) < len(bars)
