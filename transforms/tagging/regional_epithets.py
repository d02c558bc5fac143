"""Regional epithets that stand for the last-named state of a region: "the East African nation"
(Kenya, named before), "the Balkan country", "the Central Asian state", "the Caribbean nation".

Consumes nothing; produces the phrases (after "the") and the states each may stand for, which
``epithets`` adds to its anaphoric epithets. Wire copy names a state once and then varies by
region ("Kenya said it would send police officers to Haiti ... Blinken thanked the East African
nation for its leadership"). A region lists the states wire copy puts in it; one not listed
leaves the epithet unresolved, which costs a row but never codes a wrong state.
"""

from transforms.tagging.text import words


def codes(text: str) -> frozenset[str]:
    """Space-separated state codes as a set."""
    return frozenset(text.split(" "))


EAST_AFRICA = codes("KEN TZA UGA RWA BDI ETH SOM SSD DJI ERI")
WEST_AFRICA = codes("NGA GHA SEN CIV MLI BFA NER GIN GMB GNB SLE LBR TGO BEN MRT CPV")
CENTRAL_AFRICA = codes("CAF CMR TCD COG COD GAB GNQ")
SOUTHERN_AFRICA = codes("ZAF ZWE ZMB MOZ MWI BWA NAM AGO LSO SWZ MDG")
NORTH_AFRICA = codes("EGY LBY TUN DZA MAR SDN")
CENTRAL_AMERICA = codes("GTM HND SLV NIC CRI PAN BLZ")
SOUTH_AMERICA = codes("ARG BRA CHL COL PER VEN ECU BOL PRY URY GUY SUR")
CARIBBEAN = codes("CUB HTI DOM JAM TTO BHS BRB")
EUROPE = codes(
    "FRA DEU GBR ITA ESP PRT NLD BEL LUX IRL AUT CHE NOR SWE DNK FIN ISL POL CZE SVK HUN ROU "
    "BGR GRC HRV SVN SRB BIH MNE MKD ALB XKX EST LVA LTU UKR BLR MDA CYP MLT"
)  # ("the European country" is a state of Europe, not the European Union)
GULF = codes("SAU ARE QAT KWT BHR OMN")
# (without Palestine: wire copy names Gaza as a place in stories whose "Middle Eastern nation"
# is Israel or Egypt)
MIDDLE_EAST = GULF | codes("ISR JOR LBN SYR IRQ IRN YEM EGY TUR")
ARAB = GULF | codes("JOR LBN SYR IRQ YEM") | NORTH_AFRICA | codes("MRT SOM DJI COM")
REGIONS: dict[tuple[str, ...], frozenset[str]] = {
    ("east", "african"): EAST_AFRICA,
    ("west", "african"): WEST_AFRICA,
    ("central", "african"): CENTRAL_AFRICA,
    ("southern", "african"): SOUTHERN_AFRICA,
    ("north", "african"): NORTH_AFRICA,
    ("african",): EAST_AFRICA | WEST_AFRICA | CENTRAL_AFRICA | SOUTHERN_AFRICA | NORTH_AFRICA,
    ("horn", "of", "africa"): codes("ETH SOM ERI DJI"),
    ("central", "asian"): codes("KAZ UZB TKM KGZ TJK"),
    ("south", "asian"): codes("IND PAK BGD LKA NPL BTN MDV AFG"),
    ("southeast", "asian"): codes("IDN MYS PHL THA VNM SGP MMR KHM LAO BRN TLS"),
    ("himalayan",): codes("NPL BTN"),
    ("balkan",): codes("SRB HRV BIH MNE MKD ALB XKX BGR ROU SVN GRC"),
    ("baltic",): codes("EST LVA LTU"),
    ("nordic",): codes("NOR SWE DNK FIN ISL"),
    ("scandinavian",): codes("NOR SWE DNK"),
    ("caucasus",): codes("GEO ARM AZE"),
    ("european",): EUROPE,
    ("caribbean",): CARIBBEAN,
    ("central", "american"): CENTRAL_AMERICA,
    ("south", "american"): SOUTH_AMERICA,
    ("latin", "american"): CENTRAL_AMERICA | SOUTH_AMERICA | CARIBBEAN | codes("MEX"),
    ("andean",): codes("PER BOL ECU COL CHL"),
    ("middle", "eastern"): MIDDLE_EAST,
    ("mideast",): MIDDLE_EAST,
    ("gulf",): GULF,
    ("arab",): ARAB,
    ("pacific", "island"): codes("FJI PNG SLB VUT WSM TON KIR TUV NRU PLW MHL FSM"),
}
# What the region's adjective may qualify: "the East African nation", "the Balkan country"
STATE_NOUNS = words("nation country state")
# A bloc's name between the region and the noun: "the Baltic EU state", "the Nordic NATO member"
BLOC_WORDS = ((), ("eu",), ("nato",))


def regional_epithets() -> dict[tuple[str, ...], frozenset[str]]:
    """Each region's phrases after "the" ("east african nation", ...) and its states."""
    return {
        (*region, *bloc, noun): states
        for region, states in REGIONS.items()
        for bloc in BLOC_WORDS
        for noun in sorted(STATE_NOUNS | ({"member"} if bloc else set()))
    }
