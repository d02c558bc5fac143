"""Converts PETR2_GSR_validation.xml (MIT, see LICENSE.petr2-gsr) into petr2_silver.jsonl.

Each <Sentence> becomes one gold document (id, text, published = the record's date); each
<EventCoding> becomes an event whose source/target are the first three letters of the actor
codes ("---" = unknown, None; "IGO" codes keep their organisation: IGOUNO -> UNO) and whose type
is the PLOVER type of the CAMEO code by the taxonomy (codes outside the 12 in-scope types stay in
the file and are ignored by the scorer). No labels are corrected: the set is silver.
Run from the repository root: python tests/resources/tagging/make_petr2_silver.py
"""

import datetime
import json
import re
from pathlib import Path

from transforms.tagging.taxonomy import plover_for_cameo

HERE = Path(__file__).parent


def country(code: str) -> str | None:
    """The country (or organisation) part of a CAMEO actor code."""
    if code.startswith("IGO"):
        return code[3:6] or None
    return None if code.startswith("---") else code[:3]


def published(value: str) -> str:
    """The record's date as ISO; the one record with a six-digit date is read as YYMMDD."""
    if len(value) == 6:
        value = "20" + value
    return datetime.date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()


def main() -> None:
    xml = (HERE / "PETR2_GSR_validation.xml").read_text("utf-8")
    records = re.split(r"(?=<Sentence )", xml)[1:]
    with open(HERE / "petr2_silver.jsonl", "w", encoding="utf-8") as out:
        for record in records:
            head = dict(
                re.findall(r'(\w+)="([^"]*)"', re.search(r"<Sentence ([^>]*)>", record).group(1))
            )
            text = re.search(r"<Text>(.*?)</Text>", record, re.S)
            body = " ".join(text.group(1).split()) if text else ""
            if not body:
                continue
            events = []
            for coding in re.findall(r"<EventCoding ([^>]*)/>", record):
                attrs = dict(re.findall(r'(\w+)="([^"]*)"', coding))
                if "eventcode" not in attrs:
                    continue
                events.append(
                    {
                        "source": country(attrs["sourcecode"]),
                        "target": country(attrs["targetcode"]),
                        "type": plover_for_cameo(attrs["eventcode"]) or "NONE",
                        "cameo": attrs["eventcode"],
                    }
                )
            line = {
                "id": head["id"],
                "published": published(head["date"]),
                "text": body,
                "events": events,
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
