"""Counter names are declared once (transforms/counters.py): no stage or summary spells one."""

import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parents[2]
SPELLED = re.compile(r"Metrics\.(counter|distribution)\(\s*[\"']|counts\.get\(\s*f?[\"']")


def test_no_module_spells_a_counter_name():
    sources = [*(REPO / "transforms").rglob("*.py"), *(REPO / "pipelines").glob("*.py")]
    spelled = [
        f"{path.relative_to(REPO)}: {match.group(0)}"
        for path in sources
        for match in SPELLED.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not spelled
