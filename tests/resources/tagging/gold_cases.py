"""Writes own_gold.jsonl: newsbeam's own annotated cases (composed for the project, Apache-2.0)."""
import json

C = []


def case(cid, published, text, *events, note=""):
    evs = []
    for e in events:
        s, t, typ, date, *rest = e
        evs.append({"source": s, "target": t, "type": typ, "date": date,
                    "modality": rest[0] if rest else "asserted"})
    C.append({"id": cid, "published": published, "text": text, "events": evs, "note": note})


# --- consult: phone, meetings, visits, hosting, direction ---------------------------------
case("g001", "2023-02-24", "Doha, Qatar – His Highness Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, received a phone call from Syrian President Bashar al-Assad on Friday evening.",
     ("SYR", "QAT", "CONSULT", "2023-02-24"), note="phone call received: caller is the source")
case("g002", "2024-03-12", "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan on Monday about the war in Gaza, the State Department said.",
     ("USA", "SAU", "CONSULT", "2024-03-11"))
case("g003", "2022-11-15", "Chinese President Xi Jinping met U.S. President Joe Biden on Monday on the sidelines of the G20 summit in Bali, their first in-person talks since Biden took office.",
     ("CHN", "USA", "CONSULT", "2022-11-14"), note="met: subject to object")
case("g004", "2023-07-05", "Turkish Foreign Minister Hakan Fidan visited Baghdad on Tuesday, where he met Iraqi Prime Minister Mohammed Shia al-Sudani.",
     ("TUR", "IRQ", "CONSULT", "2023-07-04"), note="visit of a capital = visit of the country")
case("g005", "2023-04-19", "Riyadh – Saudi Crown Prince Mohammed bin Salman received Iranian Foreign Minister Hossein Amir-Abdollahian in Riyadh on Tuesday.",
     ("IRN", "SAU", "CONSULT", "2023-04-18"), note="host receives visitor: visitor is the source")
case("g006", "2021-06-10", "Egypt hosted Israeli Prime Minister Naftali Bennett for talks in Sharm el-Sheikh on Wednesday.",
     ("ISR", "EGY", "CONSULT", "2021-06-09"))
case("g007", "2024-05-20", "Japan's Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Seoul on Sunday.",
     ("JPN", "KOR", "CONSULT", "2024-05-19"))
case("g008", "2023-09-14", "Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks at the Vostochny Cosmodrome on Wednesday.",
     ("RUS", "PRK", "CONSULT", "2023-09-13"), ("PRK", "RUS", "CONSULT", "2023-09-13"), note="A and B held talks: symmetric")
case("g009", "2022-08-03", "Taipei - U.S. House Speaker Nancy Pelosi arrived in Taipei late on Tuesday, defying warnings from Beijing.",
     ("USA", "TWN", "CONSULT", "2022-08-02"))
case("g010", "2024-01-25", "The Iranian foreign minister was received by Pakistan's prime minister in Islamabad on Wednesday, a day after the two countries agreed to de-escalate.",
     ("IRN", "PAK", "CONSULT", "2024-01-24"), note="passive host")
case("g011", "2023-06-20", "Talks between Armenia and Azerbaijan resumed in Washington on Tuesday.",
     ("ARM", "AZE", "CONSULT", "2023-06-20"), ("AZE", "ARM", "CONSULT", "2023-06-20"))
case("g012", "2024-02-08", "French President Emmanuel Macron telephoned Egyptian President Abdel Fattah al-Sisi yesterday to discuss a ceasefire in Gaza.",
     ("FRA", "EGY", "CONSULT", "2024-02-07"))
case("g013", "2023-03-11", "Indian External Affairs Minister Subrahmanyam Jaishankar met his Russian counterpart Sergei Lavrov in New Delhi on Thursday.",
     ("IND", "RUS", "CONSULT", "2023-03-09"), note="his X counterpart")
case("g014", "2024-06-04", "Lavrov held phone talks with Chinese Foreign Minister Wang Yi on Monday, the Russian Foreign Ministry said.",
     ("RUS", "CHN", "CONSULT", "2024-06-03"), note="untitled leader resolved by date")
