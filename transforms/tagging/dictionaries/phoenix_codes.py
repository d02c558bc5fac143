"""Phoenix actor codes read as the tagger's actors: a country or organisation and a sector.

Consumes codes such as "USAGOVMIL", "PSEREBHMS", "IGOUNODEVWBK"; produces (country or
organisation code, sector) or None when the tagger cannot express the code: groups of regions
("IMG"), organisations other than those of ``organizations.tsv``, codes with no part among the
tagger's sectors (the first such part gives the sector; INS and UAF read as REB, SPY as GOV).
"""

import pycountry

TAGGER_SECTORS = frozenset(["REB", "OPP", "MIL", "COP", "JUD", "LEG", "GOV", "IGO", "NGO", "BUS"])
TAGGER_SECTORS |= {"CVL", "ELI"}
SECTOR_ALIASES = {"INS": "REB", "UAF": "REB", "SPY": "GOV"}
# Phoenix organisation codes (3-letter parts after IGO/NGO) -> the tagger's organisation code and
# sector; the specific ones are tried before UNO and EEC ("IGOUNODEVWBK" is the World Bank).
SPECIFIC_ORGS = {
    "WBK": ("WBK", "IGO"),
    "IMF": ("IMF", "IGO"),
    "NAT": ("NATO", "IGO"),
    "ARL": ("ARL", "IGO"),
    "ASN": ("ASN", "IGO"),
    "OIC": ("OIC", "IGO"),
    "OPC": ("OPC", "IGO"),
    "AFU": ("AFR", "IGO"),
    "WAS": ("ECW", "IGO"),
    "ICC": ("ICC", "JUD"),
    "ICJ": ("ICJ", "JUD"),
    "IRC": ("IRC", "NGO"),
}
GENERAL_ORGS = {"UNO": ("UNO", "IGO"), "EEC": ("EUR", "IGO")}


def is_country(code: str) -> bool:
    """Whether a 3-letter code is one the tagger accepts as a country (ISO alpha-3 or XKX)."""
    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


def split_code(code: str) -> tuple[str, str | None] | None:
    """A Phoenix code as (country or organisation, tagger sector), or None if not expressible."""
    code = code.strip("~")
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if not parts or len(parts[-1]) != 3:
        return None
    if parts[0] in ("IGO", "NGO"):
        for table in (SPECIFIC_ORGS, GENERAL_ORGS):
            for part in parts[1:]:
                if part in table:
                    return table[part]
        return None
    if parts[0] == "KSV":
        parts[0] = "XKX"
    if not is_country(parts[0]):
        return None
    if len(parts) == 1:
        return parts[0], None
    for part in parts[1:]:  # the first part the tagger codes: "USAGOVMED" GOV, "USAASMGOV" GOV
        sector = SECTOR_ALIASES.get(part, part)
        if sector in TAGGER_SECTORS:
            return parts[0], sector
    return None
