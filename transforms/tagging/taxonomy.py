"""The CAMEO/PLOVER taxonomy: every CAMEO code the patterns use, with its PLOVER type and mode,
quad class and Goldstein value, read from ``data/taxonomy.tsv``.

The PLOVER rule that a promised or planned cooperation is itself an AGREE event lives here too:
``future_code`` maps a cooperative code to its CAMEO 03 ("express intent to ...") counterpart.
"""

import dataclasses
import functools

from transforms.tagging.entries import data_rows

IN_SCOPE = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "SANCTION",
)
# Intent codes for promised cooperation (PLOVER: a promise or a plan is an AGREE event).
FUTURE_CODES = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
}
FUTURE_AID = {"071": "0331", "072": "0332", "073": "0333"}


@dataclasses.dataclass(frozen=True)
class CameoCode:
    """One row of the taxonomy."""

    cameo: str
    plover_type: str
    plover_mode: str | None
    quad_class: int
    goldstein: float
    description: str

    @property
    def root(self) -> str:
        """The two-digit CAMEO root ("04" for "041")."""
        return self.cameo[:2]


@functools.lru_cache(maxsize=1)
def load_taxonomy() -> dict[str, CameoCode]:
    """CAMEO code to its row; every code a pattern uses must be here."""
    table: dict[str, CameoCode] = {}
    for number, row in data_rows("taxonomy.tsv"):
        if row["plover_type"] not in IN_SCOPE:
            raise ValueError(f"taxonomy.tsv:{number}: {row['plover_type']} is not in scope")
        table[row["cameo"]] = CameoCode(
            cameo=row["cameo"],
            plover_type=row["plover_type"],
            plover_mode=None if row["plover_mode"] in ("", "-") else row["plover_mode"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            description=row["description"],
        )
    return table


def future_code(code: CameoCode) -> str | None:
    """The AGREE code for a promise of a cooperative event, or None if it stays as it is."""
    if code.cameo in FUTURE_AID:
        return FUTURE_AID[code.cameo]
    return FUTURE_CODES.get(code.plover_type)


def plover_for_cameo(cameo: str) -> str | None:
    """The PLOVER type of any CAMEO code, by its root, for codes outside the table (gold data)."""
    table = load_taxonomy()
    if cameo in table:
        return table[cameo].plover_type
    root = cameo[:2]
    by_root = {
        "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
        "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
        "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
        "19": "ASSAULT", "20": "ASSAULT",
    }  # fmt: skip
    if root == "08":
        return "CONCEDE" if cameo[:3] in ("080", "081", "082", "083") else "RETREAT"
    return by_root.get(root)