case("g015", "2023-10-16", "U.S. Secretary of State Antony Blinken returned to Israel on Monday after a six-nation tour of Arab states. Blinken met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv.",
     ("USA", "ISR", "CONSULT", "2023-10-16"))
case("g016", "2019-12-10", "Ukrainian President Volodymyr Zelensky and Russian President Vladimir Putin met for the first time in Paris on Monday.",
     ("UKR", "RUS", "CONSULT", "2019-12-09"), ("RUS", "UKR", "CONSULT", "2019-12-09"))
case("g017", "2023-02-27", "The Emir of Qatar welcomed the Turkish foreign minister at the Amiri Diwan on Sunday.",
     ("TUR", "QAT", "CONSULT", "2023-02-26"), note="welcomed a person: host")
case("g018", "2024-09-02", "German Chancellor Olaf Scholz paid a two-day visit to Kazakhstan, meeting President Kassym-Jomart Tokayev in Astana on Monday.",
     ("DEU", "KAZ", "CONSULT", "2024-09-02"))
# --- future, hypothetical, negated --------------------------------------------------------
case("g019", "2023-03-20", "Chinese President Xi Jinping will visit Russia next week for talks with Vladimir Putin, the Kremlin said.",
     ("CHN", "RUS", "AGREE", "2023-03-27", "future"), note="planned visit = AGREE, future")
case("g020", "2023-05-02", "Qatar may consider reopening its embassy in Damascus, officials said on Monday.",
     ("QAT", "SYR", "SUPPORT", None, "hypothetical"), note="hypothetical: must not be reported")
case("g021", "2024-11-12", "The Kremlin denied that Putin had spoken by phone with Donald Trump.",
     ("RUS", "USA", "CONSULT", None, "negated"))
case("g022", "2023-08-30", "Saudi Arabia has no plans to establish diplomatic relations with Israel, the foreign minister said on Tuesday.",
     ("SAU", "ISR", "SUPPORT", None, "negated"))
case("g023", "2022-07-14", "Iran could restore ties with Egypt if Cairo takes steps to address its concerns, an Iranian lawmaker said.",
     ("IRN", "EGY", "SUPPORT", None, "hypothetical"))
case("g024", "2024-04-03", "Israel did not summon the Turkish ambassador over the remarks, contrary to earlier reports.",
     ("ISR", "TUR", "ACCUSE", None, "negated"))
case("g025", "2023-11-06", "Bahrain is expected to restore diplomatic relations with Iran within months, analysts said.",
     ("BHR", "IRN", "SUPPORT", None, "hypothetical"))
case("g026", "2025-02-17", "U.S. Secretary of State Marco Rubio is scheduled to meet Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.",
     ("USA", "RUS", "AGREE", "2025-02-18", "future"))
case("g027", "2023-01-18", "Egypt ruled out sending troops to Libya, the presidency said.", note="no dyad to code")
case("g028", "2024-07-09", "Hungarian Prime Minister Viktor Orban could meet Chinese President Xi Jinping in Beijing, diplomats said, though no date has been set.",
     ("HUN", "CHN", "CONSULT", None, "hypothetical"))
case("g029", "2023-06-01", "Turkey will not ratify Sweden's NATO membership until Stockholm acts against Kurdish militants, President Recep Tayyip Erdogan said.", note="no in-scope dyad")
case("g030", "2022-03-04", "Obama said he would not provide support to Israel.", note="fictional: negated support",
     )
C[-1]["events"] = [{"source": "USA", "target": "ISR", "type": "SUPPORT", "date": None, "modality": "negated"}]
# --- agree / support / cooperate / aid ------------------------------------------------------
case("g031", "2023-03-11", "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen embassies within two months, in a deal brokered by China.",
     ("SAU", "IRN", "AGREE", "2023-03-10"), ("IRN", "SAU", "AGREE", "2023-03-10"))
case("g032", "2023-03-11", "Saudi Arabia and Iran restored diplomatic ties on Friday after seven years of hostility.",
     ("SAU", "IRN", "SUPPORT", "2023-03-10"), ("IRN", "SAU", "SUPPORT", "2023-03-10"))
case("g033", "2024-05-28", "Spain, Ireland and Norway formally recognised the State of Palestine on Tuesday.",
     ("ESP", "PSE", "SUPPORT", "2024-05-28"), ("IRL", "PSE", "SUPPORT", "2024-05-28"), ("NOR", "PSE", "SUPPORT", "2024-05-28"), note="compound source, shared mention")
case("g034", "2023-07-12", "Japan pledged $500 million in humanitarian aid to Ukraine on Wednesday.",
     ("JPN", "UKR", "AGREE", "2023-07-12"), note="pledge = AGREE")
case("g035", "2023-02-08", "The United Arab Emirates sent 50 tonnes of humanitarian aid to Syria on Tuesday after the earthquake.",
     ("ARE", "SYR", "AID", "2023-02-07"))
case("g036", "2024-10-31", "Indonesia and Australia signed a defence cooperation agreement in Canberra on Thursday.",
     ("IDN", "AUS", "SUPPORT", "2024-10-31"), ("AUS", "IDN", "SUPPORT", "2024-10-31"))
case("g037", "2023-08-19", "Japan and South Korea will hold joint military exercises with the United States later this year, officials said.",
     ("JPN", "USA", "AGREE", None, "future"), ("KOR", "USA", "AGREE", None, "future"))
case("g038", "2022-04-06", "Germany will supply air defence systems to Ukraine, Chancellor Olaf Scholz said on Tuesday.",
     ("DEU", "UKR", "AGREE", "2022-04-05", "future"))
case("g039", "2024-02-27", "The European Union praised Armenia's decision to join the International Criminal Court.",
     ("EUR", "ARM", "SUPPORT", "2024-02-27"))
case("g040", "2023-05-19", "The Arab League readmitted Syria this month, and Saudi Arabia welcomed Assad to the summit in Jeddah on Friday.",
     ("SYR", "SAU", "CONSULT", "2023-05-19"))
case("g041", "2021-01-06", "Saudi Arabia, the UAE, Bahrain and Egypt restored full diplomatic ties with Qatar on Tuesday, ending a three-year rift.",
     ("SAU", "QAT", "SUPPORT", "2021-01-05"), ("ARE", "QAT", "SUPPORT", "2021-01-05"), ("BHR", "QAT", "SUPPORT", "2021-01-05"), ("EGY", "QAT", "SUPPORT", "2021-01-05"))
case("g042", "2023-12-06", "China signed a trade deal with Nicaragua on Tuesday.",
     ("CHN", "NIC", "SUPPORT", "2023-12-05"))
case("g043", "2024-08-21", "India and Malaysia agreed to boost trade and defence cooperation during talks in Kuala Lumpur on Tuesday.",
     ("IND", "MYS", "AGREE", "2024-08-20"), ("MYS", "IND", "AGREE", "2024-08-20"))
case("g044", "2023-10-10", "The World Food Programme delivered food aid to Afghanistan last week.",
     ("UNO", "AFG", "AID", "2023-10-03"))
case("g045", "2022-12-22", "Turkey granted asylum to two Russian dissidents, officials said.",
     ("TUR", "RUS", "AID", "2022-12-22"), note="asylum to a country's dissidents")
# --- conflict verbs ------------------------------------------------------------------------
case("g046", "2017-06-05", "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on Monday, accusing it of supporting terrorism.",
     ("SAU", "QAT", "SANCTION", "2017-06-05"), ("ARE", "QAT", "SANCTION", "2017-06-05"), ("BHR", "QAT", "SANCTION", "2017-06-05"), ("EGY", "QAT", "SANCTION", "2017-06-05"))
case("g047", "2022-02-23", "The European Union imposed sanctions on Russian lawmakers on Wednesday.",
     ("EUR", "RUS", "SANCTION", "2022-02-23"))
case("g048", "2023-05-20", "The United States and Britain announced new sanctions against Russia on Friday.",
     ("USA", "RUS", "SANCTION", "2023-05-19"), ("GBR", "RUS", "SANCTION", "2023-05-19"))
case("g049", "2022-04-05", "Germany expelled 40 Russian diplomats on Monday over the killings in Bucha.",
     ("DEU", "RUS", "SANCTION", "2022-04-04"))
case("g050", "2023-11-02", "Jordan recalled its ambassador to Israel on Wednesday in protest at the war in Gaza.",
     ("JOR", "ISR", "SANCTION", "2023-11-01"))
case("g051", "2024-04-02", "Iran's Foreign Ministry summoned the Swiss envoy on Monday.",
     ("IRN", "CHE", "ACCUSE", "2024-04-01"), note="summons to complain = ACCUSE")
case("g052", "2023-10-28", "Turkey condemned Israel's air strikes in Gaza on Friday.",
     ("TUR", "ISR", "ACCUSE", "2023-10-27"))
case("g053", "2021-03-23", "China accused the United States of hypocrisy over human rights on Monday.",
     ("CHN", "USA", "ACCUSE", "2021-03-22"))
case("g054", "2024-06-14", "The G7 leaders called on China to stop supplying Russia's war machine.", note="G7 is not a coded actor")
case("g055", "2023-04-11", "Ukraine urged Hungary to stop blocking EU aid, the foreign ministry said on Monday.",
     ("UKR", "HUN", "REQUEST", "2023-04-10"))
case("g056", "2022-11-01", "Russia rejected Ukraine's proposal for peace talks on Tuesday.",
     ("RUS", "UKR", "REJECT", "2022-11-01"))
case("g057", "2024-01-12", "North Korea threatened South Korea with military action on Thursday.",
     ("PRK", "KOR", "THREATEN", "2024-01-11"))
case("g058", "2018-03-27", "The United States, Germany, France and Poland expelled Russian diplomats on Monday over the poisoning of a former spy in Britain.",
     ("USA", "RUS", "SANCTION", "2018-03-26"), ("DEU", "RUS", "SANCTION", "2018-03-26"), ("FRA", "RUS", "SANCTION", "2018-03-26"), ("POL", "RUS", "SANCTION", "2018-03-26"))
case("g059", "2023-09-20", "Canadian Prime Minister Justin Trudeau accused India of involvement in the killing of a Sikh separatist leader.",
     ("CAN", "IND", "ACCUSE", "2023-09-20"))
case("g060", "2024-07-11", "NATO leaders accused China of enabling Russia's war against Ukraine at their summit in Washington on Wednesday.",
     ("NATO", "CHN", "ACCUSE", "2024-07-10"))
case("g061", "2023-08-10", "Niger's junta threatened to kill ousted President Bazoum if ECOWAS attempted a military intervention.", note="intra-state threat, out of scope")
case("g062", "2022-10-03", "Ukraine was accused by Russia of shelling the Zaporizhzhia nuclear plant on Sunday.",
     ("RUS", "UKR", "ACCUSE", "2022-10-02"), note="passive accusation")
case("g063", "2019-05-14", "The United States imposed tariffs on Chinese goods worth $200 billion last week, and China retaliated on Monday.",
     note="goods as target: no actor")
case("g064", "2023-01-24", "Iran released two French nationals on Monday, the French foreign ministry said.",
     ("IRN", "FRA", "RETREAT", "2023-01-23"))
case("g065", "2024-12-10", "Israel's foreign minister Gideon Saar criticised Ireland on Tuesday, and Israel closed its embassy in Dublin.",
     ("ISR", "IRL", "ACCUSE", "2024-12-10"), ("ISR", "IRL", "SANCTION", "2024-12-10"))
case("g066", "2021-04-16", "Washington on Thursday imposed sanctions on Moscow over election interference.",
     ("USA", "RUS", "SANCTION", "2021-04-15"), note="capitals as metonyms")
case("g067", "2023-04-06", "The Kremlin warned Finland on Wednesday that Russia would take counter-measures after it joined NATO.",
     ("RUS", "FIN", "THREATEN", "2023-04-05"))
case("g068", "2024-03-28", "The UN Security Council demanded an immediate ceasefire in Gaza.", note="no target actor")
case("g069", "2022-09-08", "Albania cut diplomatic ties with Iran on Wednesday over a cyberattack.",
     ("ALB", "IRN", "SANCTION", "2022-09-07"))
case("g070", "2023-06-15", "The European Union lifted sanctions on Belarusian potash exporters.", note="companies as target")
# --- places vs actors, dated leaders, resolution -------------------------------------------
case("g071", "2023-06-22", "Saudi officials hosted a summit in Jeddah on Sunday attended by envoys from 40 countries.", note="Jeddah is a place")
case("g072", "2024-02-15", "Erdogan visited Cairo on Wednesday for the first time in more than a decade and met Sisi.",
     ("TUR", "EGY", "CONSULT", "2024-02-14"))
case("g073", "2015-11-04", "Obama met Netanyahu at the White House on Monday.",
     ("USA", "ISR", "CONSULT", "2015-11-02"))
case("g074", "2023-09-05", "Lavrov met the Turkish foreign minister in Moscow on Thursday. The Russian diplomat later phoned his Iranian counterpart.",
     ("TUR", "RUS", "CONSULT", "2023-08-31"), ("RUS", "IRN", "CONSULT", None), note="meeting in own capital; untitled; 'his Iranian counterpart'")
C[-1]["events"][0] = {"source": "RUS", "target": "TUR", "type": "CONSULT", "date": "2023-08-31", "modality": "asserted"}
case("g075", "2023-02-24", "Syrian President Bashar al-Assad received a delegation of Arab parliamentarians in Damascus on Sunday. Later, Assad spoke by phone with the Emir of Qatar.",
     ("SYR", "QAT", "CONSULT", None), note="untitled Assad resolved in document")
case("g076", "2024-03-05", "Paris, France - French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelensky at the Elysee Palace on Friday.",
     ("UKR", "FRA", "CONSULT", "2024-03-01"))
case("g077", "2022-05-16", "Finland and Sweden announced on Sunday that they would apply to join NATO.", note="joining, not coded")
case("g078", "2023-10-21", "In Cairo, leaders attended a peace summit on Saturday; Egypt and Jordan condemned the siege of Gaza.", note="no target actor")
case("g079", "2024-08-06", "Bangladesh's interim leader thanked India for its support.",
     ("BGD", "IND", "SUPPORT", "2024-08-06"))
case("g080", "2023-11-23", "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met Hamas officials and Israeli intelligence chiefs in Doha to discuss the truce.",
     ("QAT", "PSE", "CONSULT", "2023-11-23"), ("QAT", "ISR", "CONSULT", "2023-11-23"))
case("g081", "2022-03-10", "Russian Foreign Minister Sergei Lavrov and his Ukrainian counterpart Dmytro Kuleba held talks in Antalya, Turkey on Thursday.",
     ("RUS", "UKR", "CONSULT", "2022-03-10"), ("UKR", "RUS", "CONSULT", "2022-03-10"))
case("g082", "2023-08-24", "South Africa hosted the BRICS summit in Johannesburg this week.", note="no dyad")
case("g083", "2024-04-15", "Israel's allies condemned Iran's attack on Sunday. Britain and France summoned Iran's ambassadors on Monday.",
     ("GBR", "IRN", "ACCUSE", "2024-04-15"), ("FRA", "IRN", "ACCUSE", "2024-04-15"))
case("g084", "2023-03-30", "Chinese President Xi Jinping is considering a visit to Moscow, a source said.",
     ("CHN", "RUS", "CONSULT", None, "hypothetical"))
case("g085", "2025-01-22", "President Donald Trump threatened Russia with sanctions on Wednesday if it does not end the war.",
     ("USA", "RUS", "THREATEN", "2025-01-22"))
case("g086", "2024-09-25", "Kuwait's Emir received a phone call from the Iranian president on Tuesday evening.",
     ("IRN", "KWT", "CONSULT", "2024-09-24"))
case("g087", "2023-05-10", "Australian Foreign Minister Penny Wong will travel to Beijing next month, the first visit by an Australian foreign minister since 2018.",
     ("AUS", "CHN", "AGREE", None, "future"))
case("g088", "2024-10-24", "The Kremlin said Putin had not discussed the matter with Modi.",
     ("RUS", "IND", "CONSULT", None, "negated"))

with open("own_gold.jsonl", "w", encoding="utf-8") as out:
    for c in C:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(C), "cases,", sum(len(c["events"]) for c in C), "events")
