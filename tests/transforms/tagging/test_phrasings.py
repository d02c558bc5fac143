"""Phrasings from issue 9's list of real-news misses: "is in talks with", "ordered diplomats to
leave", "called for", "exported ... to" come from the compiled CAMEO dictionary; "lobbied",
"pushed back against", "announced a partnership with", "vowed to retaliate against",
vetoes, suspended participation, "supplied by" and "shielded by" from hand-written patterns. Unit
sentences, data-driven: each is a sentence and one (source, target, PLOVER type, modality) row
it must give."""

import datetime

import pytest

from tests.transforms.tagging.helpers import FRIDAY, tag, triples
from transforms.tagging import Document

CASES = [
    ("Xi, Putin pledge closer ties", ("CHN", "RUS", "AGREE", "asserted")),
    (
        "Iran threatened to close the Strait of Hormuz if the U.S. blocks its oil exports.",
        ("IRN", "USA", "THREATEN", "asserted"),
    ),
    (
        "Venezuela turned down humanitarian aid from the United States.",
        ("VEN", "USA", "REJECT", "asserted"),
    ),
    ("The EU disbursed 1 billion euros to Ukraine.", ("EUR", "UKR", "AID", "asserted")),
    ("Ukraine is pushing NATO for a membership timeline.", ("UKR", "NATO", "REQUEST", "asserted")),
    ("Biden raised the issue with Xi.", ("USA", "CHN", "CONSULT", "asserted")),
    (
        "France rejected allegations by Rwanda that France had played an active role in the "
        "genocide.",
        ("RWA", "FRA", "ACCUSE", "asserted"),
    ),
    (
        "Accusations by Washington that Beijing steals technology have strained ties.",
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "India's demand that Pakistan act against militants went unanswered.",
        ("IND", "PAK", "REQUEST", "asserted"),
    ),
    (
        "China's claims that the United States is meddling are baseless, the State Department "
        "said.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Trump sat down with Erdogan at the White House on Wednesday.",
        ("USA", "TUR", "CONSULT", "asserted"),
    ),
    ("Wang Yi conferred with Lavrov.", ("CHN", "RUS", "CONSULT", "asserted")),
    ("Biden and Xi talked for more than two hours.", ("CHN", "USA", "CONSULT", "asserted")),
    ("Putin was greeted by Xi at the airport.", ("RUS", "CHN", "CONSULT", "asserted")),
    ("Trump tore up the nuclear agreement with Iran.", ("USA", "IRN", "SANCTION", "asserted")),
    (
        "Britain pointed the finger at Russia over the cyber attack.",
        ("GBR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Russia charged that the United States had broken the treaty.",
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        'Iran\'s supreme leader called the United States the "Great Satan".',
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    ("Pakistan's prime minister compared Modi to Hitler.", ("PAK", "IND", "ACCUSE", "asserted")),
    (
        "Japanese broadcaster NHK reported that Tokyo would lodge a protest with Seoul.",
        ("JPN", "KOR", "ACCUSE", "future"),
    ),
    ("The two Koreas agreed to reopen a liaison office.", ("PRK", "KOR", "AGREE", "asserted")),
    ("Japan and South Korea met at the border village.", ("JPN", "KOR", "CONSULT", "asserted")),
    (
        "The United States designated Iran's Revolutionary Guard a terrorist organization.",
        ("USA", "IRN", "SANCTION", "asserted"),
    ),
    (
        "Saudi Arabia expelled the Canadian ambassador and froze new trade with Canada.",
        ("SAU", "CAN", "SANCTION", "asserted"),
    ),
    # what a blocked text says was not done
    ("China blocked a U.N. resolution condemning Myanmar.", ("UNO", "MMR", "ACCUSE", "negated")),
    # negotiating is consulting (CAMEO 046), though PETRARCH's dictionary codes it 050
    (
        "Pence traveled to Ankara to negotiate a ceasefire with Erdogan.",
        ("USA", "TUR", "CONSULT", "asserted"),
    ),
    (
        "China suspended U.S. Navy visits to Hong Kong in retaliation.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    (
        '"The United States is violating international law," Iran\'s foreign minister said.',
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    ('Turkey\'s Erdogan said Israel was a "terror state".', ("TUR", "ISR", "ACCUSE", "asserted")),
    ("Russia sent a stern warning to Finland.", ("RUS", "FIN", "THREATEN", "asserted")),
    (
        '"China will never allow any foreign interference," foreign ministry spokesman Geng '
        "Shuang told reporters, in a warning to the United States.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    # a stated conditional threat is the threat, made now
    (
        "Turkey's foreign minister said on Monday that Ankara would retaliate if the United "
        "States imposed sanctions.",
        ("TUR", "USA", "THREATEN", "asserted"),
    ),
    (
        "China said it would take countermeasures if Washington went ahead with the sale.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    (
        "Iran warned that it would retaliate against any U.S. attack.",
        ("IRN", "USA", "THREATEN", "asserted"),
    ),
    (
        "India said on Thursday it had withdrawn most-favoured nation status for Pakistan.",
        ("IND", "PAK", "SANCTION", "asserted"),
    ),
    (
        "The US revoked Russia's most-favored-nation trade status.",
        ("USA", "RUS", "SANCTION", "asserted"),
    ),
    (
        "The United States gave Russia 60 days to return to compliance with the treaty.",
        ("USA", "RUS", "THREATEN", "asserted"),
    ),
    (
        "Ukraine's foreign ministry said it had handed a protest note to the Russian embassy.",
        ("UKR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "The Chinese foreign ministry spokesman said on Monday that the United States should "
        "stop interfering in Hong Kong's affairs.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Ukrainian President Volodymyr Zelenskiy held his first phone call with Putin on Thursday.",
        ("UKR", "RUS", "CONSULT", "asserted"),
    ),
    (
        "China's top diplomat Wang Yi told visiting U.S. national security adviser Jake Sullivan "
        "that Washington should stop arming Taiwan.",
        ("USA", "CHN", "CONSULT", "asserted"),
    ),
    ("France called Israel's strikes disproportionate.", ("FRA", "ISR", "ACCUSE", "asserted")),
    ("China threatened to blockade Taiwan.", ("CHN", "TWN", "THREATEN", "asserted")),
    ("Canada suspended its trade mission to India.", ("CAN", "IND", "SANCTION", "asserted")),
    (
        "Japan's top government spokesman said Tokyo had conveyed its concerns to China.",
        ("JPN", "CHN", "ACCUSE", "asserted"),
    ),
    ("Mexico made concessions to the United States.", ("MEX", "USA", "CONCEDE", "asserted")),
    # calls rejected: the act called for is refused, not done
    (
        "Germany's Chancellor Olaf Scholz rejected calls to send Taurus cruise missiles to "
        "Ukraine.",
        ("DEU", "UKR", "REJECT", "asserted"),
    ),
    # envoys called home, cooperation ended, troops given a deadline to leave
    (
        "Israel's foreign minister said he had ordered the return of Israeli diplomats from "
        "Turkey.",
        ("ISR", "TUR", "SANCTION", "asserted"),
    ),
    (
        "Chad's government announced it was ending its defence cooperation agreement with France.",
        ("TCD", "FRA", "SANCTION", "asserted"),
    ),
    (
        "Burkina Faso's junta gave French troops one month to leave the country.",
        ("BFA", "FRA", "SANCTION", "asserted"),
    ),
    # a mutual act reacted to, its makers after "between"
    (
        "The Saudi foreign ministry welcomed the agreement between Armenia and Azerbaijan.",
        ("SAU", "AZE", "SUPPORT", "asserted"),
    ),
    (
        "Iran condemned the normalisation deal between Israel and the UAE.",
        ("IRN", "ARE", "ACCUSE", "asserted"),
    ),
    # a government recognised, or refused recognition
    ("China recognised the Taliban government.", ("CHN", "AFG", "SUPPORT", "asserted")),
    (
        "Lopez Obrador refused to recognise Peru's new government.",
        ("MEX", "PER", "REJECT", "asserted"),
    ),
    # headline forms: a comma for "and", bare "envoy", sanctions agreed, blame traded
    ("Russia, China veto UN resolution on Gaza", ("RUS", "UNO", "REJECT", "asserted")),
    ("Modi, Biden agree to deepen defence ties", ("IND", "USA", "AGREE", "asserted")),
    ("Israel recalls envoy to Turkey", ("ISR", "TUR", "SANCTION", "asserted")),
    ("EU agrees new sanctions on Iran over drones", ("EUR", "IRN", "SANCTION", "asserted")),
    ("Pakistan, Afghanistan trade blame after border clash", ("AFG", "PAK", "ACCUSE", "asserted")),
    # an angry response drawn from a state; mediation between two sides
    (
        "Spain, Norway and Ireland formally recognised a Palestinian state on Tuesday, drawing an "
        "angry response from Israel.",
        ("ISR", "NOR", "ACCUSE", "asserted"),
    ),
    (
        "Egypt and Qatar are mediating between Israel and Hamas.",
        ("QAT", "ISR", "CONSULT", "asserted"),
    ),
    (
        'The White House said it was "deeply disappointed" by Israel\'s decision to expand '
        "settlements.",
        ("USA", "ISR", "ACCUSE", "asserted"),
    ),
    # a state protesting another's act; envoys of a listed set of states
    (
        "Vietnam on Thursday protested China's deployment of a survey ship.",
        ("VNM", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "The Russian foreign ministry summoned the ambassadors of Germany, France and Britain.",
        ("RUS", "GBR", "ACCUSE", "asserted"),
    ),
    # weapons promised or given, in the active and in the passive with a "by" agent
    ("Germany promised new air defence systems to Ukraine.", ("DEU", "UKR", "AGREE", "asserted")),
    (
        "Ukraine was promised new air defence systems by Germany.",
        ("DEU", "UKR", "AGREE", "asserted"),
    ),
    (
        "Taiwan was sold 66 F-16 fighter jets by the United States.",
        ("USA", "TWN", "AID", "asserted"),
    ),
    # "visiting" before a person names a guest of the actor before it
    (
        "Egyptian President Abdel Fattah el-Sisi and visiting Jordanian King Abdullah II warned "
        "against any attempt to displace Palestinians.",
        ("JOR", "EGY", "CONSULT", "asserted"),
    ),
    # a state taken to a court or the WTO; a statement that another intruded
    (
        "Australia took China to the WTO over its barley tariffs.",
        ("AUS", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "China's coast guard said the Philippine vessel had deliberately intruded into Chinese "
        "waters.",
        ("CHN", "PHL", "ACCUSE", "asserted"),
    ),
    # a vetoed text's author, named before "-drafted"
    (
        "The Security Council failed to act after Russia and China vetoed a US-drafted text.",
        ("CHN", "USA", "REJECT", "asserted"),
    ),
    # an envoy ordered, or given hours, to leave is expelled; a state ordered to leave is not
    (
        "Niger's junta ordered the French ambassador to leave the country within 48 hours.",
        ("NER", "FRA", "SANCTION", "asserted"),
    ),
    (
        "Niger gave the French ambassador 48 hours to leave the country.",
        ("NER", "FRA", "SANCTION", "asserted"),
    ),
    ("The United States ordered Russia to leave Ukraine.", ("USA", "RUS", "REQUEST", "asserted")),
    # a threat to respond to an act: its agent after "by" is the target
    (
        "Pyongyang threatened to respond to joint drills by Seoul and Washington.",
        ("PRK", "USA", "THREATEN", "asserted"),
    ),
    (
        "Iran vowed to retaliate for the killing of its general by the United States.",
        ("IRN", "USA", "THREATEN", "asserted"),
    ),
    # trade bans with words between the verb and the goods, or the goods' origin as a demonym
    (
        "China responded by banning all seafood imports from Japan.",
        ("CHN", "JPN", "SANCTION", "asserted"),
    ),
    (
        "The EU will ban most Russian oil imports by the end of the year.",
        ("EUR", "RUS", "SANCTION", "future"),
    ),
    (
        "Japan restricted exports of chipmaking equipment to China.",
        ("JPN", "CHN", "SANCTION", "asserted"),
    ),
    # wire-service phrasings (probes written 2026-12-03, not evidence): representations lodged,
    # views exchanged, protest notes handed over, money given, a demanded withdrawal
    (
        "China has lodged solemn representations with Japan over the remarks.",
        ("CHN", "JPN", "ACCUSE", "asserted"),
    ),
    (
        "The Emir of Qatar and the President of the UAE exchanged views on regional issues.",
        ("ARE", "QAT", "CONSULT", "asserted"),
    ),
    (
        "Pakistan handed over a protest note to the Afghan charge d'affaires.",
        ("PAK", "AFG", "ACCUSE", "asserted"),
    ),
    ("South Korea will provide $2.3 billion to Ukraine.", ("KOR", "UKR", "AGREE", "future")),
    (
        "Mali's junta demanded the withdrawal of the UN peacekeeping mission.",
        ("MLI", "UNO", "REQUEST", "asserted"),
    ),
    # the act's agent after "by", and the speaker's own label before the object
    (
        "Beijing condemned the visit by Taiwan's president to the United States.",
        ("CHN", "TWN", "ACCUSE", "asserted"),
    ),
    (
        "Venezuela denounced what it called U.S. interference in its affairs.",
        ("VEN", "USA", "ACCUSE", "asserted"),
    ),
    # leaders named without a title, in office on the article's date
    ("Anwar Ibrahim visited China.", ("MYS", "CHN", "CONSULT", "asserted")),
    # an officer is a person, who travels
    ("A US military officer also visited Guyana.", ("USA", "GUY", "CONSULT", "asserted")),
    # criticism said as a label, requests said as a call for a truce or as an application
    (
        "China's foreign ministry called the US move a serious violation of its sovereignty.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "North Korea denounced the joint drills by the US as a rehearsal for invasion.",
        ("PRK", "USA", "ACCUSE", "asserted"),
    ),
    (
        "The European Union called for an immediate ceasefire between Armenia and Azerbaijan.",
        ("EUR", "AZE", "REQUEST", "asserted"),
    ),
    ("The EU called for restraint by Israel.", ("EUR", "ISR", "REQUEST", "asserted")),
    ("Finland applied to join NATO.", ("FIN", "NATO", "REQUEST", "asserted")),
    (
        "Poland requested the deployment of US troops on its soil.",
        ("POL", "USA", "REQUEST", "asserted"),
    ),
    # arms sales said as nouns, with the approving subject as their agent
    (
        "The Biden administration on Friday approved a $500 million arms sale to Taiwan.",
        ("USA", "TWN", "AID", "asserted"),
    ),
    # aid that will stop is a sanction
    ("Poland will no longer send weapons to Ukraine.", ("POL", "UKR", "SANCTION", "future")),
    # accusations inside a quotation whose speaker is named after it
    (
        '"Russia is waging a war of aggression against Ukraine," Olaf Scholz said.',
        ("DEU", "RUS", "ACCUSE", "asserted"),
    ),
    ('"Washington is lying," Zakharova wrote on Telegram.', ("RUS", "USA", "ACCUSE", "asserted")),
    # the agent of a proposal "put forward by", inspectors let in
    (
        "Israel rejected the ceasefire proposal put forward by Egypt and Qatar.",
        ("ISR", "QAT", "REJECT", "asserted"),
    ),
    (
        "Iran allowed inspectors from the IAEA to visit the site.",
        ("IRN", "UNO", "RETREAT", "asserted"),
    ),
    ("Iran refused to allow IAEA inspectors into its sites.", ("IRN", "UNO", "REJECT", "asserted")),
    # visits: a landing, a destination that is no actor of the talks after it, a bare title
    # of the visited country
    ("Zelensky landed in Washington on Wednesday.", ("UKR", "USA", "CONSULT", "asserted")),
    (
        "Putin flew to Tehran on Tuesday for talks with Erdogan.",
        ("RUS", "TUR", "CONSULT", "asserted"),
    ),
    (
        "Erdogan, who is visiting Qatar, held talks with the emir.",
        ("TUR", "QAT", "CONSULT", "asserted"),
    ),
    # sanctions: entry bans, export controls to a state, lending halted, missions closed,
    # attaches expelled, funds frozen
    (
        "Russia banned entry to 500 Americans, including Barack Obama.",
        ("RUS", "USA", "SANCTION", "asserted"),
    ),
    (
        "Japan tightened export controls on chipmaking equipment to China.",
        ("JPN", "CHN", "SANCTION", "asserted"),
    ),
    (
        "The World Bank halted new lending to Uganda over its law.",
        ("WBK", "UGA", "SANCTION", "asserted"),
    ),
    ("Germany shut down four Russian consulates.", ("DEU", "RUS", "SANCTION", "asserted")),
    ("Burkina Faso expelled French military attaches.", ("BFA", "FRA", "SANCTION", "asserted")),
    (
        "The United States has frozen $6 billion of Iranian funds held in Qatar.",
        ("USA", "IRN", "SANCTION", "asserted"),
    ),
    # envoys summoned in the passive: to the summoning ministry, or reported by its speaker
    (
        "The Russian ambassador was summoned to the Polish foreign ministry on Tuesday.",
        ("POL", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Israel's foreign ministry said Spain's ambassador had been summoned for a reprimand.",
        ("ISR", "ESP", "ACCUSE", "asserted"),
    ),
    # arms given with the recipient first, retaliation announced
    ("Iran sent Russia hundreds of drones.", ("IRN", "RUS", "AID", "asserted")),
    (
        "The Kremlin said Russia would retaliate against Finland for joining NATO.",
        ("RUS", "FIN", "THREATEN", "future"),
    ),
    # readout language: "the Chinese side", "the agency" for the last organisation
    (
        "The Chinese side urged the US side to stop the provocations.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Tehran's envoy to the IAEA rejected the agency's report.",
        ("IRN", "UNO", "REJECT", "asserted"),
    ),
    # officials named without a title, and the Pope
    ("Pope Francis met the Iraqi prime minister.", ("VAT", "IRQ", "CONSULT", "asserted")),
    ("Nebenzia accused the United States of hypocrisy.", ("RUS", "USA", "ACCUSE", "asserted")),
    (
        "China's top trade negotiator met the US trade representative.",
        ("CHN", "USA", "CONSULT", "asserted"),
    ),
    # tariffs eased: delayed, suspended, cut, goods exempted
    ("The US delayed tariffs on Chinese laptops.", ("USA", "CHN", "RETREAT", "asserted")),
    ("China exempted some US goods from tariffs.", ("CHN", "USA", "RETREAT", "asserted")),
    ("Pence led a U.S. delegation to Ankara.", ("USA", "TUR", "CONSULT", "asserted")),
    # a quotation that opens on its verb continues the clause before it
    (
        'France said it "strongly condemns" the attack by Russia.',
        ("FRA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        'China "firmly opposes" the US sanctions, the ministry said.',
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    ("Bush left for Beijing on Thursday.", ("USA", "CHN", "CONSULT", "asserted")),
    ("France deplored the US decision.", ("FRA", "USA", "ACCUSE", "asserted")),
    ('France voiced "deep concern" about Iran.', ("FRA", "IRN", "ACCUSE", "asserted")),
    (
        "France voiced concern about the arrest of French nationals by Iran.",
        ("FRA", "IRN", "ACCUSE", "asserted"),
    ),
    ("China shrugged off the criticism from Washington.", ("CHN", "USA", "REJECT", "asserted")),
    (
        "Pyongyang has refused to return to the negotiating table with Washington.",
        ("PRK", "USA", "REJECT", "asserted"),
    ),
    # yielding to another's demands or pressure concedes to it
    ("Turkey bowed to pressure from Washington.", ("TUR", "USA", "CONCEDE", "asserted")),
    ("Pakistan caved in to US pressure.", ("PAK", "USA", "CONCEDE", "asserted")),
    (
        "At a meeting with his Saudi counterpart, Blinken urged Riyadh to act.",
        ("USA", "SAU", "CONSULT", "asserted"),
    ),
    # a decision announced ("responded by announcing it would"), countermeasures threatened on
    # a condition, a trading partner struck off a whitelist
    (
        "South Korea responded by announcing it would scrap an intelligence-sharing pact with "
        "Japan.",
        ("KOR", "JPN", "SANCTION", "future"),
    ),
    (
        "China's Commerce Ministry said on Thursday that Beijing would take countermeasures "
        "against the United States if Washington went ahead with the tariffs.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    (
        "Japan has removed South Korea from its list of trusted trading partners.",
        ("JPN", "KOR", "SANCTION", "asserted"),
    ),
    (
        'A Chinese foreign ministry spokesman said the United States was "playing with fire".',
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "China said India's decision to include Ladakh in a federal territory was unacceptable.",
        ("CHN", "IND", "ACCUSE", "asserted"),
    ),
    (
        "India revoked the special status of Kashmir, prompting Pakistan to downgrade "
        "diplomatic ties.",
        ("PAK", "IND", "SANCTION", "asserted"),
    ),
    # an apposition headed by another's noun, an epithet's body
    (
        "Russia and China, Maduro's main backers, condemned U.S. interference in Venezuela.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    # deals clinched or sealed (agreed), concluded or finalised (signed)
    ("Japan and Australia clinched a defence pact.", ("AUS", "JPN", "AGREE", "asserted")),
    ("Britain and the EU finalised the Brexit deal.", ("GBR", "EUR", "SUPPORT", "asserted")),
    # an offer is a stated intent; a failed longer match leaves an overlapping one to try
    (
        "Egypt offered to host talks between Israel and Hamas.",
        ("EGY", "ISR", "AGREE", "future"),
    ),
    # aid: arriving from a state, financing, vaccines, field hospitals, central-bank deposits
    ("Aid from Turkey arrived in Syria on Sunday.", ("TUR", "SYR", "AID", "asserted")),
    (
        "The World Bank approved $500 million in financing for Kenya.",
        ("WBK", "KEN", "AID", "asserted"),
    ),
    ("China delivered a batch of vaccines to Cambodia.", ("CHN", "KHM", "AID", "asserted")),
    (
        "Saudi Arabia deposited $3 billion in Pakistan's central bank.",
        ("SAU", "PAK", "AID", "asserted"),
    ),
    # threats of sanctions, and consequences warned of on a condition
    (
        "The US has threatened sanctions against Turkey over the S-400 purchase.",
        ("USA", "TUR", "THREATEN", "asserted"),
    ),
    (
        'Russia warned of "consequences" if Finland joined NATO.',
        ("RUS", "FIN", "THREATEN", "asserted"),
    ),
    # military cooperation: combined drills, intelligence shared, forces trained
    (
        "South Korea and the United States conducted combined air drills.",
        ("KOR", "USA", "COOPERATE", "asserted"),
    ),
    ("Germany trained Ukrainian soldiers.", ("DEU", "UKR", "AID", "asserted")),
    (
        "Vietnam and the United States upgraded their relationship.",
        ("USA", "VNM", "AGREE", "asserted"),
    ),
    # adjectives that name states: "inter-Korean" the two Koreas, "intra-Afghan" Afghanistan
    (
        "Inter-Korean talks resumed on Monday at the border village of Panmunjom.",
        ("PRK", "KOR", "CONSULT", "asserted"),
    ),
    ("China and Taiwan resumed cross-Strait talks.", ("TWN", "CHN", "CONSULT", "asserted")),
    (
        "The United States stands ready to support intra-Afghan negotiations.",
        ("USA", "AFG", "AGREE", "future"),
    ),
    # people from a country who are not its state: its opposition, its civilians
    ("Bush met with exiled dissidents from Myanmar.", ("USA", "MMR", "CONSULT", "asserted")),
    ("Merkel met refugees from Syria.", ("DEU", "SYR", "CONSULT", "asserted")),
    ("Iran released jailed citizens of France.", ("IRN", "FRA", "RETREAT", "asserted")),
    # a signed plan is a signed agreement
    (
        "Iran and Venezuela signed a 20-year cooperation plan.",
        ("IRN", "VEN", "SUPPORT", "asserted"),
    ),
    # resisting another's demands or pressure rejects them
    (
        "China has resisted American demands for structural changes.",
        ("CHN", "USA", "REJECT", "asserted"),
    ),
    (
        "India resisted pressure from the United States to cut Russian oil imports.",
        ("IND", "USA", "REJECT", "asserted"),
    ),
    # refusing another's request, ignoring a demand from another
    ("Poland refused Germany's request to send tanks.", ("POL", "DEU", "REJECT", "asserted")),
    ("Russia ignored the ultimatum from Ukraine.", ("RUS", "UKR", "REJECT", "asserted")),
    # boycotting talks with an actor rejects that actor's talks (CAMEO 125), as snubbing a
    # gathering it hosts does
    ("Lithuania boycotted talks with China.", ("LTU", "CHN", "REJECT", "asserted")),
    # withholding a sale or putting an actor on a blacklist is a sanction
    ("The US blocked the sale of F-35 jets to Turkey.", ("USA", "TUR", "SANCTION", "asserted")),
    ("Canada delayed the delivery of turbines to Russia.", ("CAN", "RUS", "SANCTION", "asserted")),
    (
        "The United States blacklisted three Iranian companies.",
        ("USA", "IRN", "SANCTION", "asserted"),
    ),
    ("The US added six Chinese firms to its entity list.", ("USA", "CHN", "SANCTION", "asserted")),
    # asking for another's help names the one asked; what was sought is intended, not done
    (
        "Japan sought China's help in securing the release of its citizens.",
        ("JPN", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Pakistan requested China's assistance with the project.",
        ("PAK", "CHN", "REQUEST", "asserted"),
    ),
    ("Russia sought to help Syria.", ("RUS", "SYR", "AGREE", "future")),
    # blame as responsibility, criticism as a view, a protest or a suit filed
    (
        "Beijing held Washington responsible for the deterioration in ties.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Iran said the United States bears full responsibility for the consequences.",
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Russia's foreign ministry said it viewed Washington's move as a violation of law.",
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Tokyo sees Beijing's decision as a blow to regional stability.",
        ("JPN", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "The Philippines filed a diplomatic protest against China over the incident.",
        ("PHL", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Ukraine sued Russia at the International Court of Justice.",
        ("UKR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "South Africa filed a case against Israel at the International Court of Justice.",
        ("ZAF", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "China said it would hold the United States responsible if the talks failed.",
        ("CHN", "USA", "ACCUSE", "hypothetical"),
    ),
    # an allegation is an accusation, as a verb with a that-clause or a possessed noun
    (
        "Britain alleges that Russia hacked the vaccine research.",
        ("GBR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Germany's allegations that Russia ordered the murder were rejected by Moscow.",
        ("DEU", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "India's accusation that Pakistan harbours militants drew an angry response.",
        ("IND", "PAK", "ACCUSE", "asserted"),
    ),
    (
        "Turkey's president, Recep Tayyip Erdogan, has called Netanyahu a war criminal.",
        ("TUR", "ISR", "ACCUSE", "asserted"),
    ),
    ("Biden called Putin a killer on Wednesday.", ("USA", "RUS", "ACCUSE", "asserted")),
    (
        "Russia said the US strike on Syria was a violation of international law.",
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        'North Korea\'s state media described Trump as a "dotard".',
        ("PRK", "USA", "ACCUSE", "asserted"),
    ),
    (
        'Iran\'s foreign ministry called the U.S. sanctions "economic terrorism".',
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        'The Kremlin described the sanctions imposed by Washington as "illegal".',
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    # what another actor must do, said before the speaker is named, is the speaker's demand
    (
        '"China must stop its provocations," Japan\'s defence minister told reporters.',
        ("JPN", "CHN", "REQUEST", "asserted"),
    ),
    (
        "The United States must do more for Ukraine, Zelensky said on Monday.",
        ("UKR", "USA", "REQUEST", "asserted"),
    ),
    (
        "Germany and France suspended arms exports to Turkey on Monday.",
        ("DEU", "TUR", "SANCTION", "asserted"),
    ),
    ("Algeria closed its airspace to Moroccan aircraft.", ("DZA", "MAR", "SANCTION", "asserted")),
    (
        "South Korea responded by scrapping a military intelligence-sharing pact with Japan.",
        ("KOR", "JPN", "SANCTION", "asserted"),
    ),
    (
        "Britain said the seizure was illegal and summoned Iran's ambassador.",
        ("GBR", "IRN", "ACCUSE", "asserted"),
    ),
    # what an actor threatened to do is a threat, made now
    ("Russia threatened to expel Polish diplomats.", ("RUS", "POL", "THREATEN", "asserted")),
    (
        "Washington warned that it could impose sanctions on Turkey.",
        ("USA", "TUR", "THREATEN", "asserted"),
    ),
    (
        "Greece, which is in talks with France, will send frigates.",
        ("GRC", "FRA", "CONSULT", "asserted"),
    ),
    (
        "Poland ordered 23 Russian diplomats to leave the country on Monday.",
        ("POL", "RUS", "SANCTION", "asserted"),
    ),
    ("Germany called for Israel to halt the offensive.", ("DEU", "ISR", "REQUEST", "asserted")),
    (
        "Saudi Arabia lobbied Washington to lift the sanctions.",
        ("SAU", "USA", "REQUEST", "asserted"),
    ),
    ("China pushed back against Japan on Tuesday.", ("CHN", "JPN", "REJECT", "asserted")),
    ("Kenya announced a partnership with India on Friday.", ("KEN", "IND", "AGREE", "asserted")),
    ("North Korea exported missiles to Russia in January.", ("PRK", "RUS", "AID", "asserted")),
    ("Algeria vowed to retaliate against Morocco.", ("DZA", "MAR", "THREATEN", "asserted")),
    (
        "China vetoed a UN Security Council resolution on Myanmar.",
        ("CHN", "UNO", "REJECT", "asserted"),
    ),
    (
        "Belarus suspended its participation in the arms treaty with Poland.",
        ("BLR", "POL", "SANCTION", "asserted"),
    ),
    (
        "Turkey suspended its membership in the African Union.",
        ("TUR", "AFR", "SANCTION", "asserted"),
    ),
    ("Sudan's army uses drones supplied by Iran.", ("IRN", "SDN", "AID", "asserted")),
    ("The rockets were supplied by Syria to Hezbollah.", ("SYR", "LBN", "AID", "asserted")),
    (
        "Venezuela has long been shielded by Russia at the United Nations.",
        ("RUS", "VEN", "SUPPORT", "asserted"),
    ),
    # what another actor must do, said by the speaker, is the speaker's demand
    ("Lammy said Rwanda must withdraw its troops.", ("GBR", "RWA", "REQUEST", "asserted")),
    ("Peru told Chile to stop the patrols.", ("PER", "CHL", "REQUEST", "asserted")),
    ("Scholz spoke with Sunak on Monday.", ("DEU", "GBR", "CONSULT", "asserted")),
    ("Serbia denied Kosovo's claims on Friday.", ("SRB", "XKX", "REJECT", "asserted")),
    (
        "Israel dismissed allegations by Egypt that it had closed the crossing.",
        ("ISR", "EGY", "REJECT", "asserted"),
    ),
    ("Hungary slammed Ukraine over the language law.", ("HUN", "UKR", "ACCUSE", "asserted")),
    ("Iran lashed out at Saudi Arabia on Sunday.", ("IRN", "SAU", "ACCUSE", "asserted")),
    (
        "Oman brokered a truce between Yemen and Saudi Arabia.",
        ("OMN", "YEM", "CONSULT", "asserted"),
    ),
    ("Moldova requested more air defence from Romania.", ("MDA", "ROU", "REQUEST", "asserted")),
    ("Britain pressured Rwanda to withdraw.", ("GBR", "RWA", "REQUEST", "asserted")),
    ("Germany took aim at China over its subsidies.", ("DEU", "CHN", "ACCUSE", "asserted")),
    ("India sided with Russia at the UN.", ("IND", "RUS", "SUPPORT", "asserted")),
    ("The EU froze the assets of Russian oligarchs.", ("EUR", "RUS", "SANCTION", "asserted")),
    ("Britain downgraded ties with Iran.", ("GBR", "IRN", "SANCTION", "asserted")),
    ("Azerbaijan returned two soldiers to Armenia.", ("AZE", "ARM", "RETREAT", "asserted")),
    ("The US pulled out of the nuclear deal with Iran.", ("USA", "IRN", "SANCTION", "asserted")),
    ("Turkey ratified Sweden's NATO membership.", ("TUR", "SWE", "SUPPORT", "asserted")),
    ("Greece sent firefighters to Turkey.", ("GRC", "TUR", "AID", "asserted")),
    ("China's criticism of Japan intensified.", ("CHN", "JPN", "ACCUSE", "asserted")),
    ("Israel drew condemnation from Turkey.", ("TUR", "ISR", "ACCUSE", "asserted")),
    (
        "In a statement condemning Israel, Jordan urged restraint.",
        ("JOR", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "France expressed concern over Iran's nuclear programme.",
        ("FRA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "Japan voiced reservations about the recent moves towards closer ties with Russia.",
        ("JPN", "RUS", "ACCUSE", "asserted"),
    ),
    ("Norway hosted talks between Serbia and Kosovo.", ("NOR", "SRB", "CONSULT", "asserted")),
    # a stated attack, even on a condition, is a threat made now
    ("North Korea threatened to attack South Korea.", ("PRK", "KOR", "THREATEN", "asserted")),
    ("Israel said it would strike Iran if necessary.", ("ISR", "IRN", "THREATEN", "asserted")),
    ("Iran vowed to hit back at Israel.", ("IRN", "ISR", "THREATEN", "asserted")),
    # a said concern is a disapproval; an analyst's "Beijing is concerned" is not (below)
    (
        "The White House said it was “deeply concerned” about China's drills.",
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    ("Erdogan told reporters that Sweden must do more.", ("TUR", "SWE", "REQUEST", "asserted")),
    ("ECOWAS suspended Niger after the coup.", ("ECW", "NER", "SANCTION", "asserted")),
    ("China banned imports of Japanese seafood.", ("CHN", "JPN", "SANCTION", "asserted")),
    (
        "In a July 25 phone call with Ukraine's president, Trump asked him to investigate Biden.",
        ("USA", "UKR", "CONSULT", "asserted"),
    ),
    (
        "The call between Trump and Zelensky is at the center of the inquiry.",
        ("UKR", "USA", "CONSULT", "asserted"),
    ),
    (
        "The United States withheld nearly $400 million in military aid from Ukraine.",
        ("USA", "UKR", "SANCTION", "asserted"),
    ),
    (
        "Erdogan told Trump in a phone call that Turkey would go ahead.",
        ("TUR", "USA", "CONSULT", "asserted"),
    ),
    ("The US halted exports to Iran.", ("USA", "IRN", "SANCTION", "asserted")),
    (
        "Ukraine's foreign minister called his Polish counterpart on Monday.",
        ("UKR", "POL", "CONSULT", "asserted"),
    ),
    (
        "Colombia refused to accept deportation flights from the United States.",
        ("COL", "USA", "REJECT", "asserted"),
    ),
    # tagger 2.3.0: everyday verbs that real weblog and wire text uses (UD English-EWT misses)
    ("Qatar funds the Houthis.", ("QAT", "YEM", "AID", "asserted")),
    ("Turkey helped Azerbaijan during the war.", ("TUR", "AZE", "AID", "asserted")),
    ("Norway persuaded Colombia to resume the talks.", ("NOR", "COL", "REQUEST", "asserted")),
    ("Merkel pushed Erdogan hard on press freedom.", ("DEU", "TUR", "REQUEST", "asserted")),
    ("Chile demanded that Bolivia withdraw the claim.", ("CHL", "BOL", "REQUEST", "asserted")),
    ("Macron shook hands with Modi at the summit.", ("FRA", "IND", "CONSULT", "asserted")),
    ("Kenya handed the suspects over to Uganda.", ("KEN", "UGA", "COOPERATE", "asserted")),
    ("Hezbollah declared an end to its attacks on Israel.", ("LBN", "ISR", "RETREAT", "asserted")),
    (
        "Japan entered into a security pact with the Philippines.",
        ("JPN", "PHL", "SUPPORT", "asserted"),
    ),
    (
        "Hungary's largest state energy firm signed a deal with Russia.",
        ("HUN", "RUS", "SUPPORT", "asserted"),
    ),
    (
        "Syria was repeatedly accused by Turkish and Western officials of shelling.",
        ("TUR", "SYR", "ACCUSE", "asserted"),
    ),
    ("Syrian factions condemned Turkey.", ("SYR", "TUR", "ACCUSE", "asserted")),
    (
        "The summit followed a visit to Hanoi by the Australian prime minister.",
        ("AUS", "VNM", "CONSULT", "asserted"),
    ),
    ("EU sanctions on Belarus were lifted in 2016.", ("EUR", "BLR", "RETREAT", "historical")),
    ("US sanctions on Venezuela were suspended.", ("USA", "VEN", "RETREAT", "asserted")),
    ("Ottawa kicked out a top Indian official.", ("CAN", "IND", "SANCTION", "asserted")),
    ("Canada paused trade talks with India.", ("CAN", "IND", "SANCTION", "asserted")),
    ("Kyiv said Moscow had broken the truce overnight.", ("UKR", "RUS", "ACCUSE", "asserted")),
    (
        "Xi has only spoken once by phone with Volodymyr Zelenskiy since the war began.",
        ("CHN", "UKR", "CONSULT", "asserted"),
    ),
    (  # goods named by a noun; the trade a ban stops is no trade act
        "China imposed a ban on seafood imports from 10 Japanese prefectures.",
        ("CHN", "JPN", "SANCTION", "asserted"),
    ),
    (
        "The US imposed sanctions on companies linked to Iran.",
        ("USA", "IRN", "SANCTION", "asserted"),
    ),
    (
        "Colombia's Petro suspended arms purchases from Israel.",
        ("COL", "ISR", "SANCTION", "asserted"),
    ),
    ("Jordan airdropped aid into Gaza.", ("JOR", "PSE", "AID", "asserted")),
    (  # a state's firms stand for it in sanctions; countermeasures are sanctions
        "Beijing put Lockheed Martin on its unreliable entity list.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    (
        "China imposed countermeasures on US lawmaker Michael McCaul.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    ("India suspended visa services for Canadians.", ("IND", "CAN", "SANCTION", "asserted")),
    (
        "The United States and Venezuela carried out a prisoner swap.",
        ("VEN", "USA", "RETREAT", "asserted"),
    ),
    (
        "Ankara had already cancelled a planned visit by Sweden's defence minister.",
        ("TUR", "SWE", "SANCTION", "asserted"),
    ),
    (  # an adverb between an apposition and the verb
        "Poland, a staunch ally of Ukraine, nonetheless banned imports of Ukrainian grain.",
        ("POL", "UKR", "SANCTION", "asserted"),
    ),
    (  # the drafter apposed to the vetoed document
        "The resolution, drafted by the United States, was vetoed by Russia and China.",
        ("CHN", "USA", "REJECT", "asserted"),
    ),
    (
        "Germany will deliver a further Patriot air defence system to Ukraine, Pistorius said.",
        ("DEU", "UKR", "AGREE", "future"),
    ),
    (
        "Mohammed bin Salman was received by Emmanuel Macron. The two men discussed the war.",
        ("FRA", "SAU", "CONSULT", "asserted"),
    ),
    (  # PETRARCH codes "joined X in condemning" as coming together (050)
        "Canada joined the United States in condemning China's treatment of Uyghurs.",
        ("CAN", "CHN", "ACCUSE", "asserted"),
    ),
    ("Vucic said Pristina was to blame for the failure.", ("SRB", "XKX", "ACCUSE", "asserted")),
    (  # a quotation's speaker seated in a place
        '"China\'s actions are unsafe and unprofessional," the Australian embassy in Manila said.',
        ("AUS", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Qatar's Amir sent a cable of congratulations to the President of Kenya.",
        ("QAT", "KEN", "SUPPORT", "asserted"),
    ),
    (  # a manner phrase between the verb and its object
        "Saudi Arabia condemned in the strongest terms the storming of Al-Aqsa Mosque by Israeli "
        "settlers.",
        ("SAU", "ISR", "ACCUSE", "asserted"),
    ),
    (  # a hyphenated pair whose second state has two words
        "North Korea slammed the US-South Korea joint drills as a rehearsal for invasion.",
        ("PRK", "KOR", "ACCUSE", "asserted"),
    ),
    (  # a headline drops the article
        "UAE President receives phone call from Iranian President",
        ("IRN", "ARE", "CONSULT", "asserted"),
    ),
    (
        "Qatar's Amir received a congratulatory phone call from the Syrian President.",
        ("SYR", "QAT", "CONSULT", "asserted"),
    ),
    (  # a place and a day between the verb and "with"
        "Prince Faisal bin Farhan met in Riyadh on Tuesday with Jordanian Foreign Minister "
        "Ayman Safadi.",
        ("SAU", "JOR", "CONSULT", "asserted"),
    ),
    (
        "Xi and Lula witnessed the signing of 15 cooperation agreements.",
        ("CHN", "BRA", "SUPPORT", "asserted"),
    ),
    ("Xi said China is willing to work with Brazil.", ("CHN", "BRA", "AGREE", "future")),
    (  # a stated attack of one's own is a threat
        "The Houthis warned they would continue to block Israeli vessels from the Red Sea.",
        ("YEM", "ISR", "THREATEN", "asserted"),
    ),
    ("North Korea vowed it would destroy South Korea.", ("PRK", "KOR", "THREATEN", "asserted")),
    ("Israel said it would not attack Lebanon.", ("ISR", "LBN", "THREATEN", "negated")),
    (
        "Canada was pursuing credible allegations linking agents of the Indian government to "
        "the murder.",
        ("CAN", "IND", "ACCUSE", "asserted"),
    ),
    (
        "Britain said it had evidence tying Russia to the poisoning.",
        ("GBR", "RUS", "ACCUSE", "asserted"),
    ),
    (  # a sanction undone by the verb before it
        "Japan lifted curbs on exports of chemicals to South Korea.",
        ("JPN", "KOR", "RETREAT", "asserted"),
    ),
    ("Turkey lifted its veto on Sweden's NATO membership.", ("TUR", "SWE", "CONCEDE", "asserted")),
    ("China lent Laos $2 billion.", ("CHN", "LAO", "AID", "asserted")),
    ("Britain has sent Ukraine 14 Challenger tanks.", ("GBR", "UKR", "AID", "asserted")),
    ("Canada expelled an Indian official.", ("CAN", "IND", "SANCTION", "asserted")),
    (
        "Beijing on Tuesday lodged a formal protest with Seoul over the new restrictions.",
        ("CHN", "KOR", "ACCUSE", "asserted"),
    ),
    ("Tokyo sent a note of protest to Moscow.", ("JPN", "RUS", "ACCUSE", "asserted")),
    (
        "Iran tested a missile on Monday, drawing condemnation from France.",
        ("FRA", "IRN", "ACCUSE", "asserted"),
    ),
    ("Japan gave the Philippines five patrol boats.", ("JPN", "PHL", "AID", "asserted")),
    ("The AU asked that Sudan respect the truce.", ("AFR", "SDN", "REQUEST", "asserted")),
    ('Cuba called the US embargo "illegal".', ("CUB", "USA", "ACCUSE", "asserted")),
    ("Peru said Bolivia's claims were baseless.", ("PER", "BOL", "ACCUSE", "asserted")),
    (
        "Colombia's president attacked Ecuador's president for his decision.",
        ("COL", "ECU", "ACCUSE", "asserted"),
    ),
    ("Morocco rejected a proposed Algerian plan.", ("MAR", "DZA", "REJECT", "asserted")),
    (
        "Speaking after talks with Vietnam, Albanese said trade would grow.",
        ("AUS", "VNM", "CONSULT", "asserted"),
    ),
    ("Norway, which is a member of NATO, criticised Russia.", ("NOR", "RUS", "ACCUSE", "asserted")),
    ("Tokyo firmly opposes China's new map.", ("JPN", "CHN", "ACCUSE", "asserted")),
    ("Riga welcomed the decision by the Netherlands.", ("LVA", "NLD", "SUPPORT", "asserted")),
    (
        'Kigali condemned as "baseless" allegations by Kinshasa.',
        ("RWA", "COD", "ACCUSE", "asserted"),
    ),
    (
        "Kigali condemned as `` baseless '' allegations by Kinshasa.",
        ("RWA", "COD", "ACCUSE", "asserted"),
    ),
    ("Mali and Algeria recalled each other's ambassadors.", ("DZA", "MLI", "SANCTION", "asserted")),
    ("Japan pledged $300 million to Bangladesh.", ("JPN", "BGD", "AGREE", "asserted")),
    ("Armenia relies on weapons from India.", ("IND", "ARM", "AID", "asserted")),
    ("China and Russia signed a joint statement.", ("RUS", "CHN", "SUPPORT", "asserted")),
    (
        "French President Emmanuel Macron called Iranian President Hassan Rouhani on Saturday.",
        ("FRA", "IRN", "CONSULT", "asserted"),
    ),
    ("Turkey vetoed Sweden's accession to NATO.", ("TUR", "SWE", "REJECT", "asserted")),
    (
        "The US presented evidence against Russia at the Security Council.",
        ("USA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Ankara had already received the first batch of S-400 components from Moscow.",
        ("RUS", "TUR", "AID", "asserted"),
    ),
    ("Turkey took delivery of S-400 missiles from Russia.", ("RUS", "TUR", "AID", "asserted")),
    (
        "Japan tightened controls on exports of high-tech materials to South Korea.",
        ("JPN", "KOR", "SANCTION", "asserted"),
    ),
    ("The United States stands firmly with Israel.", ("USA", "ISR", "SUPPORT", "asserted")),
    ("Britain will stand behind Ukraine.", ("GBR", "UKR", "AGREE", "future")),
    # a request said as the clause's adjunct: the requester asks the clause's subject
    (
        "Washington sent more troops at the request of the Iraqi government.",
        ("IRQ", "USA", "REQUEST", "asserted"),
    ),
    (
        "Following a request from Kyiv, Germany agreed to send tanks.",
        ("UKR", "DEU", "REQUEST", "asserted"),
    ),
    (
        "Turkey released the pastor after pressure from Washington.",
        ("USA", "TUR", "REQUEST", "asserted"),
    ),
    (
        "Russia announced the expulsion of two Dutch diplomats.",
        ("RUS", "NLD", "SANCTION", "asserted"),
    ),
    (
        "Islamabad summoned India's deputy high commissioner to lodge a protest.",
        ("PAK", "IND", "ACCUSE", "asserted"),
    ),
    (
        "\u201cAnkara promised to help us,\u201d the Azerbaijani minister said.",
        ("TUR", "AZE", "AGREE", "asserted"),
    ),
    # tagger 2.10.0: trade and joint work between states (COOPERATE)
    (
        "Turkey purchased the S-400 air defence system from Russia.",
        ("TUR", "RUS", "COOPERATE", "asserted"),
    ),
    ("India continues to buy oil from Iran.", ("IND", "IRN", "COOPERATE", "asserted")),
    ("Iran sold crude to Syria.", ("IRN", "SYR", "COOPERATE", "asserted")),
    ("Most European countries still trade with Iran.", ("EUR", "IRN", "COOPERATE", "asserted")),
    (
        "Pakistan worked with the United States to capture militants.",
        ("PAK", "USA", "COOPERATE", "asserted"),
    ),
    (
        "Russia delivered the first S-400 batteries to Turkey in July.",
        ("RUS", "TUR", "AID", "asserted"),
    ),
    (
        "China and Russia conducted a joint air patrol over the Sea of Japan.",
        ("CHN", "RUS", "COOPERATE", "asserted"),
    ),
    (
        "Ukraine's president said Russia had committed war crimes.",
        ("UKR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Beijing said Washington was interfering in its internal affairs.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Macron is due in Beijing on Wednesday for a three-day state visit.",
        ("FRA", "CHN", "AGREE", "future"),
    ),
    (
        "Zelensky pleaded with NATO to close the skies over Ukraine.",
        ("UKR", "NATO", "REQUEST", "asserted"),
    ),
    ("Beijing challenged Washington to prove its claims.", ("CHN", "USA", "REQUEST", "asserted")),
    (
        "Japan requested that China lift its ban on seafood imports.",
        ("JPN", "CHN", "REQUEST", "asserted"),
    ),
    (
        "The EU's call for Russia to withdraw its troops went unheeded.",
        ("EUR", "RUS", "REQUEST", "asserted"),
    ),
    (
        "China's foreign ministry said Xi had told Biden that the United States should stop "
        "arming Taiwan.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Biden said he still considered Xi a dictator, a remark Beijing's foreign ministry called "
        '"extremely wrong".',
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Xi and Biden agreed to resume military communications, in their first face-to-face "
        "talks in a year.",
        ("USA", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Russia and China agreed to expand trade at their summit in Moscow.",
        ("CHN", "RUS", "CONSULT", "asserted"),
    ),
    ("EU offers Greece bailout deal", ("EUR", "GRC", "AGREE", "asserted")),
    ("The IMF agreed a rescue package for Pakistan.", ("IMF", "PAK", "AGREE", "asserted")),
    ("North Korea threatened the South with war.", ("PRK", "KOR", "THREATEN", "asserted")),
    ("South Korea accused the North of sinking its warship.", ("KOR", "PRK", "ACCUSE", "asserted")),
    (
        "The Chinese ambassador was summoned to the foreign ministry in Stockholm.",
        ("SWE", "CHN", "ACCUSE", "asserted"),
    ),
    ("Trump accepted Modi's invitation to visit India.", ("USA", "IND", "AGREE", "asserted")),
    ("Xi accepted an invitation to visit Russia.", ("CHN", "RUS", "AGREE", "future")),
    (
        "Lula has criticised the United States for encouraging the war, remarks that drew a "
        "sharp response from the White House.",
        ("USA", "BRA", "ACCUSE", "asserted"),
    ),
    (
        "Poland summoned Russia's ambassador on Tuesday. Moscow later denied that any of its "
        "missiles had crossed into Polish territory.",
        ("RUS", "POL", "REJECT", "asserted"),
    ),
    ("The United States and its ally Japan condemned China.", ("USA", "CHN", "ACCUSE", "asserted")),
    ("China summoned a senior U.S. embassy official.", ("CHN", "USA", "ACCUSE", "asserted")),
    (
        "Trump's push for Ukraine to investigate the Bidens is at the heart of the inquiry.",
        ("USA", "UKR", "REQUEST", "asserted"),
    ),
    (
        "Trump made the aid contingent on Zelensky announcing the investigations.",
        ("USA", "UKR", "REQUEST", "asserted"),
    ),
    ("The leaders of Russia and China spoke on Friday.", ("CHN", "RUS", "CONSULT", "asserted")),
    ("US and Chinese officials have been in contact.", ("USA", "CHN", "CONSULT", "asserted")),
    (
        "Beijing quickly retaliated with duties on American soybeans and pork.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    (
        "China and the US have held more than a dozen rounds of negotiations.",
        ("USA", "CHN", "CONSULT", "asserted"),
    ),
    ("Zelensky had been seeking a White House visit.", ("UKR", "USA", "REQUEST", "asserted")),
    ("Russia, US sign nuclear arms pact.", ("USA", "RUS", "SUPPORT", "asserted")),
    ("Israel, Turkey to hold talks on flotilla.", ("TUR", "ISR", "AGREE", "future")),
    ("UK to expel Russian diplomats", ("GBR", "RUS", "SANCTION", "future")),
    ("EU mulls sanctions on Iran", ("EUR", "IRN", "SANCTION", "hypothetical")),
    ("Iran hit by new UN sanctions.", ("UNO", "IRN", "SANCTION", "asserted")),
    (
        "China's ambassador to Britain, Liu Xiaoming, accused London of interfering. British "
        "Foreign Secretary Dominic Raab summoned Liu for talks.",
        ("GBR", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Saudi Foreign Minister Adel al-Jubeir dismissed the offer, saying Iran must first stop "
        "supporting militias in the region.",
        ("SAU", "IRN", "REQUEST", "asserted"),
    ),
    (
        "Putin and Erdogan agreed Tuesday on a plan to deploy their troops along the border, after "
        "six hours of talks in the Black Sea resort of Sochi.",
        ("TUR", "RUS", "CONSULT", "asserted"),
    ),
    (
        "The United States said it no longer considers Israeli settlements in the occupied West "
        "Bank to be illegal.",
        ("USA", "ISR", "SUPPORT", "asserted"),
    ),
    (
        "The United States said it no longer considers Israeli settlements illegal, a major "
        "reversal of U.S. policy that was welcomed by Israel and condemned by the Palestinians.",
        ("PSE", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Iraq's prime minister said he had asked the United States to send a delegation. The "
        "State Department rejected the request.",
        ("USA", "IRQ", "REJECT", "asserted"),
    ),
    ("The Putin-Xi summit in Moscow ended on Wednesday.", ("RUS", "CHN", "CONSULT", "asserted")),
    (
        "The Trump-Zelenskiy phone call is at the center of the inquiry.",
        ("UKR", "USA", "CONSULT", "asserted"),
    ),
    (
        "Russia has denied interfering in the 2016 U.S. election.",
        ("RUS", "USA", "REJECT", "asserted"),
    ),
    (
        "Egypt, meanwhile, accused Ethiopia of refusing to negotiate seriously over the Nile dam, "
        "and asked the United States to mediate.",
        ("EGY", "USA", "REQUEST", "asserted"),
    ),
    ("N. Korea threatens S. Korea over drills", ("PRK", "KOR", "THREATEN", "asserted")),
    ("S. Korea, US hold joint naval drills", ("USA", "KOR", "COOPERATE", "asserted")),
    ("Thai PM rejects Cambodia's offer of talks", ("THA", "KHM", "REJECT", "asserted")),
    (
        "Chinese Vice Foreign Minister Ma Zhaoxu summoned William Klein, the acting head of the "
        "U.S. embassy, to lodge a protest.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Zelenskiy has said he felt no pressure from Trump during their July 25 phone call.",
        ("UKR", "USA", "CONSULT", "asserted"),
    ),
    (
        "China protested against the passage of the bill by the U.S. Senate.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "South Korea on Friday reversed its decision to end a military intelligence-sharing pact "
        "with Japan.",
        ("KOR", "JPN", "SANCTION", "negated"),
    ),
    (
        "Iran rejected claims by Israel that it was building a bomb.",
        ("ISR", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "Ruto offered to send police officers to Haiti, a proposal welcomed by the Haitian "
        "government and the United States.",
        ("USA", "KEN", "SUPPORT", "asserted"),
    ),
    (
        "Beijing has lifted most of its trade curbs on Australian goods.",
        ("CHN", "AUS", "RETREAT", "asserted"),
    ),
    (
        "Russia's ambassador to Washington, Anatoly Antonov, said the deliveries showed that the "
        "U.S. was a party to the conflict.",
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        'Greek Prime Minister Kyriakos Mitsotakis said Turkey\'s claims were "unacceptable" and '
        "urged Ankara to respect international law.",
        ("GRC", "TUR", "REQUEST", "asserted"),
    ),
    (
        "Russia fired missiles at Poland. Warsaw protested. Poland summoned the envoy. NATO said "
        "the alliance stood in solidarity with its ally.",
        ("NATO", "POL", "SUPPORT", "asserted"),
    ),
    (
        "Blinken told Wang Yi that China would face serious consequences if it armed Russia.",
        ("USA", "CHN", "THREATEN", "asserted"),
    ),
    (
        "Washington told Beijing it would pay a price for supporting Moscow.",
        ("USA", "CHN", "THREATEN", "asserted"),
    ),
    (
        "North Korea said it would respond to the joint drills by the United States and South "
        "Korea with overwhelming force.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "\"Pyongyang's missile launches are a clear violation of U.N. resolutions,\" Japan's chief "
        "cabinet secretary said.",
        ("JPN", "PRK", "ACCUSE", "asserted"),
    ),
    ('"Russia\'s strikes are war crimes," Kuleba said.', ("UKR", "RUS", "ACCUSE", "asserted")),
    (
        "Iran released the British-flagged tanker Stena Impero.",
        ("IRN", "GBR", "RETREAT", "asserted"),
    ),
    (
        "Sudan's army accepted a U.S.-Saudi proposal for a ceasefire.",
        ("SDN", "SAU", "AGREE", "asserted"),
    ),
    (
        "The Palestinian Authority cut security coordination with Israel.",
        ("PSE", "ISR", "SANCTION", "asserted"),
    ),
    (
        "A U.S.-drafted resolution was vetoed by Russia and China on Friday.",
        ("CHN", "USA", "REJECT", "asserted"),
    ),
    ("Brazil's resolution was vetoed by the United States.", ("USA", "BRA", "REJECT", "asserted")),
    (
        "The ammunition was exported by South Korea to Poland.",
        ("KOR", "POL", "AID", "asserted"),
    ),
    (
        "Khamenei said there will be no negotiations with Washington.",
        ("IRN", "USA", "REJECT", "asserted"),
    ),
    (
        "Russia warned that British military instructors in Ukraine would be legitimate targets.",
        ("RUS", "GBR", "THREATEN", "asserted"),
    ),
    (
        "Britain will send a further 2.5 billion pounds in military aid to Ukraine this year.",
        ("GBR", "UKR", "AGREE", "future"),
    ),
    (
        "Britain will send more aid to Ukraine, Prime Minister Rishi Sunak announced on Friday "
        "during a visit to Kyiv.",
        ("GBR", "UKR", "CONSULT", "asserted"),
    ),
    ("Poland says it will no longer arm Ukraine", ("POL", "UKR", "SANCTION", "future")),
    ("Zelenskiy meets Biden at White House, seeks more aid", ("UKR", "USA", "REQUEST", "asserted")),
    (
        "Saudi Arabia has put talks on normalising ties with Israel on hold, sources said.",
        ("SAU", "ISR", "SANCTION", "asserted"),
    ),
    ("France condemned the coup in Niger.", ("FRA", "NER", "ACCUSE", "asserted")),
    ("China protested over U.S. arms sales to Taiwan.", ("CHN", "USA", "ACCUSE", "asserted")),
    (
        "Poland said it would stop supplying weapons to Ukraine.",
        ("POL", "UKR", "SANCTION", "future"),
    ),
    ("Poland stopped sending weapons to Ukraine.", ("POL", "UKR", "SANCTION", "asserted")),
    ("Ukraine's request was rejected by Germany.", ("DEU", "UKR", "REJECT", "asserted")),
    (
        "Sweden's NATO accession was approved by the Hungarian parliament on Monday.",
        ("HUN", "SWE", "SUPPORT", "asserted"),
    ),
    ("Biden said Israel had a right to defend itself.", ("USA", "ISR", "SUPPORT", "asserted")),
    ("Sunak backed Israel's right to self-defence.", ("GBR", "ISR", "SUPPORT", "asserted")),
    (
        "Iran and the United States exchanged threats on Monday.",
        ("USA", "IRN", "THREATEN", "asserted"),
    ),
    (
        "Washington said Ankara would pay a heavy price for the offensive.",
        ("USA", "TUR", "THREATEN", "asserted"),
    ),
    (
        "Olaf Scholz told Chinese leader Xi Jinping that Beijing should use its influence.",
        ("DEU", "CHN", "REQUEST", "asserted"),
    ),
    (
        "China's foreign minister demanded that the United States stop interfering in its affairs.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Crown Prince Mohammed bin Salman received a phone call on Wednesday from Iranian "
        "President Ebrahim Raisi.",
        ("IRN", "SAU", "CONSULT", "asserted"),
    ),
    (
        "Biden raised the issue of human rights with Modi, a U.S. official told reporters.",
        ("USA", "IND", "CONSULT", "asserted"),
    ),
    ("Canberra has suspended its WTO case against Beijing.", ("AUS", "CHN", "CONCEDE", "asserted")),
    (
        "Seoul said it would drop its complaint against Tokyo at the World Trade Organization.",
        ("KOR", "JPN", "AGREE", "future"),
    ),
    (
        "Macron met Scholz on Monday and said he would press Beijing to open its markets.",
        ("FRA", "CHN", "REQUEST", "future"),
    ),
    (
        "Niger's military rulers ordered the French ambassador, Sylvain Itte, to leave the "
        "country.",
        ("NER", "FRA", "SANCTION", "asserted"),
    ),
    (
        "Chinese Vice President Han Zheng met with Taliban-appointed Foreign Minister Amir Khan "
        "Muttaqi in Beijing on Wednesday.",
        ("CHN", "AFG", "CONSULT", "asserted"),
    ),
    (
        "The United States unfroze $6 billion in Iranian funds.",
        ("USA", "IRN", "RETREAT", "asserted"),
    ),
    (
        "Venezuela and Guyana agreed not to use force after their meeting in St. Vincent.",
        ("GUY", "VEN", "CONSULT", "asserted"),
    ),
    ("Afghanistan assured Pakistan that it would act.", ("AFG", "PAK", "AGREE", "asserted")),
    ("The United States pledged to help rebuild Ukraine.", ("USA", "UKR", "AGREE", "future")),
    (
        "Putin's China visit was his first trip abroad this year.",
        ("RUS", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Blinken warned that Washington would reimpose sanctions if Venezuela failed to meet "
        "its commitments.",
        ("USA", "VEN", "THREATEN", "asserted"),
    ),
    (
        "Israel's defence minister threatened that Israel would respond with overwhelming force "
        "against Hezbollah.",
        ("ISR", "LBN", "THREATEN", "asserted"),
    ),
    ("The EU sent a delegation to Niamey.", ("EUR", "NER", "CONSULT", "asserted")),
    (
        "France urged all parties to avoid a regional escalation and sent its foreign minister "
        "to Beirut for talks.",
        ("FRA", "LBN", "CONSULT", "asserted"),
    ),
    (
        "The Libyan National Army accused Turkey of sending mercenaries.",
        ("LBY", "TUR", "ACCUSE", "asserted"),
    ),
    ("Jaish-e-Mohammed threatened India on Monday.", ("PAK", "IND", "THREATEN", "asserted")),
    (
        "The Taliban released an American and an Australian academic.",
        ("AFG", "AUS", "RETREAT", "asserted"),
    ),
    ("Iran freed a French researcher on Friday.", ("IRN", "FRA", "RETREAT", "asserted")),
    (
        "Trump signed the bill despite objections from Beijing.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Israel went ahead with the plan amid strong criticism from the European Union.",
        ("EUR", "ISR", "ACCUSE", "asserted"),
    ),
    ("Trump has said he is open to talks with Iran.", ("USA", "IRN", "AGREE", "asserted")),
    (
        "Spain said the seizure followed a request from the United States to Britain.",
        ("USA", "GBR", "REQUEST", "asserted"),
    ),
    (
        "Imran Khan said he would take the issue to the U.N. Security Council and accused India "
        "of violating international law.",
        ("PAK", "IND", "ACCUSE", "asserted"),
    ),
    ("Germany stopped arms sales to Saudi Arabia.", ("DEU", "SAU", "SANCTION", "asserted")),
    (
        "Russia said on Tuesday that it had expelled two Dutch diplomats.",
        ("RUS", "NLD", "SANCTION", "asserted"),
    ),
    (
        "Iraq's prime minister said on Sunday that he had asked the United States to send a "
        "delegation.",
        ("IRQ", "USA", "REQUEST", "asserted"),
    ),
    ("The Netherlands expelled two Russians in February.", ("NLD", "RUS", "SANCTION", "asserted")),
    ("Iran says it will respond to Israeli attack", ("IRN", "ISR", "THREATEN", "asserted")),
    ("Russia says it will retaliate for new US sanctions", ("RUS", "USA", "THREATEN", "asserted")),
    ("Beijing questioned Washington's motives.", ("CHN", "USA", "ACCUSE", "asserted")),
    (
        "Germany complained to Poland about the border controls.",
        ("DEU", "POL", "ACCUSE", "asserted"),
    ),
    ("North Korea called South Korea's president a traitor.", ("PRK", "KOR", "ACCUSE", "asserted")),
    (
        "Poland's prime minister attacked Germany's energy policy.",
        ("POL", "DEU", "ACCUSE", "asserted"),
    ),
    (
        "Under pressure from Washington, Mexico agreed to deploy troops to its southern border.",
        ("USA", "MEX", "REQUEST", "asserted"),
    ),
    (
        "A senior Iranian military official threatened on Friday to seize a British oil tanker "
        "if the Grace 1 was not released.",
        ("IRN", "GBR", "THREATEN", "asserted"),
    ),
    (
        "Iran vowed Tuesday night to retaliate against Israel.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "Turkey refused last week to meet the Greek prime minister.",
        ("TUR", "GRC", "REJECT", "asserted"),
    ),
    (
        "Japan promised earlier on Monday to help the Philippines.",
        ("JPN", "PHL", "AGREE", "asserted"),
    ),
    (
        "Sarkozy secured Russia's agreement to a peace plan after talks in the Kremlin with "
        "President Dmitry Medvedev.",
        ("FRA", "RUS", "CONSULT", "asserted"),
    ),
    (
        "Pakistani Prime Minister Imran Khan returned home on Sunday following talks with Saudi "
        "Crown Prince Mohammed bin Salman.",
        ("PAK", "SAU", "CONSULT", "asserted"),
    ),
    (
        "India's External Affairs Ministry urged Pakistan to review the steps.",
        ("IND", "PAK", "REQUEST", "asserted"),
    ),
    (
        "The United States said on Wednesday it was removing Turkey from the F-35 fighter jet "
        "program.",
        ("USA", "TUR", "SANCTION", "asserted"),
    ),
    (
        "The United States dropped India from its trade preference program.",
        ("USA", "IND", "SANCTION", "asserted"),
    ),
    ("Washington took Cuba off the terrorism list.", ("USA", "CUB", "CONCEDE", "asserted")),
    (
        "The Commerce Department removed Huawei from the entity list.",
        ("USA", "CHN", "CONCEDE", "asserted"),
    ),
    (
        "The United States and more than 50 other countries have recognized Guaido as "
        "Venezuela's legitimate interim president.",
        ("USA", "VEN", "SUPPORT", "asserted"),
    ),
    (
        "Prime Minister Shinzo Abe said Tokyo would coordinate closely with Washington and Seoul.",
        ("JPN", "KOR", "AGREE", "future"),
    ),
    (
        "Canada and a dozen Latin American countries called on Venezuela's military to switch "
        "allegiance to Guaido.",
        ("CAN", "VEN", "REQUEST", "asserted"),
    ),
    (
        "The European Union has condemned the Turkish incursion. Its member states agreed last "
        "week to halt arms exports to Ankara.",
        ("EUR", "TUR", "SANCTION", "future"),
    ),
    (
        "Germany extended its ban on arms sales to Saudi Arabia by six months.",
        ("DEU", "SAU", "SANCTION", "asserted"),
    ),
    (
        "Germany imposed a freeze on arms exports to Saudi Arabia.",
        ("DEU", "SAU", "SANCTION", "asserted"),
    ),
    (
        "Canada arrested Meng at the request of the United States.",
        ("USA", "CAN", "REQUEST", "asserted"),
    ),
    ("Beijing hit back with tariffs on U.S. goods.", ("CHN", "USA", "SANCTION", "asserted")),
    (
        "North Korea fired two missiles, calling the launch a solemn warning to South Korea.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "Sarkozy announced the plan after talks with Russian President Dmitry Medvedev.",
        ("RUS", "FRA", "CONSULT", "asserted"),
    ),
    (
        "Venezuela is facing an economic crisis. Russia and China have lent the country "
        "billions of dollars.",
        ("CHN", "VEN", "AID", "asserted"),
    ),
    (
        "North Korea tested a new missile on Thursday. The United States urged the country to "
        "return to talks.",
        ("USA", "PRK", "REQUEST", "asserted"),
    ),
    (
        "Iran's foreign minister arrived in Beijing on Monday. China pledged to help the "
        "country weather U.S. sanctions.",
        ("CHN", "IRN", "AGREE", "asserted"),
    ),
    (
        "Turkey launched an offensive in Syria on Wednesday. The European Union condemned the "
        "operation.",
        ("EUR", "TUR", "ACCUSE", "asserted"),
    ),
    (
        "Iran vowed a crushing response to any American attack.",
        ("IRN", "USA", "THREATEN", "asserted"),
    ),
    (
        "Russia summoned the British ambassador. Moscow accused the envoy of spying.",
        ("RUS", "GBR", "ACCUSE", "asserted"),
    ),
    (
        "President Trump spoke with Xi Jinping on Friday. China urged the administration to "
        "cancel the tariffs.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Macron met Putin in Moscow, where he urged Russia to withdraw.",
        ("FRA", "RUS", "REQUEST", "asserted"),
    ),
    (
        (
            '"The United States is behaving like a bully," Chinese Foreign Ministry spokesman '
            'Geng Shuang told a news briefing. "Washington should stop interfering in our '
            'internal affairs."'
        ),
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    ("Officials in Tehran called on Europe to do more.", ("IRN", "EUR", "REQUEST", "asserted")),
    (
        "The government in Kabul accused Pakistan of harbouring militants.",
        ("AFG", "PAK", "ACCUSE", "asserted"),
    ),
    (
        "Japan and South Korea share military intelligence under the GSOMIA pact.",
        ("JPN", "KOR", "COOPERATE", "asserted"),
    ),
    (
        "Israel and the United Arab Emirates have been quietly cooperating on security for years.",
        ("ARE", "ISR", "COOPERATE", "asserted"),
    ),
    (
        "China has invested billions of dollars in Pakistan's infrastructure.",
        ("CHN", "PAK", "COOPERATE", "asserted"),
    ),
    (
        "Saudi Arabia and Russia have coordinated oil output cuts since 2016.",
        ("RUS", "SAU", "COOPERATE", "asserted"),
    ),
    (
        "Modi huddled with Xi Jinping on the sidelines of the BRICS summit.",
        ("IND", "CHN", "CONSULT", "asserted"),
    ),
    (
        "The United States has been lobbying Japan to ban Huawei from its 5G networks.",
        ("USA", "JPN", "REQUEST", "asserted"),
    ),
    ("Trump pushed Japan to impose sanctions on Iran.", ("USA", "JPN", "REQUEST", "asserted")),
    (
        "India suspended the Samjhauta Express train service to Pakistan.",
        ("IND", "PAK", "SANCTION", "asserted"),
    ),
    (
        "Washington revoked the visas of Venezuelan officials.",
        ("USA", "VEN", "SANCTION", "asserted"),
    ),
    (
        "Russia delivered the first S-400 components to Turkey in July.",
        ("RUS", "TUR", "AID", "asserted"),
    ),
    (
        "The talks, the first since 2018, were held between officials from Seoul and Tokyo.",
        ("JPN", "KOR", "CONSULT", "asserted"),
    ),
    (
        "The Trump administration's decision to end the waivers, announced on Monday, drew "
        "sharp criticism from Beijing.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Russia's support for Assad has been crucial to his survival.",
        ("RUS", "SYR", "SUPPORT", "asserted"),
    ),
    (
        "Japan's export curbs on South Korea took effect in July.",
        ("JPN", "KOR", "SANCTION", "asserted"),
    ),
    (
        "India's purchase of the S-400 from Russia could trigger U.S. sanctions.",
        ("IND", "RUS", "COOPERATE", "asserted"),
    ),
    (
        "Turkey's offensive against the Kurds drew condemnation from Germany.",
        ("DEU", "TUR", "ACCUSE", "asserted"),
    ),
    (
        "Diplomats said France and Germany had blocked the start of accession talks with North "
        "Macedonia.",
        ("FRA", "MKD", "REJECT", "asserted"),
    ),
    (
        "In a July 25 phone call, Mr. Trump asked Mr. Zelensky to investigate Joseph R. Biden Jr.",
        ("USA", "UKR", "CONSULT", "asserted"),
    ),
    (
        "In a phone call on Friday, Putin told Macron that Russia would not intervene.",
        ("RUS", "FRA", "CONSULT", "asserted"),
    ),
    (
        "The Trump administration held up security aid for Ukraine.",
        ("USA", "UKR", "SANCTION", "asserted"),
    ),
    (
        "Washington banned American companies from doing business with Huawei.",
        ("USA", "CHN", "SANCTION", "asserted"),
    ),
    (
        "China suspended purchases of American farm products.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    ("The UAE flew tonnes of medical supplies to Iran.", ("ARE", "IRN", "AID", "asserted")),
    (
        "Saudi Arabia is a major oil producer. Turkey condemned the kingdom.",
        ("TUR", "SAU", "ACCUSE", "asserted"),
    ),
    (
        "Saudi Arabia admitted the killing. The kingdom's account was met with scepticism from "
        "Turkey.",
        ("TUR", "SAU", "ACCUSE", "asserted"),
    ),
    (
        "Sergei Lavrov is Russia's foreign minister. The minister criticized the United States.",
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Iran denied the accusations made by the United States.",
        ("IRN", "USA", "REJECT", "asserted"),
    ),
    ("Mr. Moon urged Tokyo to withdraw its export curbs.", ("KOR", "JPN", "REQUEST", "asserted")),
    (
        "The world body called on Myanmar to allow refugees to return.",
        ("UNO", "MMR", "REQUEST", "asserted"),
    ),
    (
        "The Western military alliance accused Russia of violating the treaty.",
        ("NATO", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Japan protested. The United States accused China of stealing secrets and urged the "
        "country to stop.",
        ("USA", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Niger's junta demanded the departure of the French ambassador.",
        ("NER", "FRA", "REQUEST", "asserted"),
    ),
    (
        "Lawmakers in Ankara called for the expulsion of the Israeli ambassador.",
        ("TUR", "ISR", "REQUEST", "asserted"),
    ),
    ("Ukraine has linked Russia to the attack on the dam.", ("UKR", "RUS", "ACCUSE", "asserted")),
    (
        "British officials have tied the Kremlin to the poisoning of Sergei Skripal.",
        ("GBR", "RUS", "ACCUSE", "asserted"),
    ),
    ("China vowed retaliation against the United States.", ("CHN", "USA", "THREATEN", "asserted")),
    (
        "Hezbollah vowed revenge for the killing of its commander by Israel.",
        ("LBN", "ISR", "THREATEN", "asserted"),
    ),
    ("Blinken pressed Netanyahu on Gaza aid.", ("USA", "ISR", "REQUEST", "asserted")),
    (
        "The European Union agreed a 12th package of sanctions against Russia.",
        ("EUR", "RUS", "SANCTION", "asserted"),
    ),
    (
        "The proposal, drafted by Egypt, was rejected by Israel.",
        ("ISR", "EGY", "REJECT", "asserted"),
    ),
    (
        "The bloc's leaders met in Brussels. The EU granted candidate status to Georgia.",
        ("EUR", "GEO", "SUPPORT", "asserted"),
    ),
    ("The EU granted Ukraine candidate status.", ("EUR", "UKR", "SUPPORT", "asserted")),
    (
        "Mexico extradited Ovidio Guzman to the United States.",
        ("MEX", "USA", "COOPERATE", "asserted"),
    ),
    (
        "The RSF said the army had violated the truce. The paramilitary force called on Riyadh "
        "to pressure the army.",
        ("SDN", "SAU", "REQUEST", "asserted"),
    ),
    (
        "North Korea fired a ballistic missile over Japan on Tuesday. Tokyo lodged a strong "
        "protest.",
        ("JPN", "PRK", "ACCUSE", "asserted"),
    ),
    (
        "Saudi Arabia restored ties with Iran in March. The kingdom has since reopened its "
        "embassy in Tehran.",
        ("SAU", "IRN", "SUPPORT", "asserted"),
    ),
    ("Russia has since expelled two Estonian diplomats.", ("RUS", "EST", "SANCTION", "asserted")),
    (
        "Egypt, like Jordan, has refused to accept refugees from Gaza.",
        ("EGY", "PSE", "REJECT", "asserted"),
    ),
    ("Kyiv said Moscow had lied about the strike.", ("UKR", "RUS", "ACCUSE", "asserted")),
    (
        "Ecuador's government defended the arrest, saying Mexico had abused the immunities "
        "granted to its mission.",
        ("ECU", "MEX", "ACCUSE", "asserted"),
    ),
    ("China sanctioned two US-based groups.", ("CHN", "USA", "SANCTION", "asserted")),
    ("Saudi crown prince receives Iran's Raisi in Riyadh", ("IRN", "SAU", "CONSULT", "asserted")),
    (
        "Putin and Xi pledge 'no limits' partnership in Beijing talks",
        ("RUS", "CHN", "AGREE", "asserted"),
    ),
    (
        "India and the UAE launched a new strategic partnership.",
        ("IND", "ARE", "AGREE", "asserted"),
    ),
    (
        "ECOWAS imposed sanctions on Niger and threatened to use force.",
        ("ECW", "NER", "THREATEN", "asserted"),
    ),
    (
        "The US condemned Iran and threatened to impose new sanctions.",
        ("USA", "IRN", "THREATEN", "asserted"),
    ),
    ("Erdogan called Israel a terror state.", ("TUR", "ISR", "ACCUSE", "asserted")),
    ('Milei has called China\'s government "assassins".', ("ARG", "CHN", "ACCUSE", "asserted")),
    ("India conducted naval drills with France.", ("IND", "FRA", "COOPERATE", "asserted")),
    ("India has bought record amounts of Russian crude.", ("IND", "RUS", "COOPERATE", "asserted")),
    (
        "Russia began supplying gas to China through the Power of Siberia pipeline.",
        ("RUS", "CHN", "COOPERATE", "asserted"),
    ),
    (
        "The World Bank paused new lending to Uganda over its anti-gay law.",
        ("WBK", "UGA", "SANCTION", "asserted"),
    ),
    ("The Chinese and US defence chiefs held a video call.", ("CHN", "USA", "CONSULT", "asserted")),
    (
        "Saudi Arabia's foreign minister delivered a message from King Salman to Iran's president.",
        ("SAU", "IRN", "CONSULT", "asserted"),
    ),
    (
        "China took issue with remarks by the Philippine president.",
        ("CHN", "PHL", "ACCUSE", "asserted"),
    ),
    ("India took exception to Pakistan's remarks at the UN.", ("IND", "PAK", "ACCUSE", "asserted")),
    ("Russia defended China's position on Taiwan.", ("RUS", "CHN", "SUPPORT", "asserted")),
    ("Israel denied visas to two US congresswomen.", ("ISR", "USA", "SANCTION", "asserted")),
    (
        "The visit by Blinken to Beijing comes weeks after Xi Jinping hosted Putin there.",
        ("RUS", "CHN", "CONSULT", "asserted"),
    ),
    (
        "China cut off talks with the United States on climate change.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    (
        "North Korea criticized the joint drills between the United States and South Korea as a "
        "rehearsal for invasion.",
        ("PRK", "KOR", "ACCUSE", "asserted"),
    ),
    (
        "Venezuela condemned what it called an attempt by Guyana to provoke a conflict.",
        ("VEN", "GUY", "ACCUSE", "asserted"),
    ),
    ("Putin accused the West of trying to destroy Russia.", ("RUS", "WST", "ACCUSE", "asserted")),
    (
        "Polish officials have complained that Ukraine was ungrateful for the help.",
        ("POL", "UKR", "ACCUSE", "asserted"),
    ),
    (
        "The foreign minister of Lithuania described China's actions as economic coercion.",
        ("LTU", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Ankara also sought U.S. approval for the sale of F-16 fighter jets.",
        ("TUR", "USA", "REQUEST", "asserted"),
    ),
    (
        "Sweden and Finland applied for NATO membership after the invasion.",
        ("FIN", "NATO", "REQUEST", "asserted"),
    ),
    ("Kristersson declined the invitation from Orban.", ("SWE", "HUN", "REJECT", "asserted")),
    (
        "Foreign Minister Abdoulaye Diop accused the mission, known as MINUSMA, of failing to "
        "respond.",
        ("MLI", "UNO", "ACCUSE", "asserted"),
    ),
    (
        '"We condemn in the strongest terms the dangerous and illegal actions of the China Coast '
        'Guard," the Philippine foreign ministry said.',
        ("PHL", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "The United States imposed sanctions on the head of Wagner.",
        ("USA", "RUS", "SANCTION", "asserted"),
    ),
    (
        "The United States imposed sanctions on Wagner, accusing the group of abuses.",
        ("USA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Iran and Saudi Arabia agreed to restore ties. The deal followed talks between the two "
        "rivals in Baghdad.",
        ("IRN", "SAU", "CONSULT", "asserted"),
    ),
    (
        "Iran and Saudi Arabia agreed to restore ties. The announcement came after talks "
        "between top security officials from the two rival Middle East powers.",
        ("SAU", "IRN", "CONSULT", "asserted"),
    ),
    (
        "DUBAI, March 10 (Reuters) - Iran and Saudi Arabia agreed to restore ties. The kingdom "
        "cut ties with the Islamic Republic in 2016.",
        ("SAU", "IRN", "SANCTION", "historical"),
    ),
    (
        "The United States and South Korea began joint military drills on Monday. North Korea "
        "condemned the drills as a rehearsal for invasion.",
        ("PRK", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Raisi expressed Iran's readiness to expand cooperation with Venezuela in the energy "
        "sector.",
        ("IRN", "VEN", "AGREE", "future"),
    ),
    (
        "Lula defended Venezuela's Maduro, saying accusations of authoritarianism were a "
        "narrative.",
        ("BRA", "VEN", "SUPPORT", "asserted"),
    ),
    ("Russia defended Syria against Israeli strikes.", ("RUS", "SYR", "AID", "asserted")),
    (
        "Japan's Kishida promised Zelenskiy $5.5 billion in additional aid.",
        ("JPN", "UKR", "AGREE", "asserted"),
    ),
    ("Armenia agreed to hand back four villages to Azerbaijan.", ("ARM", "AZE", "AGREE", "future")),
    (
        "Turkish President Tayyip Erdogan, whose country has good ties with both Moscow and "
        "Kyiv, offered to host talks between the two sides.",
        ("TUR", "UKR", "AGREE", "future"),
    ),
    (
        "India has rejected a report by the U.S. State Department that criticized its treatment "
        "of religious minorities.",
        ("IND", "USA", "REJECT", "asserted"),
    ),
    (
        "Sweden's bid to join NATO was approved by the Turkish parliament on Tuesday.",
        ("TUR", "SWE", "SUPPORT", "asserted"),
    ),
    (
        "The Biden administration on Friday approved the sale of $300 million in military "
        "equipment to Taiwan.",
        ("USA", "TWN", "AID", "asserted"),
    ),
    (
        "Dr Jaishankar also called on Prime Minister Lee Hsien Loong.",
        ("IND", "SGP", "CONSULT", "asserted"),
    ),
    ("Jaishankar called on President Putin to end the war.", ("IND", "RUS", "REQUEST", "asserted")),
    (
        "The Chinese side expressed strong dissatisfaction and firm opposition to the US move.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "The MEA lodged a strong protest with Pakistan over the ceasefire violation.",
        ("IND", "PAK", "ACCUSE", "asserted"),
    ),
    (
        "British Foreign Secretary David Cameron, whose country also lost three citizens, told "
        "his Israeli counterpart that the deaths were completely unacceptable.",
        ("GBR", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Poland's Foreign Ministry summoned Israel's ambassador on Wednesday. Ambassador Yacov "
        "Livne later apologised. Livne also criticised Poland.",
        ("ISR", "POL", "ACCUSE", "asserted"),
    ),
    (
        "Australia, a close U.S. ally, has sought to repair ties with China, its largest "
        "trading partner.",
        ("AUS", "CHN", "AGREE", "future"),
    ),
    (
        "Egypt hosted delegations from Israel and Hamas in Cairo on Sunday.",
        ("ISR", "EGY", "CONSULT", "asserted"),
    ),
    (
        "South Africa invited more than 60 leaders, including Chinese President Xi Jinping, to "
        "the summit.",
        ("ZAF", "CHN", "AGREE", "asserted"),
    ),
    (
        "Tinubu threatened military action against the coup leaders in Niger.",
        ("NGA", "NER", "THREATEN", "asserted"),
    ),
    (
        "Washington blacklisted a dozen Chinese firms for helping Russia evade sanctions.",
        ("USA", "CHN", "SANCTION", "asserted"),
    ),
    (
        "The United States and India will share intelligence on Chinese naval movements.",
        ("USA", "IND", "AGREE", "future"),
    ),
    (
        "Iran's seizure of a U.S.-bound tanker drew condemnation from Washington.",
        ("USA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "Qatar's mediation between Israel and Hamas led to the release of 105 hostages.",
        ("QAT", "ISR", "CONSULT", "asserted"),
    ),
    (
        "Hungary has refused to supply weapons to Ukraine and has repeatedly delayed EU aid "
        "packages.",
        ("HUN", "EUR", "REJECT", "asserted"),
    ),
    (
        "The Kremlin denied involvement in the drone attack and accused Kyiv of staging it.",
        ("RUS", "UKR", "ACCUSE", "asserted"),
    ),
    (
        "Guterres urged both Israel and Hamas to agree to a ceasefire.",
        ("UNO", "ISR", "REQUEST", "asserted"),
    ),
    ("Guyana briefed Brazil on the situation.", ("GUY", "BRA", "CONSULT", "asserted")),
    (
        "NATO was briefed by Ukraine on the counteroffensive.",
        ("UKR", "NATO", "CONSULT", "asserted"),
    ),
    (
        "Mali rejected France's demands and threatened to expel its ambassador.",
        ("MLI", "FRA", "THREATEN", "asserted"),
    ),
    (
        "China is ready to deepen strategic coordination with Russia, Wang said.",
        ("CHN", "RUS", "AGREE", "future"),
    ),
    (
        "Saudi Arabia has suspended talks on normalising relations with Israel, sources said.",
        ("SAU", "ISR", "SANCTION", "asserted"),
    ),
    (
        "Saudi Arabia is in talks on normalising relations with Israel, officials said.",
        ("SAU", "ISR", "CONSULT", "asserted"),
    ),
    (
        "Egyptian and Qatari mediators are pressing Hamas to accept the proposal.",
        ("QAT", "PSE", "REQUEST", "asserted"),
    ),
    (
        "The resolution, which was drafted by Brazil, was vetoed by the United States on "
        "Wednesday.",
        ("USA", "BRA", "REJECT", "asserted"),
    ),
    (
        "The sanctions, announced by the European Union on Friday, target Russian diamonds.",
        ("EUR", "RUS", "SANCTION", "asserted"),
    ),
    ("New EU sanctions target Russian diamonds and steel.", ("EUR", "RUS", "SANCTION", "asserted")),
    (
        "The Kremlin called Yerevan's move to join the International Criminal Court extremely "
        "hostile.",
        ("RUS", "ARM", "ACCUSE", "asserted"),
    ),
    (
        "Turkey's parliament has approved Sweden's bid to join NATO. The Swedish government "
        "welcomed the vote.",
        ("SWE", "TUR", "SUPPORT", "asserted"),
    ),
    (
        "The United States, Japan and South Korea held their first trilateral air exercise near "
        "the Korean Peninsula.",
        ("JPN", "KOR", "COOPERATE", "asserted"),
    ),
    (
        "Ethiopia is to blame for the failure of the talks, Egypt's irrigation ministry said.",
        ("EGY", "ETH", "ACCUSE", "asserted"),
    ),
    (
        "Russia's actions in Ukraine amount to genocide, Poland's president Andrzej Duda said.",
        ("POL", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "China's coast guard said Philippine ships had deliberately rammed its vessel.",
        ("CHN", "PHL", "ACCUSE", "asserted"),
    ),
    (
        "Poland said Russia was committing genocide in Ukraine.",
        ("POL", "RUS", "ACCUSE", "asserted"),
    ),
    (
        '"This is a blatant violation of international law," Iranian Foreign Ministry '
        "spokesman Nasser Kanaani said of the U.S. seizure of the tanker.",
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        '"It is piracy," Iran\'s foreign ministry said of the seizure by the United States.',
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Germany has condemned the detention of a German national in Iran.",
        ("DEU", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "Washington condemned the arrest of Wall Street Journal reporter Evan Gershkovich in "
        "Russia.",
        ("USA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Pakistan's army chief General Asim Munir called on Saudi Crown Prince Mohammed bin "
        "Salman in Riyadh.",
        ("PAK", "SAU", "CONSULT", "asserted"),
    ),
    (
        "Moldova expelled a Russian diplomat. The ex-Soviet republic accused Moscow of plotting "
        "a coup.",
        ("MDA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Georgia's parliament passed the foreign agents bill. The former Soviet republic has "
        "been criticised by the EU.",
        ("EUR", "GEO", "ACCUSE", "asserted"),
    ),
    ("Macron called Netanyahu to urge restraint.", ("FRA", "ISR", "CONSULT", "asserted")),
    ("The Elysee said Macron had called Netanyahu.", ("FRA", "ISR", "CONSULT", "asserted")),
    (
        "After meeting Zelenskiy in Kyiv, Scholz pledged another 2.7 billion euros in military "
        "aid.",
        ("DEU", "UKR", "AGREE", "asserted"),
    ),
    (
        "Scholz met Zelenskiy in Kyiv on Monday. He pledged another 2.7 billion euros in "
        "military aid.",
        ("DEU", "UKR", "AGREE", "asserted"),
    ),
    ("Burhan rejected U.S.-Saudi mediation efforts.", ("SDN", "SAU", "REJECT", "asserted")),
    ("Beijing condemned the U.S.-Japan drills.", ("CHN", "JPN", "ACCUSE", "asserted")),
    ("Moscow welcomed the Turkish-Qatari proposal.", ("RUS", "TUR", "SUPPORT", "asserted")),
    (
        "Erdogan threatened to send Turkish troops into northern Syria.",
        ("TUR", "SYR", "THREATEN", "asserted"),
    ),
    (
        "Israel has ignored repeated calls from Washington to allow more aid into Gaza.",
        ("ISR", "PSE", "AID", "negated"),
    ),
    (
        "The proposal would see Israel release Palestinian prisoners in exchange for hostages.",
        ("ISR", "PSE", "RETREAT", "hypothetical"),
    ),
    (
        "President Tayyip Erdogan said he was cutting off contact with Netanyahu.",
        ("TUR", "ISR", "SANCTION", "asserted"),
    ),
    (
        "China's coast guard said the Philippine vessels had ignored its warnings and "
        "deliberately approached its ship.",
        ("CHN", "PHL", "ACCUSE", "asserted"),
    ),
    (
        "Ukraine's Zelenskiy urges West to speed up arms deliveries",
        ("UKR", "WST", "REQUEST", "asserted"),
    ),
    (
        "Philippines, US kick off largest-ever joint military drills",
        ("PHL", "USA", "COOPERATE", "asserted"),
    ),
    (
        "Iranian President Ebrahim Raisi told Saudi Crown Prince Mohammed bin Salman that "
        "Tehran was ready to expand ties.",
        ("IRN", "SAU", "AGREE", "future"),
    ),
    (
        "Iran held the United States and Israel responsible for the explosions in Kerman.",
        ("IRN", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Kyiv said the explosion was the work of Russian saboteurs.",
        ("UKR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Washington believes Iran was deeply involved in planning the attack, a U.S. official "
        "said.",
        ("USA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "The EU disbursed the first tranche of its 50 billion euro facility for Ukraine.",
        ("EUR", "UKR", "AID", "asserted"),
    ),
    ("The IMF approved a $3 billion bailout for Pakistan.", ("IMF", "PAK", "AGREE", "asserted")),
    ("Qatar flew aid to earthquake-hit Syria.", ("QAT", "SYR", "AID", "asserted")),
    (
        "The EU and the United States condemned the sham referendums organised by Moscow.",
        ("USA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Kyiv dismissed the results of the referendums held by Russia in occupied regions.",
        ("UKR", "RUS", "REJECT", "asserted"),
    ),
    ("Belize suspended relations with Israel.", ("BLZ", "ISR", "SANCTION", "asserted")),
    (
        "Poland, Hungary and Slovakia imposed bans on Ukrainian grain imports. Kyiv has filed "
        "complaints against the three countries at the World Trade Organization.",
        ("UKR", "SVK", "ACCUSE", "asserted"),
    ),
    (
        "Ukraine asked Germany to supply Taurus missiles, a request Berlin has so far declined.",
        ("DEU", "UKR", "REJECT", "asserted"),
    ),
    (
        "India issued a demarche to Pakistan over the killing of a Sikh pilgrim.",
        ("IND", "PAK", "ACCUSE", "asserted"),
    ),
    (
        "President Droupadi Murmu received Nepal's Prime Minister Pushpa Kamal Dahal at "
        "Rashtrapati Bhavan.",
        ("NPL", "IND", "CONSULT", "asserted"),
    ),
    (
        "Washington came under criticism from Beijing for the arms sale.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Doha, July 23 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al Thani sent a "
        "cable of congratulations to President Abdel Fattah al-Sisi of Egypt on the anniversary "
        "of the revolution.",
        ("QAT", "EGY", "SUPPORT", "asserted"),
    ),
    (
        "Sheikh Mohamed bin Zayed sent a congratulatory message to Vladimir Putin on his "
        "re-election.",
        ("ARE", "RUS", "SUPPORT", "asserted"),
    ),
    (
        "Caracas ordered the diplomatic staff of Argentina, Chile, Costa Rica, Panama, Peru, "
        "the Dominican Republic and Uruguay to leave the country.",
        ("VEN", "URY", "SANCTION", "asserted"),
    ),
    (
        "Niger's junta ordered the ambassadors of France and Germany to leave within 48 hours.",
        ("NER", "DEU", "SANCTION", "asserted"),
    ),
    (
        "Mexico paused relations with the embassies of the United States and Canada.",
        ("MEX", "CAN", "SANCTION", "asserted"),
    ),
    (
        "Honduras said it would end its extradition treaty with the United States after the "
        "U.S. ambassador criticised a meeting between Honduran and Venezuelan defence "
        "officials.",
        ("HND", "VEN", "CONSULT", "asserted"),
    ),
    (
        "Iran summoned the British, French and German ambassadors over what it called their "
        "irresponsible stance.",
        ("IRN", "GBR", "ACCUSE", "asserted"),
    ),
    (
        "Iran blamed Israel for an air strike on its consulate in Damascus. The Syrian foreign "
        "ministry denounced the strike as a flagrant violation of international law.",
        ("SYR", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Israel struck the Iranian consulate in Damascus. Tehran vowed revenge for the attack.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "Armenia has frozen its participation in the Russian-led Collective Security Treaty "
        "Organization, Prime Minister Nikol Pashinyan said.",
        ("ARM", "CST", "SANCTION", "asserted"),
    ),
    (
        "The EU froze Georgia's accession process and suspended 30 million euros in military "
        "assistance.",
        ("EUR", "GEO", "SANCTION", "asserted"),
    ),
    (
        "Sudan's army-led government accused the United Arab Emirates of arming the "
        "paramilitary Rapid Support Forces.",
        ("SDN", "ARE", "ACCUSE", "asserted"),
    ),
    (
        "Mali, Burkina Faso and Niger announced their withdrawal from the Economic Community of "
        "West African States.",
        ("BFA", "ECW", "SANCTION", "asserted"),
    ),
    ("Russia formally quit the Council of Europe.", ("RUS", "COE", "SANCTION", "asserted")),
    (
        "India's foreign ministry summoned the Maldives' envoy over derogatory remarks by three "
        "deputy ministers.",
        ("IND", "MDV", "ACCUSE", "asserted"),
    ),
    (
        "The Netherlands handed over the first F-16 jets to Ukraine.",
        ("NLD", "UKR", "AID", "asserted"),
    ),
    (
        "Greece and Turkey pledged to keep channels of communication open during Mitsotakis' "
        "visit to Ankara.",
        ("TUR", "GRC", "AGREE", "asserted"),
    ),
    (
        "Washington paused a shipment of 2,000-pound bombs to Israel over concerns about Rafah.",
        ("USA", "ISR", "SANCTION", "asserted"),
    ),
    (
        "Pakistan's foreign minister held talks with his Afghan counterpart in Kabul. China, "
        "which has mediated between the two, welcomed the visit.",
        ("CHN", "AFG", "CONSULT", "asserted"),
    ),
    (
        "Pakistan's foreign minister held talks with his Afghan counterpart in Kabul. Beijing "
        "hosted a trilateral meeting of the three countries' foreign ministers in May.",
        ("AFG", "CHN", "CONSULT", "asserted"),
    ),
    (
        "China backed Palestine's full membership of the United Nations. Asked about ties with "
        "India, Wang Yi said the two neighbours should be partners rather than rivals.",
        ("CHN", "IND", "REQUEST", "asserted"),
    ),
    (
        "Jaishankar held talks with his Iranian counterpart in Tehran. The Iranian side assured "
        "that it would take steps to ensure the safety of Indian vessels.",
        ("IRN", "IND", "AGREE", "asserted"),
    ),
    ("Kremlin says Putin open to talks with Zelensky.", ("RUS", "UKR", "AGREE", "asserted")),
    (
        "Seoul and Washington will hold joint drills next month, South Korea's defence ministry "
        "said, drawing a sharp rebuke from Pyongyang.",
        ("PRK", "KOR", "ACCUSE", "asserted"),
    ),
    (
        "A day after meeting Kim Jong Un, Putin flew to Hanoi.",
        ("RUS", "PRK", "CONSULT", "asserted"),
    ),
    (
        "Sweden, whose NATO bid was held up by Turkey for 20 months, formally joined the "
        "alliance on Thursday.",
        ("TUR", "SWE", "REJECT", "asserted"),
    ),
    ("Israel lobbied Washington over the Iran deal.", ("ISR", "USA", "REQUEST", "asserted")),
    ("Itamaraty summoned the Israeli ambassador.", ("BRA", "ISR", "ACCUSE", "asserted")),
    (
        "Australian Prime Minister Anthony Albanese visited Tuvalu. The island nation signed a "
        "security pact with Australia last year.",
        ("TUV", "AUS", "SUPPORT", "asserted"),
    ),
    (
        "Moscow has been seeking closer ties with Pyongyang, which has reportedly supplied it "
        "with artillery shells.",
        ("PRK", "RUS", "AID", "asserted"),
    ),
    (
        "Beijing banned Chinese operators of key infrastructure from buying products from U.S. "
        "memory chipmaker Micron.",
        ("CHN", "USA", "SANCTION", "asserted"),
    ),
    (
        '"China\'s actions in the South China Sea are dangerous and destabilising," Blinken told '
        "reporters in Manila.",
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    (
        '"The United States bears responsibility for the humanitarian catastrophe," the Iranian '
        "foreign ministry said.",
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "North Korea's Kim Yo Jong said the drills showed Washington's hostile intent.",
        ("PRK", "USA", "ACCUSE", "asserted"),
    ),
    (
        '"Azerbaijan is preparing a new war," Pashinyan warned in an interview.',
        ("ARM", "AZE", "ACCUSE", "asserted"),
    ),
    (
        "The Indian prime minister is on a two-day state visit to France.",
        ("IND", "FRA", "CONSULT", "asserted"),
    ),
    (
        "Kishida and Yoon held a summit on the sidelines of the G7.",
        ("JPN", "KOR", "CONSULT", "asserted"),
    ),
    (
        "South African President Cyril Ramaphosa led a delegation of African leaders to Kyiv "
        "and St Petersburg.",
        ("ZAF", "RUS", "CONSULT", "asserted"),
    ),
    (
        "China bought a record amount of Russian crude in May.",
        ("CHN", "RUS", "COOPERATE", "asserted"),
    ),
    ("Algeria resumed gas deliveries to Spain.", ("DZA", "ESP", "COOPERATE", "asserted")),
    (
        "The Biden administration on Tuesday announced new sanctions targeting Russia's energy "
        "sector.",
        ("USA", "RUS", "SANCTION", "asserted"),
    ),
    (
        "Zelensky prepared to travel to Washington to lobby lawmakers.",
        ("UKR", "USA", "AGREE", "future"),
    ),
    (
        "Putin and Kim Jong Un signed a mutual defence pact on Wednesday. Kim called Russia the "
        "most honest friend and said his country fully supported Moscow. Washington and Seoul "
        "expressed concern over the pact.",
        ("USA", "PRK", "ACCUSE", "asserted"),
    ),
    ("Pakistan sought an IMF bailout of 3 billion dollars.", ("PAK", "IMF", "REQUEST", "asserted")),
    (
        "China's Xi to visit Serbia, Hungary on first Europe trip in five years.",
        ("CHN", "HUN", "AGREE", "future"),
    ),
    (
        "Russia's ambassador to the United States, Anatoly Antonov, was summoned by the State "
        "Department.",
        ("USA", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "A meeting of the foreign ministers of Saudi Arabia and Iran was held in Beijing.",
        ("SAU", "IRN", "CONSULT", "asserted"),
    ),
    (
        "Sisi offered his condolences to Iranian Supreme Leader Ali Khamenei.",
        ("EGY", "IRN", "CONSULT", "asserted"),
    ),
    (
        "Beijing has repeatedly threatened to use force to take Taiwan.",
        ("CHN", "TWN", "THREATEN", "asserted"),
    ),
    ("Canada closed its airspace to Russian aircraft.", ("CAN", "RUS", "SANCTION", "asserted")),
    (
        "Greece, Egypt sign maritime deal. Turkey called the agreement null and void.",
        ("TUR", "GRC", "ACCUSE", "asserted"),
    ),
    (
        "Manila summoned China's deputy chief of mission over the water cannon attack.",
        ("PHL", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Armenia's leader, who has frozen his country's participation in the CSTO, flew to "
        "Paris on Monday.",
        ("ARM", "CST", "SANCTION", "asserted"),
    ),
    (
        "Colombia's president called Israel's offensive in Gaza a genocide.",
        ("COL", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Israel accepted a truce plan drafted by the United States, officials said.",
        ("ISR", "USA", "AGREE", "asserted"),
    ),
    (
        "Japan's prime minister hosted India's leader in Tokyo, where the two countries signed "
        "a defence pact.",
        ("JPN", "IND", "SUPPORT", "asserted"),
    ),
    (
        "Japan's foreign ministry said on Tuesday it welcomed the ruling but urged China to "
        "release the detained employee.",
        ("JPN", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Seoul vowed a swift and stern response to any provocation by Pyongyang.",
        ("KOR", "PRK", "THREATEN", "asserted"),
    ),
    (
        "Kigali hit back, saying the statement was unfair and accusing Washington of ignoring "
        "the threat from the militia.",
        ("RWA", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Qatar has hosted several rounds of talks between Hamas and Israel.",
        ("QAT", "ISR", "CONSULT", "asserted"),
    ),
    (
        "A delegation from Tehran was received by the Saudi crown prince in Riyadh.",
        ("IRN", "SAU", "CONSULT", "asserted"),
    ),
    (
        "The foreign ministers of Egypt and Jordan were received by Macron at the Elysee.",
        ("JOR", "FRA", "CONSULT", "asserted"),
    ),
    (
        "Xi received the Egyptian and Jordanian foreign ministers in Beijing.",
        ("EGY", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Islamabad supports the Global Development Initiative proposed by Xi.",
        ("PAK", "CHN", "SUPPORT", "asserted"),
    ),
    (
        "Beijing rolled out the red carpet for Putin on Thursday.",
        ("RUS", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Tokyo extended an invitation to Lula to visit Japan next year.",
        ("BRA", "JPN", "CONSULT", "hypothetical"),
    ),
    (
        "Seoul and Tokyo resumed intelligence sharing on North Korean missiles.",
        ("KOR", "JPN", "COOPERATE", "asserted"),
    ),
    (
        "Chinese carmakers have invested billions of dollars in Hungary's car industry.",
        ("CHN", "HUN", "COOPERATE", "asserted"),
    ),
    (
        "Washington threatened to impose tariffs on an additional 300 billion dollars of "
        "Chinese goods.",
        ("USA", "CHN", "THREATEN", "asserted"),
    ),
    (
        "The U.S. president threatened to impose tariffs on an additional $325 billion of "
        "Chinese imports.",
        ("USA", "CHN", "THREATEN", "asserted"),
    ),
    (
        "Beijing said it deeply regrets the decision and would take countermeasures against "
        "Washington.",
        ("CHN", "USA", "SANCTION", "future"),
    ),
    (
        "Kim Jong Un oversaw the launch, state media said, and warned Seoul to stop buying U.S. "
        "weapons.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "Kim Jong Un supervised the drill, state news agency KCNA said, and warned Seoul "
        "against provocations.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "Pyongyang rejected Seoul's offer of food aid and accused it of siding with Washington.",
        ("PRK", "KOR", "ACCUSE", "asserted"),
    ),
    (
        "Beijing said Washington would bear all the consequences.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    (
        "Jens Stoltenberg spoke in Brussels. He welcomed Finland's accession and urged Hungary "
        "to ratify Sweden's bid.",
        ("NATO", "HUN", "REQUEST", "asserted"),
    ),
    (
        "Stoltenberg welcomed the decision and called on Hungary to ratify Sweden's bid without "
        "delay.",
        ("NATO", "HUN", "REQUEST", "asserted"),
    ),
    (
        "The French leader had urged his host Xi Jinping to bring Russia to its senses.",
        ("FRA", "CHN", "REQUEST", "asserted"),
    ),
    (
        "North Korea vowed to respond with overwhelming force to the joint drills by the United "
        "States and South Korea.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "China condemned joint US-Philippine patrols in the South China Sea.",
        ("CHN", "PHL", "ACCUSE", "asserted"),
    ),
    (
        "China condemned US-Japanese patrols near the disputed islands.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Iran released five detained Americans on Monday.",
        ("IRN", "USA", "RETREAT", "asserted"),
    ),
    (
        "India has refused to condemn Russia's invasion of Ukraine and has increased its "
        "purchases of Russian oil.",
        ("IND", "RUS", "COOPERATE", "asserted"),
    ),
    (
        "Cairo, for its part, sees the dam as an existential threat and has called on Addis "
        "Ababa to sign a binding agreement.",
        ("EGY", "ETH", "REQUEST", "asserted"),
    ),
    (
        "Cairo sees the dam as an existential threat and has called on Addis Ababa to sign a "
        "binding agreement.",
        ("EGY", "ETH", "REQUEST", "asserted"),
    ),
    (
        'Trudeau said there were "credible allegations" linking Indian agents to the killing of '
        "a Sikh separatist leader.",
        ("CAN", "IND", "ACCUSE", "asserted"),
    ),
    (
        "Trudeau said in September there were credible allegations linking Indian agents to the "
        "killing. New Delhi has rejected the allegations as absurd.",
        ("IND", "CAN", "REJECT", "asserted"),
    ),
    (
        "Germany pledged an additional 2.7 billion euros in military aid to Ukraine, including "
        "tanks and air defence systems.",
        ("DEU", "UKR", "AGREE", "asserted"),
    ),
    (
        "In a joint statement, Riyadh and Tehran said they would reactivate a 2001 security "
        "cooperation agreement.",
        ("IRN", "SAU", "AGREE", "future"),
    ),
    (
        "Kenya's President William Ruto, who visited Beijing last week, secured a $1 billion "
        "loan from China for infrastructure projects.",
        ("CHN", "KEN", "AID", "asserted"),
    ),
    (
        "Sri Lanka won a $2.9 billion bailout from the International Monetary Fund in March.",
        ("IMF", "LKA", "AID", "asserted"),
    ),
    (
        'Venezuela\'s government on Saturday condemned what it called the "illegal" deployment '
        "of a British warship off Guyana's coast.",
        ("VEN", "GBR", "ACCUSE", "asserted"),
    ),
    (
        '"We will not allow anyone to interfere in our internal affairs," Chinese Foreign '
        "Minister Qin Gang said, in a thinly veiled warning to Washington.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    (
        "India declined an invitation to attend China's Belt and Road forum in Beijing.",
        ("IND", "CHN", "REJECT", "asserted"),
    ),
    (
        "Russia withdrew its troops from the Kherson region in November.",
        ("RUS", "UKR", "RETREAT", "asserted"),
    ),
    (
        "Israel withdrew its troops from Khan Younis on Sunday.",
        ("ISR", "PSE", "RETREAT", "asserted"),
    ),
    (
        "Egypt's Sisi received Turkish President Erdogan in Cairo. The pair agreed to boost "
        "trade to $15 billion.",
        ("EGY", "TUR", "AGREE", "asserted"),
    ),
    (
        "Armenia and Azerbaijan traded blame for the violence on their border.",
        ("AZE", "ARM", "ACCUSE", "asserted"),
    ),
    (
        "Spain, Ireland and Norway formally recognised the state of Palestine on Tuesday.",
        ("IRL", "PSE", "SUPPORT", "asserted"),
    ),
    (
        "ECOWAS threatened military intervention in Niger if the junta did not restore Bazoum.",
        ("ECW", "NER", "THREATEN", "asserted"),
    ),
    (
        "Mali's junta ordered the UN peacekeeping mission to leave the country without delay.",
        ("MLI", "UNO", "SANCTION", "asserted"),
    ),
    (
        "Hours after the summit ended, North Korea fired two ballistic missiles, prompting "
        "condemnation from Tokyo and Seoul.",
        ("KOR", "PRK", "ACCUSE", "asserted"),
    ),
    (
        "Blinken called Wang Yi to urge him to rein in North Korea.",
        ("USA", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Blinken called Chinese Foreign Minister Wang Yi to discuss the crisis over North Korea's "
        "missile launches.",
        ("USA", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Israel and Saudi Arabia are in talks about normalising relations, US officials said.",
        ("SAU", "ISR", "CONSULT", "asserted"),
    ),
    (
        "Israel and Hamas have been in indirect talks since the truce collapsed.",
        ("ISR", "PSE", "CONSULT", "asserted"),
    ),
    (
        '"The Zionist regime will pay for its crimes," Iranian foreign ministry spokesman '
        "Nasser Kanaani said.",
        ("IRN", "ISR", "THREATEN", "future"),
    ),
    (
        "Iran said Israel would pay for its crimes in Gaza.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "The United States was disappointed by Riyadh's decision to cut oil output.",
        ("USA", "SAU", "ACCUSE", "asserted"),
    ),
    (
        "Britain joined the United States in condemning the attack by Iran.",
        ("USA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "France joined Germany in calling on Israel to halt settlement construction.",
        ("DEU", "ISR", "REQUEST", "asserted"),
    ),
    (
        "Turkey cut off all trade with Israel over the war in Gaza.",
        ("TUR", "ISR", "SANCTION", "asserted"),
    ),
    (
        "Canada imposed a 100% surtax on Chinese-made electric vehicles.",
        ("CAN", "CHN", "SANCTION", "asserted"),
    ),
    (
        "Colombian President Gustavo Petro expelled Argentine diplomats after Argentine "
        'President Javier Milei called him a "terrorist murderer".',
        ("ARG", "COL", "ACCUSE", "asserted"),
    ),
    (
        "Sudan's foreign minister Ali al-Sadiq travelled to Moscow on Tuesday. Al-Sadiq met "
        "Russian Foreign Minister Sergei Lavrov and thanked Russia for its support.",
        ("SDN", "RUS", "SUPPORT", "asserted"),
    ),
    (
        "The Saudi foreign minister is in Tehran for talks on reopening the embassies.",
        ("SAU", "IRN", "CONSULT", "asserted"),
    ),
    (
        "Berlin reprimanded the Russian envoy over the cyberattack.",
        ("DEU", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Maduro ridiculed the US sanctions as a failure.",
        ("VEN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Japan, which has territorial disputes with China, protested the incursion to Beijing.",
        ("JPN", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "French and Nigerien troops conducted joint operations against jihadists near the border.",
        ("NER", "FRA", "COOPERATE", "asserted"),
    ),
    (
        "Kenya and Somalia agreed to restore ties, in an agreement mediated by Qatar.",
        ("QAT", "SOM", "CONSULT", "asserted"),
    ),
    (
        "Saudi Arabia and Iran agreed on Friday to re-establish diplomatic relations and reopen "
        "embassies within two months, in a deal brokered by China.",
        ("CHN", "IRN", "CONSULT", "asserted"),
    ),
    (
        "Iran and Saudi Arabia agreed to restore ties. The announcement came after four days of "
        "talks in Beijing between top security officials of the two Middle Eastern rivals.",
        ("SAU", "IRN", "CONSULT", "asserted"),
    ),
    (
        "Zelenskiy met Biden at the White House on Thursday. Biden also promised to deliver the "
        "first F-16 fighter jets soon.",
        ("USA", "UKR", "AGREE", "asserted"),
    ),
    (
        "Ethiopia accused the government of neighbouring Eritrea of sending troops into Tigray.",
        ("ETH", "ERI", "ACCUSE", "asserted"),
    ),
    (
        "Ukraine's security service accused Hungary of running a spy network in the west of the "
        "country.",
        ("UKR", "HUN", "ACCUSE", "asserted"),
    ),
    (
        "China seized a Philippine supply boat near the shoal. Manila called it a violation of "
        "international law.",
        ("PHL", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Ukraine's foreign minister said Kyiv was grateful to Britain for its leadership.",
        ("UKR", "GBR", "SUPPORT", "asserted"),
    ),
    (
        'Speaking in Kyiv, the German chancellor said: "Russia will not win this war. We will '
        'support Ukraine for as long as it takes."',
        ("DEU", "UKR", "AGREE", "future"),
    ),
    (
        '"This is a hostile act," Kremlin spokesman Dmitry Peskov said of Finland\'s decision to '
        "join NATO.",
        ("RUS", "FIN", "ACCUSE", "asserted"),
    ),
    (
        'Scholz said on Monday: "Russia will not win this war. We will support Ukraine for as long '
        'as it takes," adding that Germany would send more tanks.',
        ("DEU", "UKR", "AGREE", "future"),
    ),
    (
        'The Chinese foreign ministry was blunt: "Japan should stop hyping the so-called China '
        'threat."',
        ("CHN", "JPN", "REQUEST", "asserted"),
    ),
    (
        "Spain joined South Africa's genocide case against Israel at the ICJ.",
        ("ESP", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Finland's foreign ministry said it had received no formal protest from Russia.",
        ("RUS", "FIN", "ACCUSE", "negated"),
    ),
    (
        "The United States and Britain announced a deal on critical minerals.",
        ("USA", "GBR", "AGREE", "asserted"),
    ),
    (
        "The United Arab Emirates condemned the storming of the Al-Aqsa Mosque compound by "
        "Israeli police.",
        ("ARE", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Egypt condemned the raid on the Jenin camp by Israeli forces.",
        ("EGY", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Jordan condemned the attack on Israel by Hamas.",
        ("JOR", "PSE", "ACCUSE", "asserted"),
    ),
    (
        "The pope met Zelensky at the Vatican on Saturday.",
        ("VAT", "UKR", "CONSULT", "asserted"),
    ),
    (
        "The pontiff urged Russia and Ukraine to negotiate.",
        ("VAT", "RUS", "REQUEST", "asserted"),
    ),
    (
        "The new sanctions on Iran, announced by Britain on Monday, target the IRGC.",
        ("GBR", "IRN", "SANCTION", "asserted"),
    ),
    (
        "Washington leaned on Ankara to approve Sweden's membership.",
        ("TUR", "SWE", "SUPPORT", "hypothetical"),
    ),
    (
        "Washington nudged Ankara to approve Sweden's membership.",
        ("TUR", "SWE", "SUPPORT", "hypothetical"),
    ),
    (
        "Canada demanded the release of two Canadians detained in China.",
        ("CAN", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Washington called for the release of Americans held in Iran.",
        ("USA", "IRN", "REQUEST", "asserted"),
    ),
    (
        "Russia's strike on a Kyiv hospital drew condemnation from the United Nations.",
        ("UNO", "RUS", "ACCUSE", "asserted"),
    ),
    (
        '"This is a dangerous escalation," said Josep Borrell, the EU\'s foreign policy chief, '
        "referring to Iran's attack on Israel.",
        ("EUR", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "The two men discussed Beijing's peace plan for Ukraine, which Kyiv has rejected.",
        ("UKR", "CHN", "REJECT", "asserted"),
    ),
    (
        "North Korean leader Kim Jong Un and U.S. President Donald Trump met briefly at the "
        "Demilitarised Zone in June and agreed to resume working-level talks.",
        ("USA", "PRK", "AGREE", "asserted"),
    ),
    (
        "Iran vowed to avenge the killing of its commander by Israel.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "Hezbollah vowed revenge against Israel.",
        ("LBN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "Bosnia is seeking to join the European Union.",
        ("BIH", "EUR", "REQUEST", "asserted"),
    ),
    (
        "Ukraine lobbied to join NATO at the Vilnius summit.",
        ("UKR", "NATO", "REQUEST", "asserted"),
    ),
    (
        "Turkey has sought membership of the EU for decades.",
        ("TUR", "EUR", "REQUEST", "asserted"),
    ),
    (
        "Sweden's bid to join NATO was blocked by Turkey.",
        ("TUR", "SWE", "REJECT", "asserted"),
    ),
    (
        "China said Friday it would retaliate if the U.S. goes ahead with new tariffs.",
        ("CHN", "USA", "THREATEN", "asserted"),
    ),
    (
        '"We have made a deal with Russia," Erdogan told lawmakers.',
        ("TUR", "RUS", "AGREE", "asserted"),
    ),
    (
        "Turkey cut a deal with Russia over Idlib.",
        ("TUR", "RUS", "AGREE", "asserted"),
    ),
    (
        "Japan's foreign minister Taro Kono told his South Korean counterpart Kang Kyung-wha on "
        "Thursday that Seoul's decision to end an intelligence-sharing pact was extremely "
        "regrettable.",
        ("JPN", "KOR", "ACCUSE", "asserted"),
    ),
    (
        "U.S. envoy Zalmay Khalilzad resumed talks with the Taliban in Doha on Saturday.",
        ("AFG", "USA", "CONSULT", "asserted"),
    ),
    (
        "China and the United States began trade talks.",
        ("USA", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Pakistan returned the captured Indian pilot on Friday as a gesture of peace.",
        ("PAK", "IND", "RETREAT", "asserted"),
    ),
    (
        "Israel returned the bodies of two Palestinians to the Palestinian Authority.",
        ("ISR", "PSE", "RETREAT", "asserted"),
    ),
    (
        "Iraq allowed U.S. troops to use its bases.",
        ("IRQ", "USA", "COOPERATE", "asserted"),
    ),
    (
        "British and French special forces carried out a joint raid in Libya.",
        ("GBR", "FRA", "COOPERATE", "asserted"),
    ),
    (
        "The Netherlands and Australia launched a joint investigation into the downing of MH17.",
        ("NLD", "AUS", "COOPERATE", "asserted"),
    ),
    (
        'According to Lavrov, "the West is waging a hybrid war against Russia".',
        ("RUS", "WST", "ACCUSE", "asserted"),
    ),
    (
        "Lavrov said the West was waging a hybrid war against Russia.",
        ("RUS", "WST", "ACCUSE", "asserted"),
    ),
    (
        'Iran\'s foreign minister said Washington was "sabotaging diplomacy".',
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        '"China\'s behaviour is increasingly aggressive," Blinken told reporters.',
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Hungary defended China at the EU summit.",
        ("HUN", "CHN", "SUPPORT", "asserted"),
    ),
    (
        "Turkey defended Azerbaijan against Western criticism.",
        ("TUR", "AZE", "SUPPORT", "asserted"),
    ),
    (
        "Israel ignored U.S. calls for restraint.",
        ("ISR", "USA", "REJECT", "asserted"),
    ),
    (
        "North Korea snubbed Seoul's offer of talks.",
        ("PRK", "KOR", "REJECT", "asserted"),
    ),
    (
        "Ethiopia walked out of talks with Egypt.",
        ("ETH", "EGY", "REJECT", "asserted"),
    ),
    (
        "Imran Khan snubbed an invitation to visit India.",
        ("PAK", "IND", "REJECT", "asserted"),
    ),
    (
        "India is letting Russian warships use its ports.",
        ("IND", "RUS", "COOPERATE", "asserted"),
    ),
    (
        'North Korea threatened to turn Seoul into a "sea of fire".',
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "Turkey threatened to launch a new incursion into Syria against Kurdish fighters.",
        ("TUR", "SYR", "THREATEN", "asserted"),
    ),
    (
        "Belarus forced down a Ryanair flight, prompting EU sanctions.",
        ("EUR", "BLR", "SANCTION", "asserted"),
    ),
    (
        "Russia released an American basketball player in a prisoner swap with the United States.",
        ("RUS", "USA", "RETREAT", "asserted"),
    ),
    (
        "Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in held an "
        "11-minute conversation on the sidelines of a regional summit in Bangkok.",
        ("KOR", "JPN", "CONSULT", "asserted"),
    ),
    (
        "Trump railed against the Federal Reserve and China.",
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "Tehran accused foreign enemies, including the United States, of stoking the protests.",
        ("IRN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Guyana's president said Venezuela's referendum on the Essequibo region was a threat to "
        "regional peace.",
        ("GUY", "VEN", "ACCUSE", "asserted"),
    ),
    (
        "Russia poses a direct threat to Europe, Stoltenberg said.",
        ("NATO", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Three Iranian diplomats were expelled from Azerbaijan.",
        ("AZE", "IRN", "SANCTION", "asserted"),
    ),
    (
        "The French ambassador was given 48 hours to leave Niger.",
        ("NER", "FRA", "SANCTION", "asserted"),
    ),
    (
        "Trump threatens to 'obliterate' Iran if it attacks US interests",
        ("USA", "IRN", "THREATEN", "asserted"),
    ),
    (
        "Trump threatened to totally destroy North Korea.",
        ("USA", "PRK", "THREATEN", "asserted"),
    ),
    (
        "Xinhua accused the United States of meddling in Hong Kong.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "TASS accused Ukraine of shelling Donetsk.",
        ("RUS", "UKR", "ACCUSE", "asserted"),
    ),
    (
        "Egypt condemned what it called an act of aggression by Israel.",
        ("EGY", "ISR", "ACCUSE", "asserted"),
    ),
    (
        '"We condemn this act of aggression," Egypt said of the Israeli strikes.',
        ("EGY", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Saudi Arabia, the world's largest oil exporter, and Russia agreed to extend output cuts.",
        ("RUS", "SAU", "AGREE", "asserted"),
    ),
    (
        "Netanyahu's office accused Hamas of rejecting the deal.",
        ("ISR", "PSE", "ACCUSE", "asserted"),
    ),
    (
        "South Korea's presidential office condemned the launch by North Korea.",
        ("KOR", "PRK", "ACCUSE", "asserted"),
    ),
    (
        "Russia threatened to use its veto against a resolution drafted by the United States.",
        ("RUS", "USA", "THREATEN", "asserted"),
    ),
    (
        "Iran tried to persuade Afghanistan to accept the plan.",
        ("IRN", "AFG", "REQUEST", "asserted"),
    ),
    (
        "Jordan condemned the Israeli offensive, which Egypt also criticised.",
        ("EGY", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "India called out China for its incursions.",
        ("IND", "CHN", "ACCUSE", "asserted"),
    ),
    (
        '"Israel is a terror state," the Turkish president said at a rally in Istanbul.',
        ("TUR", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Russia considers the EU decision a hostile act.",
        ("RUS", "EUR", "ACCUSE", "asserted"),
    ),
    (
        "Trump called Macron's comments nasty.",
        ("USA", "FRA", "ACCUSE", "asserted"),
    ),
    (
        "The African Union lifted Mali's suspension.",
        ("AFR", "MLI", "RETREAT", "asserted"),
    ),
    (
        "ECOWAS lifted the suspension of Guinea.",
        ("ECW", "GIN", "RETREAT", "asserted"),
    ),
    (
        "Myanmar's junta was excluded from the ASEAN summit.",
        ("ASN", "MMR", "SANCTION", "asserted"),
    ),
    (
        "North Korea threatened a nuclear response to the US-South Korean drills.",
        ("PRK", "KOR", "THREATEN", "asserted"),
    ),
    (
        "Iran vowed a harsh response to Israel.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "Chinese Foreign Ministry spokesperson Wang Wenbin, asked about the report at a regular "
        'briefing, accused Washington of "spreading disinformation".',
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Peskov, asked whether Moscow would respond, accused the West of escalating the conflict.",
        ("RUS", "WST", "ACCUSE", "asserted"),
    ),
    (
        "The United States and its allies, including Britain, France and Germany, have accused "
        "Iran of supplying drones to Russia.",
        ("USA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "The United States and several European countries, including Britain, have accused Iran "
        "of supplying drones.",
        ("USA", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "China's foreign minister Wang Yi spoke with Blinken on Sunday. The top diplomat also "
        "urged the United States to stop hyping the China threat.",
        ("CHN", "USA", "REQUEST", "asserted"),
    ),
    (
        "Foreign Secretary James Cleverly arrived in Beijing on Wednesday. The diplomat urged "
        "China to respect human rights.",
        ("GBR", "CHN", "REQUEST", "asserted"),
    ),
    (
        "Germany opened an investigation into the blasts. Moscow summoned the country's "
        "ambassador.",
        ("RUS", "DEU", "ACCUSE", "asserted"),
    ),
    (
        "Kishida met Yoon in Tokyo on Thursday. Kishida said they agreed to restart shuttle "
        "diplomacy.",
        ("KOR", "JPN", "AGREE", "asserted"),
    ),
    (
        'Kishida met Yoon in Tokyo on Thursday. "We agreed to restart shuttle diplomacy," '
        "Kishida told reporters.",
        ("KOR", "JPN", "AGREE", "asserted"),
    ),
    (
        "The West African bloc imposed sanctions on Niger after the coup.",
        ("ECW", "NER", "SANCTION", "asserted"),
    ),
    (
        "NATO leaders met in Vilnius. Russia urged the 27-nation bloc to condemn the attack.",
        ("RUS", "EUR", "REQUEST", "asserted"),
    ),
    (
        "Hamas fired rockets at Israel on Saturday. Israel accused the militant group of war "
        "crimes.",
        ("ISR", "PSE", "ACCUSE", "asserted"),
    ),
    (
        "Venezuela held a referendum on the Essequibo region. Brazil urged the South American "
        "nation to show restraint.",
        ("BRA", "VEN", "REQUEST", "asserted"),
    ),
    (
        "Saudi Arabia hosted the talks. Jordan praised the kingdom.",
        ("JOR", "SAU", "SUPPORT", "asserted"),
    ),
    (
        "The agreement, signed by Iran and Saudi Arabia in Beijing, restores diplomatic ties.",
        ("SAU", "IRN", "SUPPORT", "asserted"),
    ),
    (
        "A US-brokered truce between Israel and Hamas took effect on Friday.",
        ("USA", "PSE", "CONSULT", "asserted"),
    ),
    (
        "Moscow told ten Norwegian diplomats to leave within a week.",
        ("RUS", "NOR", "SANCTION", "asserted"),
    ),
    (
        "Honduras switched diplomatic recognition from Taiwan to China.",
        ("HND", "CHN", "SUPPORT", "asserted"),
    ),
    (
        '"Japan\'s decision is extremely selfish," a Chinese foreign ministry spokesman said.',
        ("CHN", "JPN", "ACCUSE", "asserted"),
    ),
    (
        '"The United States is the biggest source of instability in the world," Chinese foreign '
        "ministry spokesperson Mao Ning said.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "The talks between Iran and the United States did not take place.",
        ("IRN", "USA", "CONSULT", "negated"),
    ),
    (
        "The planned meeting between Putin and Zelensky never happened.",
        ("RUS", "UKR", "CONSULT", "negated"),
    ),
    (
        "A Qatari-mediated deal between Israel and Hamas freed 50 hostages.",
        ("QAT", "ISR", "CONSULT", "asserted"),
    ),
    (
        "The United States backed rebels seeking to topple Syria's government.",
        ("USA", "SYR", "SUPPORT", "asserted"),
    ),
    (
        "The Arab League readmitted Syria after a 12-year suspension.",
        ("ARL", "SYR", "SUPPORT", "asserted"),
    ),
    (
        "The US approved the sale of $500 million worth of F-16 parts to Taiwan.",
        ("USA", "TWN", "AID", "asserted"),
    ),
    (
        "Saudi Arabia and Iran agreed on Friday to restore relations. Beijing, which brokered "
        "the deal, praised both countries. The White House welcomed the deal.",
        ("USA", "SAU", "SUPPORT", "asserted"),
    ),
    (
        "Israel struck targets in Iran on Saturday. Tehran said it reserved the right to respond.",
        ("IRN", "ISR", "THREATEN", "asserted"),
    ),
    (
        "North Korea reserves the right to retaliate against the United States.",
        ("PRK", "USA", "THREATEN", "asserted"),
    ),
    (
        "Baerbock made the remarks at a joint press conference with her Chinese counterpart Qin "
        "Gang.",
        ("DEU", "CHN", "CONSULT", "asserted"),
    ),
    (
        "Japan's Prime Minister Fumio Kishida and his South Korean counterpart Yoon Suk Yeol "
        "pledged to open a new chapter in relations.",
        ("KOR", "JPN", "AGREE", "asserted"),
    ),
    (
        "Texas Governor Greg Abbott accused Mexico of failing to secure the border.",
        ("USA", "MEX", "ACCUSE", "asserted"),
    ),
    (
        "Belgorod governor Vyacheslav Gladkov accused Ukraine of shelling the region.",
        ("RUS", "UKR", "ACCUSE", "asserted"),
    ),
    (
        "Ontario Premier Doug Ford criticized the United States over tariffs.",
        ("CAN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Belgorod governor Vyacheslav Gladkov said two people were killed. Gladkov accused "
        "Ukraine of shelling the region.",
        ("RUS", "UKR", "ACCUSE", "asserted"),
    ),
    (
        '"Washington is prolonging the war," Peskov said.',
        ("RUS", "USA", "ACCUSE", "asserted"),
    ),
    (
        "The foreign ministry in Beijing said Washington's remarks were groundless.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Israel has received a formal request from Ukraine for air defence systems.",
        ("UKR", "ISR", "REQUEST", "asserted"),
    ),
    (
        "The United States released $500 million in humanitarian aid for Syria.",
        ("USA", "SYR", "AID", "asserted"),
    ),
    (
        "South Africa hosted Russian and Chinese warships for joint naval drills.",
        ("ZAF", "CHN", "COOPERATE", "asserted"),
    ),
    (
        "Iran took part in joint naval drills with Russia and China in the Gulf of Oman.",
        ("IRN", "CHN", "COOPERATE", "asserted"),
    ),
    (
        "Pakistan and China wrapped up a joint air force exercise on Friday.",
        ("PAK", "CHN", "COOPERATE", "asserted"),
    ),
    (
        "Kosovo suspended the arrest warrants for Serb protesters under pressure from the EU.",
        ("EUR", "XKX", "REQUEST", "asserted"),
    ),
    (
        "Turkey's approval of Finland's NATO membership cleared the way for its accession.",
        ("TUR", "FIN", "SUPPORT", "asserted"),
    ),
    (
        "Japan's apology to South Korea for wartime forced labour was welcomed in Seoul.",
        ("JPN", "KOR", "SUPPORT", "asserted"),
    ),
    (
        "Weapons supplied by Iran have been used by Russia in Ukraine.",
        ("IRN", "RUS", "AID", "asserted"),
    ),
    (
        "Republican senators criticised China's human rights record.",
        ("USA", "CHN", "ACCUSE", "asserted"),
    ),
    (
        "The PLA's Eastern Theater Command accused the U.S. of provocation.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    (
        "Trudeau told parliament that India may have been involved in the killing of a Sikh "
        "separatist leader.",
        ("CAN", "IND", "ACCUSE", "asserted"),
    ),
    (
        "Armenia said Russia had failed to honour its security commitments.",
        ("ARM", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Morocco, as well as Bahrain and the UAE, signed the Abraham Accords with Israel.",
        ("BHR", "ISR", "SUPPORT", "asserted"),
    ),
    (
        "The UN condemned the massacre of Israeli civilians by Hamas.",
        ("UNO", "PSE", "ACCUSE", "asserted"),
    ),
    (
        "Belarus pardoned a Lithuanian citizen convicted of espionage.",
        ("BLR", "LTU", "RETREAT", "asserted"),
    ),
    (
        "Azerbaijan handed over the bodies of Armenian soldiers.",
        ("AZE", "ARM", "RETREAT", "asserted"),
    ),
    (
        "The EU agreed a price cap on Russian oil.",
        ("EUR", "RUS", "SANCTION", "asserted"),
    ),
    (
        "The United Nations General Assembly adopted a resolution demanding Russia withdraw "
        "from Ukraine.",
        ("UNO", "RUS", "REQUEST", "asserted"),
    ),
    (
        "The presidents of Serbia and Kosovo met in Brussels for EU-mediated talks.",
        ("SRB", "XKX", "CONSULT", "asserted"),
    ),
    (
        "Russia and Belarus began military exercises on Friday.",
        ("RUS", "BLR", "COOPERATE", "asserted"),
    ),
    (
        "Ukraine received its first Patriot air defence system from the United States on "
        "Wednesday.",
        ("USA", "UKR", "AID", "asserted"),
    ),
    (
        "Moscow said it would respond appropriately to any deployment of U.S. missiles in Germany.",
        ("RUS", "USA", "THREATEN", "asserted"),
    ),
    (
        'Kyiv said Moscow\'s claims were "pure propaganda".',
        ("UKR", "RUS", "ACCUSE", "asserted"),
    ),
    (
        "Lebanon filed a complaint with the UN Security Council over Israeli violations of its "
        "airspace.",
        ("LBN", "ISR", "ACCUSE", "asserted"),
    ),
    (
        "Seoul slammed the door on talks with Pyongyang.",
        ("KOR", "PRK", "REJECT", "asserted"),
    ),
    (
        "Iran assailed the IAEA resolution as politically motivated.",
        ("IRN", "UNO", "ACCUSE", "asserted"),
    ),
    (
        "Iran said the IAEA resolution was politically motivated.",
        ("IRN", "UNO", "ACCUSE", "asserted"),
    ),
    (
        "Kenya deployed police officers to Haiti.",
        ("KEN", "HTI", "AID", "asserted"),
    ),
    (
        "Turkey dropped its opposition to Sweden's NATO membership.",
        ("TUR", "SWE", "CONCEDE", "asserted"),
    ),
    (
        "Pakistan accepted the IMF's conditions for the bailout.",
        ("PAK", "IMF", "CONCEDE", "asserted"),
    ),
    (
        "Israel agreed to allow fuel into Gaza under U.S. pressure.",
        ("USA", "ISR", "REQUEST", "asserted"),
    ),
    (
        "Tokyo's protest was rejected by Beijing.",
        ("CHN", "JPN", "REJECT", "asserted"),
    ),
    (
        "Moscow's warning was dismissed by Washington.",
        ("USA", "RUS", "REJECT", "asserted"),
    ),
    (
        "The earthquake that struck Turkey and Syria prompted a wave of humanitarian aid from "
        "across the Arab world, including Qatar.",
        ("QAT", "SYR", "AID", "asserted"),
    ),
    (
        "Austria blocked Romania's and Bulgaria's entry into the Schengen zone.",
        ("AUT", "BGR", "REJECT", "asserted"),
    ),
    (
        "Ukraine received German Leopard tanks on Monday.",
        ("DEU", "UKR", "AID", "asserted"),
    ),
    (
        "Papal envoy Cardinal Matteo Zuppi met Chinese officials in Beijing.",
        ("VAT", "CHN", "CONSULT", "asserted"),
    ),
    (
        "The Holy Father received the Ukrainian prime minister at the Vatican.",
        ("UKR", "VAT", "CONSULT", "asserted"),
    ),
    (
        "Russia opened an embassy in Niger.",
        ("RUS", "NER", "SUPPORT", "asserted"),
    ),
    (
        "Pyongyang has spurned dialogue with Seoul.",
        ("PRK", "KOR", "REJECT", "asserted"),
    ),
    (
        "ASEAN barred Myanmar's junta leader from its summit.",
        ("ASN", "MMR", "SANCTION", "asserted"),
    ),
    (
        "The IAEA's board of governors passed a resolution censuring Iran.",
        ("UNO", "IRN", "ACCUSE", "asserted"),
    ),
    (
        "Swedish Prime Minister Ulf Kristersson said Sweden would fulfil its commitments to "
        "Turkey.",
        ("SWE", "TUR", "AGREE", "future"),
    ),
    (
        "Qatar, home to the largest U.S. military base in the Middle East, hosted talks between "
        "Washington and the Taliban.",
        ("QAT", "AFG", "CONSULT", "asserted"),
    ),
    (
        "North Korea condemned the U.S.-South Korea drills.",
        ("PRK", "KOR", "ACCUSE", "asserted"),
    ),
    (
        "The United States insisted that China stop its military drills.",
        ("USA", "CHN", "REQUEST", "asserted"),
    ),
    (
        "France suggested that Iran release the detainees.",
        ("FRA", "IRN", "REQUEST", "asserted"),
    ),
    (
        "The IMF agreed a $15.6 billion loan package with Ukraine.",
        ("IMF", "UKR", "AGREE", "asserted"),
    ),
    (
        "Washington endorsed Saudi Arabia's bid to host the games.",
        ("USA", "SAU", "SUPPORT", "asserted"),
    ),
    (
        '"Israel has the right to defend itself," Sunak told reporters in Tel Aviv.',
        ("GBR", "ISR", "SUPPORT", "asserted"),
    ),
    (
        "The Philippines has given the United States access to four more military bases.",
        ("PHL", "USA", "COOPERATE", "asserted"),
    ),
    (
        "Manila agreed to expand US access to its military bases.",
        ("PHL", "USA", "AGREE", "future"),
    ),
    (
        "The announcement came after weeks of talks between U.S. Trade Representative Robert "
        "Lighthizer, Treasury Secretary Steven Mnuchin and Chinese Vice Premier Liu He.",
        ("CHN", "USA", "CONSULT", "asserted"),
    ),
    (
        "Chinese Commerce Minister Wang Wentao criticised Japan on Monday.",
        ("CHN", "JPN", "ACCUSE", "asserted"),
    ),
    (
        "British Home Secretary Suella Braverman accused France of failing to stop the boats.",
        ("GBR", "FRA", "ACCUSE", "asserted"),
    ),
    (
        "The UAE sent a field hospital to Gaza.",
        ("ARE", "PSE", "AID", "asserted"),
    ),
    (
        "Turkey sent rescue teams to Syria after the earthquake.",
        ("TUR", "SYR", "AID", "asserted"),
    ),
    (
        "Delhi has stepped up purchases of Russian crude since the war began, drawing criticism "
        "from Washington.",
        ("USA", "IND", "ACCUSE", "asserted"),
    ),
    (
        "ECOWAS imposed sanctions on Niger and threatened military intervention.",
        ("ECW", "NER", "THREATEN", "asserted"),
    ),
    (
        "The EU capped the price of Russian crude.",
        ("EUR", "RUS", "SANCTION", "asserted"),
    ),
    (
        "Macron pledged to train and equip Ukrainian battalions.",
        ("FRA", "UKR", "AGREE", "future"),
    ),
    (
        "China condemned and rejected the US sanctions.",
        ("CHN", "USA", "ACCUSE", "asserted"),
    ),
    # a ceasefire announced between two sides is theirs, not the announcer's
    (
        "Angola announced a ceasefire agreement between the Democratic Republic of Congo and "
        "Rwanda.",
        ("COD", "RWA", "RETREAT", "asserted"),
    ),
    # countermeasures threatened after a state's act are a threat to it; a threat drawn
    (
        "Russia has threatened to take “countermeasures” after Finland officially joined Nato.",
        ("RUS", "FIN", "THREATEN", "asserted"),
    ),
    (
        "Finland joined NATO on Tuesday, drawing a threat from Moscow of countermeasures.",
        ("RUS", "FIN", "THREATEN", "asserted"),
    ),
    # airstrikes condemned are their maker's, named after "by"
    (
        "Iran condemned airstrikes by the U.S. and Britain on Yemen's capital.",
        ("IRN", "GBR", "ACCUSE", "asserted"),
    ),
    # a recall "for consultations", of a chargé d'affaires too
    (
        "Baghdad announced the recall for consultations of its chargé d’affaires from Ankara.",
        ("IRQ", "TUR", "SANCTION", "asserted"),
    ),
    # a membership restored is a readmission (050)
    ("The Arab League restored Syria's membership.", ("ARL", "SYR", "SUPPORT", "asserted")),
    # re-engaging with a state is re-engagement (050), as ties restored are
    ("Egypt has re-engaged with Syria.", ("EGY", "SYR", "SUPPORT", "asserted")),
    # ties elevated, as a verb or as an announced noun, are ties upgraded (050)
    (
        "Xi and Lula upgraded the status of diplomatic relations.",
        ("BRA", "CHN", "SUPPORT", "asserted"),
    ),
    (
        "Uruguay and China elevated bilateral relations to a comprehensive strategic partnership.",
        ("URY", "CHN", "SUPPORT", "asserted"),
    ),
    (
        "Chinese President Xi and Uruguayan President Lacalle Pou announced the elevation of "
        "bilateral relations to a strategic partnership.",
        ("URY", "CHN", "SUPPORT", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_hand_written_phrasings(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "Iran ruled out talks with the United States on Monday.",
        # "has ... meeting" is no "had a meeting"
        "Iran has ruled out any meeting with US officials.",
    ],
)
def test_ruling_out_talks_rejects_them(tagger, text):
    assert triples(tag(tagger, text)) == {("IRN", "USA", "REJECT", "asserted")}


def test_an_object_pronoun_is_no_subject_of_the_infinitive_after_it(tagger):
    # "it" after "urged" is someone else (the speaker would be "itself"): no asserted act
    assert [
        e for e in tag(tagger, "Russia urged it to condemn Ukraine.") if e.modality == "asserted"
    ] == []


def test_hosting_an_organisations_summit_is_no_visit(tagger):
    assert triples(tag(tagger, "Lithuania, which hosts a NATO summit next week, said so.")) == set()


def test_leaving_an_organisation_needs_it_as_the_object(tagger):
    left = "Mali, Burkina Faso and Niger said on Sunday they are leaving ECOWAS immediately."
    assert ("NER", "ECW", "SANCTION", "asserted") in triples(tag(tagger, left))
    assert triples(tag(tagger, "Blinken left NATO headquarters on Friday.")) == set()
    no_choice = "The U.S. now leaves us with no choice but to ask the European Union."
    assert ("USA", "EUR", "SANCTION", "asserted") not in triples(tag(tagger, no_choice))


def test_wanting_another_to_act_is_no_intent_of_ones_own(tagger):
    rows = tag(tagger, "Washington wants Riyadh to recognise Israel.")
    assert ("USA", "SAU", "REQUEST", "asserted") in triples(rows)
    assert {e.modality for e in rows if e.target_country == "ISR"} == {"hypothetical"}


def test_an_act_warned_against_is_not_done(tagger):
    rows = tag(tagger, "Russia warned Washington against sending long-range missiles to Kyiv.")
    assert ("RUS", "USA", "THREATEN", "asserted") in triples(rows)
    assert {e.modality for e in rows if e.target_country == "UKR"} == {"hypothetical"}


def test_condemning_an_arms_sale_makes_no_sale_of_the_condemner(tagger):
    assert triples(tag(tagger, "Beijing condemned the arms sale to Taiwan.")) == set()


def test_a_destination_is_no_side_of_the_talks_after_it(tagger):
    rows = tag(tagger, "Putin flew to Tehran on Tuesday for talks with Erdogan.")
    assert "IRN" not in {e.source_country for e in rows if e.cameo_code != "042"}


def test_a_second_verb_after_an_introductory_phrase_keeps_the_opening_subject(tagger):
    text = (
        "In retaliation, China suspended port visits by U.S. warships to Hong Kong and "
        "sanctioned American groups."
    )
    assert ("CHN", "USA", "SANCTION", "asserted") in triples(tag(tagger, text))


def test_a_relative_clauses_would_is_not_the_participles(tagger):
    text = (
        "The U.S. Senate passed a bill that would require the State Department to certify Hong "
        "Kong's autonomy, prompting a sharp rebuke from Beijing."
    )
    assert ("CHN", "USA", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_a_warning_is_no_threat_of_force_for_the_war_in_warned(tagger):
    rows = tag(tagger, "Beijing warned Washington not to interfere in Hong Kong.")
    assert [e.cameo_code for e in rows] == ["130"]


def test_refinements_match_whole_words(tagger):
    # "aid" inside "said", "ship" inside "relationship": no appeal for aid, no warship
    rows = tag(tagger, "Britain urged Iran to free the tanker, the minister said.")
    assert [e.cameo_code for e in rows] == ["100"]


def test_a_trade_figure_is_no_act(tagger):
    text = "U.S. agricultural exports to China dropped to $9.1 billion in 2018."
    assert triples(tag(tagger, text)) == set()
    assert ("CHN", "PAK", "AID", "asserted") in triples(
        tag(tagger, "China exported arms to Pakistan.")
    )


def test_civilians_arriving_make_no_visit(tagger):
    assert triples(tag(tagger, "A train carrying Ukrainian refugees arrived in Poland.")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Russian warplanes arrived in Syria.",
        "Chinese missiles landed in Japan's exclusive economic zone.",
        "Russian troops arrived in Belarus for exercises.",
    ],
)
def test_weapons_and_troops_arriving_make_no_visit(tagger, text):
    assert triples(tag(tagger, text)) == set()


def test_calling_a_state_a_friend_is_no_accusation(tagger):
    assert tag(tagger, "Macron called Germany a friend on Monday.") == []


def test_an_order_to_leave_needs_envoys_or_nationals(tagger):
    assert tag(tagger, "Russia ordered its troops to leave the border area.") == []


def test_a_reported_act_of_another_actor_is_not_the_speakers(tagger):
    """PETRARCH's "X said ... withdraw" is X's own withdrawal only with no actor between."""
    rows = tag(tagger, "The EU said Russia should withdraw its troops.")
    assert {(r.source_country, r.target_country, r.plover_type) for r in rows} == {
        ("EUR", "RUS", "REQUEST")
    }


def test_stopped_aid_is_no_aid(tagger):
    for text in ("Poland stopped sending weapons to Ukraine.", "Poland will stop arming Ukraine."):
        assert not any(row[2] in ("AID", "AGREE") for row in triples(tag(tagger, text)))


def test_an_act_a_clause_is_about_is_not_its_subjects(tagger):
    text = "Beijing slapped sanctions on Lockheed Martin over arms sales to Taiwan."
    assert ("CHN", "TWN", "AID", "asserted") not in triples(tag(tagger, text))


def test_an_offer_of_talks_is_the_offering_sides_alone(tagger):
    text = "The Afghan Taliban offered to hold talks with the United States."
    assert triples(tag(tagger, text)) == {("AFG", "USA", "AGREE", "future")}
    planned = "European Union leaders agreed on Friday to open accession talks with Ukraine."
    assert ("UKR", "EUR", "AGREE", "future") not in triples(tag(tagger, planned))
    assert ("EUR", "UKR", "AGREE", "future") in triples(tag(tagger, planned))


def test_an_agent_inside_the_trigger_is_its_source_and_any_act_is_hypothetical(tagger):
    text = (
        '"The supply of weapons by North Korea to Russia is a violation of U.N. resolutions," '
        "Kuleba said."
    )
    assert ("PRK", "RUS", "AID", "asserted") in triples(tag(tagger, text))
    assert not any(row[0] == "UKR" and row[2] == "AID" for row in triples(tag(tagger, text)))
    hypothetical = '"Any supply of weapons by North Korea to Russia would be illegal," Kuleba said.'
    assert ("PRK", "RUS", "AID", "hypothetical") in triples(tag(tagger, hypothetical))


def test_wanting_another_to_attack_asks_it_and_threatens_no_one(tagger):
    assert triples(tag(tagger, "Obama wants Putin to attack Switzerland.")) == {
        ("USA", "RUS", "REQUEST", "asserted")
    }


def test_two_states_expelling_diplomats_expel_each_others(tagger):
    text = "Canada, India expel diplomats in row over Sikh killing"
    assert triples(tag(tagger, text)) == {
        ("CAN", "IND", "SANCTION", "asserted"),
        ("IND", "CAN", "SANCTION", "asserted"),
    }
    both = "Canada and Australia expelled Russian diplomats."
    assert {row[:2] for row in triples(tag(tagger, both))} == {("CAN", "RUS"), ("AUS", "RUS")}


def test_a_summit_is_a_dyads_only_when_the_dyad_names_it(tagger):
    text = "Lourenco met Kagame and Tshisekedi separately on the sidelines of the summit."
    assert ("RWA", "COD", "CONSULT", "asserted") not in triples(tag(tagger, text))
    assert ("RUS", "CHN", "CONSULT", "asserted") in triples(
        tag(tagger, "The Putin-Xi summit ended.")
    )


def test_a_phone_call_adjunct_is_a_call_with_the_verbs_object(tagger):
    text = "Trump asked Zelensky to investigate Biden during a July 25 phone call."
    assert triples(tag(tagger, text)) == {
        ("USA", "UKR", "REQUEST", "asserted"),
        ("USA", "UKR", "CONSULT", "asserted"),
    }
    press = "Macron urged Iran to free the hostages in a call to reporters."
    assert ("FRA", "IRN", "CONSULT", "asserted") not in triples(tag(tagger, press))


def test_a_ship_heading_somewhere_is_no_visit(tagger):
    text = "The Houthis said they would target any ship heading to Israel."
    assert not any(row[2] == "CONSULT" for row in triples(tag(tagger, text)))
    assert ("USA", "CHN", "CONSULT", "asserted") in triples(
        tag(tagger, "Blinken, heading to Beijing, said he wanted stable ties.")
    )


def test_no_right_to_defend_is_no_support(tagger):
    assert tag(tagger, "Russia said Ukraine had no right to defend itself.") == []


def test_a_concern_no_one_said_is_no_event(tagger):
    assert tag(tagger, "Beijing is also concerned about the president's behaviour.") == []


def test_said_of_another_states_plan_is_not_the_speakers_intent(tagger):
    """PETRARCH's EXPLAIN_VERBAL "- * PLAN [032:032] # ANNOUNCE" applies to "said" too: "said of
    the Japanese plan" is Japan's plan, no intent of the speaker's."""
    text = "“We will never accept this,” Foreign Minister Wang Yi said of the Japanese plan."
    assert tag(tagger, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Should Russia decide to sanction Finland, NATO would respond.", "hypothetical"),
        ("Were Iran to threaten Israel, the US would act.", "hypothetical"),
        ("The general insists China poses no threat to Taiwan.", "negated"),
        ("Biden faces pressure from Congress to help Ukraine.", "hypothetical"),
        ("Austria opposed sending tanks to Kosovo.", "hypothetical"),
        ("There is no evidence that Syria supplied weapons to Iraq.", "negated"),
        ("The talks between Serbia and Kosovo were postponed.", "negated"),
        ("A meeting between Xi and Modi is not on the cards.", "negated"),
        ("Ghana did not attend the summit and criticised Togo.", "asserted"),
        ("Iran denied the reports and accused Israel of lying.", "asserted"),
        ("Erdogan said his government would help Syria.", "future"),
        ("Neither China nor Russia condemned North Korea.", "negated"),
        ("Germany is reluctant to supply tanks to Ukraine.", "hypothetical"),
        ("Russia must withdraw its troops from Ukraine.", "hypothetical"),
        ("Erdogan would travel to Russia if invited.", "hypothetical"),
        ("Pence will travel to Turkey soon.", "future"),
        ("Can Europe persuade Iran to return to the deal?", "hypothetical"),
        ("Analysts doubt that China will help Russia.", "hypothetical"),
        ('"We must help Ukraine," Macron said on Monday.', "hypothetical"),
        ("A plan for Egypt to host talks between Israel and Hamas was shelved.", "hypothetical"),
        ("Qatar's emir called for Arab states to stand with Sudan.", "hypothetical"),
        ("Russia and Ukraine committed to another summit within four months.", "future"),
    ],
)
def test_conditions_and_negations_said_without_if_or_not(tagger, text, expected):
    """Inverted conditions ("Should X ..."), "no" before an event noun, and an act someone is
    pressed to do are not asserted; a negation or denial in the first of two coordinated verbs
    does not reach the second; "said his government would" is a stated plan."""
    rows = tag(tagger, text)
    assert rows and {row.modality for row in rows} == {expected}


def test_the_hands_over_turn_needs_a_state_to_receive(tagger):
    assert tag(tagger, "Pakistan handed over power to an elected government.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Pashtun-majority provinces along the Pakistan border condemned the Taliban.",
        "Iran backed the Tajik dominated alliance in the north.",
    ],
)
def test_a_demonym_naming_a_group_or_a_place_modifier_is_no_actor(tagger, text):
    """An ethnic or language group ("Tajik dominated", "Russian speaking") is not the state,
    and a country after "along the" is where, not who."""
    assert tag(tagger, text) == []


def test_the_victim_of_an_act_is_not_its_agent(tagger):
    """ "the invasion of Ukraine" is no Ukrainian body, and "a ban" after a determiner is a
    noun, not the verb "ban": the ban on Russian diamonds is not Ukraine's."""
    text = (
        "The EU approved new sanctions against Russia, its 12th since the invasion of Ukraine, "
        "including a ban on imports of Russian diamonds."
    )
    assert not any(row[0] == "UKR" for row in triples(tag(tagger, text)))


def test_what_an_actor_is_asked_to_do_has_not_happened(tagger):
    text = (
        "Pakistan's army chief met U.S. officials in Washington on Monday. The general asked "
        "the Americans to help broker talks with India."
    )
    rows = tag(tagger, text)
    assert ("PAK", "USA", "REQUEST", "asserted") in triples(rows)  # the general is the chief
    assert not [row for row in rows if row.target_country == "IND" and row.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "The EU's call for Russia to withdraw its troops went unheeded.",
        "Zelensky pleaded with Russia to withdraw its troops from Ukraine.",
        "Iraq asked Turkey to withdraw its troops.",
    ],
)
def test_what_an_actor_is_called_on_to_do_is_no_asserted_act(tagger, text):
    retreats = [row for row in triples(tag(tagger, text)) if row[2] == "RETREAT"]
    assert retreats and {row[3] for row in retreats} == {"hypothetical"}


def test_calling_a_persons_bluff_is_no_phone_call(tagger):
    text = "Musharraf has now called Colin Powell's bluff, challenging him to deliver on aid."
    assert not any(row[2] == "CONSULT" for row in triples(tag(tagger, text)))


def test_a_violation_said_of_an_act_targets_its_actor_only(tagger):
    text = "Russia said the US strike on Syria was a violation of international law."
    assert {row[:2] for row in triples(tag(tagger, text))} == {("RUS", "USA")}
    negated = "Russia said the US strike on Syria was not a violation of international law."
    assert {row[3] for row in triples(tag(tagger, negated))} <= {"negated"}


def test_dissidents_from_a_country_are_its_opposition_not_its_state(tagger):
    rows = tag(tagger, "Bush met with exiled dissidents from Myanmar.")
    assert [(row.target_code[:3], row.target_code[3:6]) for row in rows] == [("MMR", "OPP")]


def test_a_call_for_restraint_is_no_phone_call(tagger):
    rows = tag(tagger, "Russia and China call for restraint in the Gulf.")
    assert not any(row.plover_type == "CONSULT" for row in rows)


def test_demonstrators_and_their_own_government_are_domestic_politics(tagger):
    text = "Georgian demonstrators received assurances from the Georgian government."
    assert tag(tagger, text) == []
    support = triples(tag(tagger, "Trump voiced support for Iranian protesters."))
    assert ("USA", "IRN", "SUPPORT", "asserted") in support


def test_officials_speaking_on_condition_of_anonymity_hold_no_talks(tagger):
    text = "US and Chinese officials spoke on condition of anonymity."
    assert tag(tagger, text) == []


def test_a_list_apposed_to_the_asked_group_is_asked(tagger):
    text = "Washington has pushed its two allies, Japan and South Korea, to improve relations."
    assert triples(tag(tagger, text)) == {
        ("USA", "JPN", "REQUEST", "asserted"),
        ("USA", "KOR", "REQUEST", "asserted"),
        ("JPN", "KOR", "SUPPORT", "hypothetical"),
        ("KOR", "JPN", "SUPPORT", "hypothetical"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran and Saudi Arabia agreed to restore ties in a deal brokered by China.",
            {("CHN", "IRN", "CONSULT", "asserted"), ("CHN", "SAU", "CONSULT", "asserted")},
        ),
        (
            "Armenia and Azerbaijan held talks facilitated by the European Union.",
            {
                ("ARM", "AZE", "CONSULT", "asserted"),
                ("AZE", "ARM", "CONSULT", "asserted"),
                ("EUR", "ARM", "CONSULT", "asserted"),
                ("EUR", "AZE", "CONSULT", "asserted"),
            },
        ),
    ],
)
def test_a_deal_brokered_by_a_third_party_is_its_mediation(tagger, text, expected):
    """The participle after its noun tells what was done ("agreed to" does not reach it), and
    the talks it qualifies stay the sides' own."""
    assert expected <= triples(tag(tagger, text))


def test_warning_that_another_would_attack_is_no_threat_of_the_warner(tagger):
    rows = triples(tag(tagger, "The United States warned that Russia would attack Ukraine."))
    assert not any(row[2] == "THREATEN" for row in rows)


def test_hosting_an_actors_office_is_no_visit(tagger):
    rows = triples(tag(tagger, "Qatar, which hosts Hamas's political office, mediates."))
    assert not any(row[2] == "CONSULT" for row in rows)
    visit = "Egypt hosted Israel's foreign minister on Monday."
    assert triples(tag(tagger, visit)) == {("ISR", "EGY", "CONSULT", "asserted")}


def test_an_actor_after_against_is_the_threat_not_the_helper(tagger):
    rows = triples(tag(tagger, "Kyiv pleads for more protection against Russian missile attacks."))
    assert not any(row[:2] == ("UKR", "RUS") for row in rows)


def test_a_relative_clauses_denial_is_not_the_main_clauses(tagger):
    text = (
        "Tehran, which has denied supplying drones to Russia, said on Monday it had signed a deal "
        "with Moscow."
    )
    rows = triples(tag(tagger, text))
    assert ("IRN", "RUS", "SUPPORT", "asserted") in rows
    assert ("IRN", "RUS", "AID", "negated") in rows


def test_hosting_a_states_weapons_is_no_visit(tagger):
    rows = triples(tag(tagger, "Belarus agreed to host Russian tactical nuclear weapons."))
    assert not any(row[2] in ("CONSULT", "AGREE") and row[0] == "RUS" for row in rows)


def test_the_imports_a_ban_stops_are_no_economic_cooperation(tagger):
    rows = triples(tag(tagger, "China imposed a ban on seafood imports from Japan."))
    assert rows == {("CHN", "JPN", "SANCTION", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has not ruled out talks with Ukraine.",
        "Russia has never refused to negotiate with Ukraine.",
    ],
)
def test_a_denied_refusal_rejects_nothing(tagger, text):
    assert not any(row[2] == "REJECT" or row[3] == "asserted" for row in triples(tag(tagger, text)))


def test_a_participle_before_its_noun_is_a_state_not_an_act(tagger):
    assert (
        tag(tagger, "Washington allowed the transfer of $6 billion in frozen Iranian funds.") == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken's China trip was postponed.", ("USA", "CHN", "CONSULT", "negated")),
        (
            "Ahead of Blinken's visit to China, Beijing warned Washington.",
            ("USA", "CHN", "AGREE", "future"),
        ),
        (
            "Ahead of Blinken's China trip, Beijing warned Washington.",
            ("USA", "CHN", "AGREE", "future"),
        ),
    ],
)
def test_a_visit_called_off_or_still_ahead_is_not_asserted(tagger, text, expected):
    rows = triples(tag(tagger, text))
    assert expected in rows
    assert ("USA", "CHN", "CONSULT", "asserted") not in rows


def test_an_act_a_suspended_decision_was_to_carry_out_is_not_done(tagger):
    text = (
        "South Korea said on Friday it would conditionally suspend its decision to end an "
        "intelligence-sharing pact with Japan."
    )
    assert not any(row[3] in ("asserted", "future") for row in triples(tag(tagger, text)))


def test_being_open_to_talks_is_no_talks_held(tagger):
    rows = triples(tag(tagger, "Trump has said he is open to talks with Iran."))
    assert not any(row[2] == "CONSULT" for row in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Trump criticized Germany for refusing to send tanks to Ukraine.",
        "Trump thanked Germany for agreeing to send tanks to Ukraine.",
        "Trump blamed the Obama administration for failing to sell Turkey the Patriot system.",
    ],
)
def test_an_infinitive_after_a_judged_gerund_is_no_act_of_the_judge(tagger, text):
    assert {(s, t) for s, t, *_ in triples(tag(tagger, text))} <= {("USA", "DEU")}


def test_the_thing_sold_to_a_state_is_no_second_buyer(tagger):
    text = (
        "The United States removed Turkey from the F-35 fighter jet program. "
        "Moscow has offered to sell Ankara its Su-35 fighter jets."
    )
    assert [(s, t) for s, t, kind, _ in triples(tag(tagger, text)) if kind == "AGREE"] == [
        ("RUS", "TUR")
    ]


def test_a_regions_americans_are_not_the_united_states(tagger):
    text = "Latin American and North American leaders condemned Maduro."
    assert not [row for row in triples(tag(tagger, text)) if row[0] == "USA"]


@pytest.mark.parametrize(
    "text",
    [
        "Putin said Syria's territorial integrity must be preserved.",
        "Merkel said Ukraine's sovereignty needs to be respected.",
    ],
)
def test_a_possessor_before_a_modal_is_asked_nothing(tagger, text):
    assert not [row for row in triples(tag(tagger, text)) if row[2] == "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Germany extended its ban on arms sales to Saudi Arabia by six months.",
        "Germany extended a freeze on arms exports to Saudi Arabia.",
        "Netanyahu vowed to annex the Jordan Valley if re-elected.",
    ],
)
def test_a_banned_sale_is_no_aid_and_the_jordan_valley_no_jordan(tagger, text):
    assert not [row for row in triples(tag(tagger, text)) if row[2] in ("AID", "COOPERATE")]
    assert not [row for row in triples(tag(tagger, text)) if row[1] == "JOR"]


def test_a_demand_that_another_act_is_a_request_and_the_act_undone(tagger):
    rows = triples(tag(tagger, "Trump demanded that Japan impose sanctions on Iran."))
    assert ("USA", "JPN", "REQUEST", "asserted") in rows
    assert ("JPN", "IRN", "SANCTION", "hypothetical") in rows


def test_blocked_talks_are_no_talks(tagger):
    text = "France vetoed the opening of EU membership talks with Albania."
    assert [kind for _, _, kind, _ in triples(tag(tagger, text))] == ["REJECT"]


def test_the_country_is_not_a_third_state_named_earlier(tagger):
    text = (
        "Japan protested. The United States accused China of stealing secrets and urged the "
        "country to stop."
    )
    assert not [row for row in triples(tag(tagger, text)) if row[1] == "JPN"]


def test_what_a_quoted_present_tense_urge_asks_for_is_not_done(tagger):
    text = (
        '"We strongly urge Japan and China to resume dialogue," a State Department spokeswoman '
        "said."
    )
    rows = triples(tag(tagger, text))
    assert ("USA", "CHN", "REQUEST", "asserted") in rows
    assert not [row for row in rows if row[2] == "CONSULT" and row[3] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "China is firmly opposed to India's unilateral provocative actions.",
        '"China is firmly opposed to India\'s provocative actions," the spokesman said.',
    ],
)
def test_being_opposed_to_an_act_disapproves_of_its_actor(tagger, text):
    assert ("CHN", "IND", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_bare_korea_is_south_korea(tagger):
    rows = triples(
        tag(tagger, "Japan removed Korea from its white list of trusted trade partners.")
    )
    assert ("JPN", "KOR", "SANCTION", "asserted") in rows
    assert not [row for row in rows if "PRK" in row[:2]]


@pytest.mark.parametrize(
    "second",
    [
        "The decision to end the pact drew an immediate protest from Tokyo.",
        "South Korea's decision to end the pact drew a formal protest from Tokyo.",
    ],
)
def test_a_protest_drawn_by_an_act_with_a_tail_is_made_against_its_maker(tagger, second):
    text = "South Korea said on Friday it would end an intelligence pact with Japan. " + second
    assert ("JPN", "KOR", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_a_contrasting_clause_keeps_its_own_subject_past_a_reported_clause(tagger):
    text = (
        "South Korea has called on Japan to withdraw the curbs, while Abe's government says the "
        "curbs were needed and has rejected Seoul's demands for talks."
    )
    rows = triples(tag(tagger, text))
    assert ("JPN", "KOR", "REJECT", "asserted") in rows
    assert ("KOR", "KOR", "REJECT", "asserted") not in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union demanded that Turkey halt the operation, and several European "
            "countries, including France and Germany, summoned Turkish ambassadors.",
            ("FRA", "TUR", "ACCUSE", "asserted"),
        ),
        (
            "Washington demanded that Iran release the tanker, and Britain threatened Iran with "
            "sanctions.",
            ("GBR", "IRN", "THREATEN", "asserted"),
        ),
        (
            "He said he hoped that Iran, Iraq, and Syria would sign a deal with Turkey.",
            ("SYR", "TUR", "SUPPORT", "hypothetical"),
        ),
    ],
)
def test_a_clause_joined_by_comma_and_has_its_own_frame(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "Pence, after four hours of talks with Erdogan, announced a ceasefire.",
        "Vice President Mike Pence flew to Ankara on Thursday and, after more than four hours of "
        "talks with Erdogan, announced a ceasefire.",
        "Pence announced the deal following several rounds of negotiations with Turkey.",
    ],
)
def test_talks_after_a_span_of_time_are_the_clause_subjects(tagger, text):
    rows = triples(tag(tagger, text))
    assert ("USA", "TUR", "CONSULT", "asserted") in rows
    assert ("TUR", "USA", "CONSULT", "asserted") in rows


@pytest.mark.parametrize(
    "text",
    [
        "China imposed anti-dumping duties of up to 212% on Australian wine on Friday.",
        "China imposed tariffs of 80.5 percent on Australian barley.",
    ],
)
def test_duties_at_a_rate_are_sanctions_on_the_goods_state(tagger, text):
    assert ("CHN", "AUS", "SANCTION", "asserted") in triples(tag(tagger, text))


def test_our_before_a_demonym_is_an_object_gap(tagger):
    text = '"We stand with our Australian friends," a State Department spokesman said.'
    assert ("USA", "AUS", "SUPPORT", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        '"We condemn Russia\'s aggression," the spokesman for the State Department said.',
        '"We condemn Russia\'s aggression," said a senior official of the State Department.',
    ],
)
def test_a_spokesman_for_a_body_after_a_quotation_speaks_for_it(tagger, text):
    assert ("USA", "RUS", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_an_opposition_leader_recognised_is_recognised_by_every_opening_subject(tagger):
    text = (
        "The United States recognized Venezuelan opposition leader Juan Guaido as interim "
        "president. Canada, Brazil and Colombia quickly followed Washington's lead and "
        "recognized Guaido."
    )
    rows = triples(tag(tagger, text))
    assert {("CAN", "VEN", "SUPPORT", "asserted"), ("COL", "VEN", "SUPPORT", "asserted")} <= rows


def test_previously_inside_a_noun_phrase_makes_no_historical_act(tagger):
    text = (
        "The announcement followed four days of previously undisclosed talks in Beijing between "
        "Iran's top security official and Saudi Arabia's national security adviser."
    )
    assert ("IRN", "SAU", "CONSULT", "asserted") in triples(tag(tagger, text))
    rows = triples(tag(tagger, "Qatar previously supported Syria's opposition groups."))
    assert rows == {("QAT", "SYR", "SUPPORT", "historical")}  # the adverb of a verb still counts


def test_called_it_a_failure_is_no_accusation_of_the_last_state_named(tagger):
    text = 'Iraq and Oman praised the deal. Lapid called it "a dangerous failure".'
    assert not [row for row in triples(tag(tagger, text)) if row[2] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Commerce Department later added six Chinese companies linked to the balloon "
            "program to its export blacklist.",
            ("USA", "CHN", "SANCTION", "asserted"),
        ),
        (
            "China retaliated by putting two U.S. defense contractors, Lockheed Martin and "
            "Raytheon, on its unreliable entity list.",
            ("CHN", "USA", "SANCTION", "asserted"),
        ),
    ],
)
def test_a_long_listed_object_still_goes_on_the_list(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_a_relative_clause_on_a_thing_is_not_the_speakers_act(tagger):
    text = (
        '"Any talks that legitimise Russia\'s blockade of our ports are unacceptable," '
        "Ukraine's foreign ministry said."
    )
    assert not [row for row in triples(tag(tagger, text)) if row[2] == "SUPPORT"]
    text = "Ukraine's foreign ministry condemned talks that legitimise Russia's blockade."
    assert ("UKR", "RUS", "SUPPORT", "asserted") not in triples(tag(tagger, text))


def test_criticising_the_meeting_criticises_both_sides_of_the_last_talks(tagger):
    text = (
        "Putin hosted Erdogan in Sochi. The two leaders discussed the war in Ukraine. The "
        "Turkish president offered to mediate between Moscow and Kyiv. Ukraine's foreign "
        "ministry criticized the meeting."
    )
    rows = triples(tag(tagger, text))
    assert {("UKR", "RUS", "ACCUSE", "asserted"), ("UKR", "TUR", "ACCUSE", "asserted")} <= rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States imposed sanctions on Iran. The move was condemned by Russia.",
            ("RUS", "USA", "ACCUSE", "asserted"),
        ),
        (
            "The United States imposed sanctions on Iran. The move drew criticism from Russia "
            "but was welcomed by Israel.",
            ("ISR", "USA", "SUPPORT", "asserted"),
        ),
        (
            "South Korea's government announced a plan last week to compensate wartime workers. "
            "The plan was welcomed by Washington.",
            ("USA", "KOR", "SUPPORT", "asserted"),
        ),
    ],
)
def test_an_act_noun_opening_a_passive_reaction_is_the_last_acts(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_an_it_opening_a_reported_clause_keeps_the_actor_after_it(tagger):
    text = "Ukraine says it has strong evidence proving Russia was behind the attack."
    assert ("UKR", "RUS", "ACCUSE", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Israel\'s defense minister threatened to return Lebanon "to the Stone Age."',
            ("ISR", "LBN", "THREATEN", "asserted"),
        ),
        ("North Korea vowed to crush the United States.", ("PRK", "USA", "THREATEN", "asserted")),
        ("Iran threatened to punish Israel.", ("IRN", "ISR", "THREATEN", "asserted")),
    ],
)
def test_threats_to_do_harm_name_their_target(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_a_promise_to_return_prisoners_is_no_threat(tagger):
    text = "Israel promised to return Palestinian prisoners to their families."
    assert not [row for row in triples(tag(tagger, text)) if row[2] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan and Iran will work together to fight terrorism.", "AGREE"),
        ("Iran and Russia jointly developed the drone.", "COOPERATE"),
    ],
)
def test_working_together_is_mutual_cooperation(tagger, text, expected):
    rows = {(s, t, kind) for s, t, kind, _ in triples(tag(tagger, text))}
    first, second = ("PAK", "IRN") if "Pakistan" in text else ("IRN", "RUS")
    assert {(first, second, expected), (second, first, expected)} <= rows


@pytest.mark.parametrize(
    "text",
    [
        "The Philippines condemned the dangerous manoeuvres of the China Coast Guard.",
        '"We condemn in the strongest terms the dangerous manoeuvres of the China Coast Guard," '
        "Philippine National Security Adviser Eduardo Ano said.",
    ],
)
def test_conduct_of_an_actor_blames_the_actor(tagger, text):
    assert ("PHL", "CHN", "ACCUSE", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya said it would send police officers to Haiti. Secretary of State Antony "
            "Blinken thanked the East African nation for its leadership.",
            ("USA", "KEN", "SUPPORT", "asserted"),
        ),
        (
            "Egypt hosted the talks. Blinken thanked the North African country for its role.",
            ("USA", "EGY", "SUPPORT", "asserted"),
        ),
    ],
)
def test_a_regional_epithet_is_the_last_named_state_of_its_region(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_stopping_arming_a_state_cuts_military_aid(tagger):
    rows = triples(tag(tagger, "Poland to stop arming Ukraine amid grain row"))
    assert ("POL", "UKR", "SANCTION", "future") in rows
    text = "China urged Washington to stop arming the island of Taiwan."
    assert ("USA", "TWN", "SANCTION", "asserted") not in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain is training Ukrainian pilots to fly F-16 jets.", ("GBR", "UKR", "AID")),
        ("Britain will train Ukrainian pilots.", ("GBR", "UKR", "AGREE")),
        ("The United States and India will co-produce jet engines.", ("IND", "USA", "AGREE")),
    ],
)
def test_training_pilots_and_co_producing_are_cooperation(tagger, text, expected):
    assert expected in {(s, t, kind) for s, t, kind, _ in triples(tag(tagger, text))}


def test_a_train_is_no_training(tagger):
    assert not triples(tag(tagger, "A train carrying Ukrainian soldiers arrived from Poland."))


def test_what_a_deal_is_signed_to_do_is_not_yet_done(tagger):
    rows = triples(tag(tagger, "Germany and Norway signed a deal to jointly build submarines."))
    assert ("DEU", "NOR", "SUPPORT", "asserted") in rows
    assert not [row for row in rows if row[2] == "COOPERATE" and row[3] == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        'Spokesman Ned Price said China\'s refusal to condemn the invasion was "deeply troubling."',
        "The United States called China's conduct deplorable.",
    ],
)
def test_troubling_and_deplorable_are_disapproval(tagger, text):
    assert ("USA", "CHN", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_regret_or_dismay_over_a_states_act_is_disapproval(tagger):
    rows = triples(tag(tagger, "Seoul expressed regret over Tokyo's decision."))
    assert ("KOR", "JPN", "ACCUSE", "asserted") in rows
    rows = triples(tag(tagger, "Germany voiced dismay at China's military build-up."))
    assert ("DEU", "CHN", "ACCUSE", "asserted") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali turned to Russia for help.", ("MLI", "RUS", "REQUEST", "asserted")),
        (
            "The Philippines sought U.S. support in the dispute with China.",
            ("PHL", "USA", "REQUEST", "asserted"),
        ),
    ],
)
def test_turning_to_a_state_for_help_and_seeking_its_support_ask_it(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_support_sought_for_a_plan_asks_no_one(tagger):
    assert not triples(tag(tagger, "Ukraine sought support for its peace plan."))


def test_barring_a_states_firms_from_investing_is_a_sanction(tagger):
    text = "Canada barred Chinese state-owned firms from investing in its critical minerals sector."
    assert ("CAN", "CHN", "SANCTION", "asserted") in triples(tag(tagger, text))


def test_sitting_down_for_talks_is_no_turning_them_down(tagger):
    rows = triples(tag(tagger, "Japan and China sat down for talks in Tokyo."))
    assert ("JPN", "CHN", "CONSULT", "asserted") in rows


@pytest.mark.parametrize(
    "text",
    ["China refrained from criticising Russia.", "China avoided criticising Russia."],
)
def test_refraining_from_an_act_negates_it(tagger, text):
    assert ("CHN", "RUS", "ACCUSE", "negated") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    ["Sweden's NATO bid has been held up by Turkey.", "Turkey is holding up Sweden's NATO bid."],
)
def test_holding_up_a_bid_blocks_it(tagger, text):
    assert ("TUR", "SWE", "REJECT", "asserted") in triples(tag(tagger, text))


def test_a_relative_clause_between_the_asked_and_their_to(tagger):
    text = "Armenia asked Russia, which has peacekeepers in the region, to intervene."
    assert ("ARM", "RUS", "REQUEST", "asserted") in triples(tag(tagger, text))


def test_an_object_before_comma_and_is_no_subject_of_an_irregular_past_verb(tagger):
    text = "Officials said they expected Russia to invade Ukraine, and NATO sent troops to Poland."
    rows = triples(tag(tagger, text))
    assert not [row for row in rows if row[0] == "UKR"]
    text = "Germany, France, and Italy sent troops to Lithuania."
    assert ("FRA", "LTU", "COOPERATE", "asserted") in triples(tag(tagger, text))


def test_a_list_with_a_serial_comma_keeps_all_its_members(tagger):
    text = "He said he hoped that Iran, Iraq, and Syria would sign a deal with Turkey."
    sources = {row[0] for row in triples(tag(tagger, text))}
    assert sources == {"IRN", "IRQ", "SYR"}


def test_a_relative_clause_inside_an_opening_act_phrase(tagger):
    text = (
        "The decision by Washington to send cluster munitions to Ukraine, which Kyiv had "
        "requested for months, drew criticism from Spain."
    )
    rows = triples(tag(tagger, text))
    assert ("ESP", "USA", "ACCUSE", "asserted") in rows
    assert not [row for row in rows if row[2] == "REQUEST"]  # no request from Spain


def test_a_group_of_states_with_its_members_named_is_those_members(tagger):
    text = (
        "The decision by Washington to send cluster munitions to Ukraine drew criticism from "
        "several NATO allies, including Britain, Canada and Spain."
    )
    sources = {row[0] for row in triples(tag(tagger, text)) if row[2] == "ACCUSE"}
    assert sources == {"GBR", "CAN", "ESP"}


@pytest.mark.parametrize(
    "text",
    [
        "In a phone call on Thursday with Saudi Crown Prince Mohammed bin Salman, Iranian "
        "President Ebrahim Raisi discussed the war in Gaza.",
        "Iran's president held talks on Monday with Saudi Arabia's crown prince.",
    ],
)
def test_a_day_between_a_meeting_noun_and_its_with(tagger, text):
    assert ("IRN", "SAU", "CONSULT", "asserted") in triples(tag(tagger, text))


def test_the_group_of_a_named_members_group(tagger):
    text = (
        "A senior Hamas official, Osama Hamdan, told reporters in Beirut that the group had "
        "rejected the latest Israeli proposal."
    )
    rows = [e for e in tag(tagger, text) if e.plover_type == "REJECT"]
    assert [(e.source_country, e.source_sector, e.target_country) for e in rows] == [
        ("PSE", "REB", "ISR")
    ]


def test_a_modal_is_shared_by_verbs_it_coordinates_and_their_subject_too(tagger):
    text = "Modi will address Congress and hold talks with Biden at the White House."
    rows = triples(tag(tagger, text))
    assert rows and all(row[3] != "asserted" for row in rows)
    assert {row[0] for row in rows} == {"IND"}


def test_according_to_is_no_recipient(tagger):
    text = "China has supplied Russia with drone parts, according to U.S. officials."
    assert triples(tag(tagger, text)) == {("CHN", "RUS", "AID", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew its forces from the area around Kyiv.",
        "Russia withdrew its forces from areas near Kyiv.",
    ],
)
def test_the_area_around_a_place_is_that_place(tagger, text):
    assert ("RUS", "UKR", "RETREAT", "asserted") in triples(tag(tagger, text))


def test_handing_back_prisoners_releases_them(tagger):
    text = "Russia handed back 50 Ukrainian prisoners of war."
    assert ("RUS", "UKR", "RETREAT", "asserted") in triples(tag(tagger, text))


def test_his_counterpart_after_talks_is_the_talks_other_side(tagger):
    text = (
        "Brazilian President Lula met Argentine President Alberto Fernandez in Buenos Aires. "
        "Fernandez thanked his counterpart for his support."
    )
    assert ("ARG", "BRA", "SUPPORT", "asserted") in triples(tag(tagger, text))


def test_linking_a_state_to_an_attack_accuses_it_but_linking_by_rail_does_not(tagger):
    assert ("USA", "PRK", "ACCUSE", "asserted") in triples(
        tag(tagger, "The United States linked North Korean hackers to the theft of $600 million.")
    )
    assert triples(tag(tagger, "The deal linked India to the Middle East by rail.")) == set()


def test_the_countries_are_the_two_the_last_sentence_named_and_no_list_of_more(tagger):
    text = (
        "Turkish President Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Cairo. "
        "The countries restored full diplomatic relations last year."
    )
    assert ("TUR", "EGY", "SUPPORT", "asserted") in triples(tag(tagger, text))
    text = "Germany, France and Italy signed the accord. The countries pledged to cut emissions."
    assert {row[2] for row in triples(tag(tagger, text))} == {"SUPPORT"}
    text = "Iran and Iraq signed a deal. The countries of the region condemned Israel."
    assert ("IRN", "ISR", "ACCUSE", "asserted") not in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Criticised by Washington for its ties to Moscow, India defended its oil purchases.",
            ("USA", "IND", "ACCUSE", "asserted"),
        ),
        (
            "Welcomed by Kishida at the airport, Yoon began a two-day visit.",
            ("KOR", "JPN", "CONSULT", "asserted"),
        ),
        (
            "Having met Xi in Beijing, Lula flew to Abu Dhabi.",
            ("BRA", "CHN", "CONSULT", "asserted"),
        ),
    ],
)
def test_a_participle_clause_opening_the_sentence_is_the_main_subjects(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


def test_the_agent_of_an_opening_passive_is_no_subject_of_the_main_verb(tagger):
    text = "Condemned by the United Nations, the junta expelled the French ambassador."
    assert triples(tag(tagger, text)) == set()  # (the junta, unnamed, is unresolved)


def test_a_relative_clause_on_a_thing_after_a_comma_is_the_things(tagger):
    text = "Israel rejected the proposal, which was drafted by Egypt."
    assert triples(tag(tagger, text)) == {("ISR", "EGY", "REJECT", "asserted")}
    text = "Israel condemned the attack, which was claimed by Hamas."
    assert ("ISR", "PSE", "ACCUSE", "asserted") in triples(tag(tagger, text))
    # the welcomer is no author, and welcomes the proposal, not Israel
    assert (
        triples(tag(tagger, "Israel rejected the proposal, which was welcomed by Egypt.")) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia urged its ally Belarus to stay out of the war.", ("RUS", "BLR", "REQUEST")),
        ("China criticised its longtime rival India.", ("CHN", "IND", "ACCUSE")),
        ("Moscow thanked its partner Beijing for its support.", ("RUS", "CHN", "SUPPORT")),
    ],
)
def test_a_relation_noun_before_a_name_leaves_the_name_the_object(tagger, text, expected):
    assert (*expected, "asserted") in triples(tag(tagger, text))


def test_what_allies_named_after_their_relation_noun_are_urged_to_do_is_hypothetical(tagger):
    text = "The United States urged its allies Japan and South Korea to improve ties."
    assert ("JPN", "KOR", "SUPPORT", "hypothetical") in triples(tag(tagger, text))
    assert ("JPN", "KOR", "SUPPORT", "asserted") not in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "Beijing signalled readiness to resume talks with Washington.",
        "Iran expressed willingness to hold talks with Saudi Arabia.",
    ],
)
def test_readiness_or_willingness_to_meet_is_an_intent_not_a_meeting(tagger, text):
    rows = triples(tag(tagger, text))
    assert {row[2:] for row in rows} == {("AGREE", "future")}


def test_calling_a_long_act_a_quoted_fault_accuses_its_maker(tagger):
    text = 'China called Japan\'s release of the water "extremely selfish and irresponsible."'
    assert ("CHN", "JPN", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_the_state_us_in_a_quotation_is_no_first_person_pronoun(tagger):
    text = (
        '"China firmly opposes the US arms sales to Taiwan," foreign ministry spokesman Wang '
        "Wenbin told reporters."
    )
    rows = triples(tag(tagger, text))
    assert ("USA", "TWN", "AID", "hypothetical") in rows
    assert not any(row[:2] == ("CHN", "TWN") for row in rows)


def test_the_source_after_according_to_is_no_member_of_the_list_after_it(tagger):
    text = "According to the Kremlin, Putin and Erdogan discussed the grain deal by phone."
    rows = tag(tagger, text)
    assert {row.source_text for row in rows} == {"Putin", "Erdogan"}


def test_his_visit_in_an_apposition_to_the_clause_is_its_subjects(tagger):
    text = (
        "Burhan visits Egypt\n\nCAIRO, Aug 29 (Reuters) - Sudanese army chief General Abdel "
        "Fattah al-Burhan met Egyptian President Abdel Fattah al-Sisi in El Alamein on Tuesday, "
        "his first visit since the war began."
    )
    rows = tag(tagger, text)
    visits = {(r.source_country, r.target_country) for r in rows if r.cameo_code == "042"}
    assert visits == {("SDN", "EGY")}


def test_a_trip_abroad_is_no_visit_to_the_datelines_country(tagger):
    text = (
        "KHARTOUM, Aug 29 (Reuters) - Sudan's army chief met Egyptian President Abdel Fattah "
        "al-Sisi in El Alamein, his first trip abroad since the war began."
    )
    assert not any(r.target_country == "SDN" for r in tag(tagger, text))


def test_the_paramilitary_force_is_the_armed_group_just_named_not_the_army(tagger):
    text = (
        "The RSF said the army had violated the truce. The paramilitary force called on Riyadh "
        "to pressure the army."
    )
    rows = [r for r in tag(tagger, text) if r.target_country == "SAU"]
    assert [r.source_code for r in rows] == ["SDNREB"]


@pytest.mark.parametrize("noun", ["decision", "controls"])
def test_a_measure_announced_with_no_target_is_the_act_a_reaction_names(tagger, noun):
    text = (
        f"China announced new export controls on gallium. The United States criticised the {noun}."
    )
    assert ("USA", "CHN", "ACCUSE", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China later that day accused the United States of hacking.", ("CHN", "USA", "ACCUSE")),
        (
            "Iran, two days after the strike, vowed revenge against Israel.",
            ("IRN", "ISR", "THREATEN"),
        ),
        ("India, while hosting the G20, criticised China.", ("IND", "CHN", "ACCUSE")),
        ("Japan, when asked about the launch, condemned North Korea.", ("JPN", "PRK", "ACCUSE")),
        ("Germany, since the invasion, has sent weapons to Ukraine.", ("DEU", "UKR", "AID")),
    ],
)
def test_a_time_aside_or_that_day_leaves_the_subject_its_verb(tagger, text, expected):
    assert (*expected, "asserted") in triples(tag(tagger, text))


def test_the_state_in_a_like_or_unlike_aside_is_no_subject(tagger):
    rows = triples(tag(tagger, "France, unlike Germany, supported the sanctions on Russia."))
    assert {row[0] for row in rows} == {"FRA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Group of Seven condemned Russia.", ("GOS", "RUS", "ACCUSE")),
        ("The G20 urged Russia to return to the grain deal.", ("G20", "RUS", "REQUEST")),
        (
            "Australia lodged a complaint with the World Trade Organization against China's "
            "barley tariffs.",
            ("AUS", "CHN", "ACCUSE"),
        ),
    ],
)
def test_the_g7_the_g20_brics_and_the_wto_are_organisations(tagger, text, expected):
    assert (*expected, "asserted") in triples(tag(tagger, text))


def test_a_complaint_lodged_with_the_wto_is_against_the_one_it_names(tagger):
    rows = triples(tag(tagger, "Japan filed a complaint with the WTO over China's ban."))
    assert rows == {("JPN", "CHN", "ACCUSE", "asserted")}


def test_the_forum_a_case_is_taken_to_is_no_party(tagger):
    assert (
        triples(tag(tagger, "Mexico would take the case to the International Court of Justice."))
        == set()
    )
    text = "South Africa took Israel to the ICJ."
    assert triples(tag(tagger, text)) == {("ZAF", "ISR", "ACCUSE", "asserted")}


def test_a_raid_on_an_embassy_is_the_act_its_victim_condemns(tagger):
    text = (
        "Ecuadorean police stormed the Mexican embassy in Quito on Friday. Mexico called the "
        "raid a flagrant violation of international law."
    )
    assert ("MEX", "ECU", "ACCUSE", "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua also severed relations with Ecuador in solidarity with Mexico.",
        "Nicaragua severed relations with Ecuador in support of Mexico.",
    ],
)
def test_a_bare_in_phrase_of_manner_is_the_main_clause_subjects(tagger, text):
    rows = triples(tag(tagger, text))
    assert ("NIC", "MEX", "SUPPORT", "asserted") in rows
    assert ("ECU", "MEX", "SUPPORT", "asserted") not in rows


def test_the_date_of_another_act_named_as_a_noun_is_not_the_events(tagger):
    text = "Biden condemned Hamas for the October 7 massacre."
    published = datetime.date(2023, 12, 8)
    rows = tagger.tag(Document("d", text, published))
    assert [row.event_date for row in rows] == [published]
    text = "At a July 10 meeting in Washington, Sondland told Ukrainian officials to deliver."
    rows = tagger.tag(Document("d", text, published))
    assert [row.event_date for row in rows] == [datetime.date(2023, 7, 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UN Security Council met on Friday. Russia accused the council of bias.",
            ("RUS", "UNO", "ACCUSE"),
        ),
        (
            "Iran restricted IAEA inspections. The watchdog criticised Tehran.",
            ("UNO", "IRN", "ACCUSE"),
        ),
    ],
)
def test_the_council_and_the_watchdog_are_the_organisation_last_named(tagger, text, expected):
    assert (*expected, "asserted") in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken held talks on Gaza with Netanyahu.",
            {("USA", "ISR", "CONSULT", "asserted"), ("ISR", "USA", "CONSULT", "asserted")},
        ),
        ("Switzerland will host a peace summit on Ukraine in June.", set()),
    ],
)
def test_what_talks_or_a_summit_are_on_is_their_topic_not_a_side(tagger, text, expected):
    assert triples(tag(tagger, text)) == expected


def test_helping_broker_a_deal_is_no_aid_to_its_sides(tagger):
    text = "Turkey helped broker the grain deal between Russia and Ukraine."
    assert {row[2] for row in triples(tag(tagger, text))} == {"CONSULT"}


def test_returning_soldiers_releases_them(tagger):
    text = "Ukraine returned 64 Russian soldiers, and Russia freed 95 Ukrainians."
    rows = triples(tag(tagger, text))
    assert {("UKR", "RUS", "RETREAT", "asserted"), ("RUS", "UKR", "RETREAT", "asserted")} <= rows


def test_an_act_after_a_reported_view_is_the_reporters(tagger):
    text = "China said Taiwan was part of China and warned the United States against interference."
    assert triples(tag(tagger, text)) == {("CHN", "USA", "THREATEN", "asserted")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Talks between Israel and Hamas would resume only if hostages were freed.",
            "hypothetical",
        ),
        ("A meeting between Putin and Xi is expected in May.", "hypothetical"),
        ("A visit by Blinken to Beijing would be a sign of progress.", "hypothetical"),
        ("Talks between Israel and Hamas resumed on Monday.", "asserted"),
    ],
)
def test_an_event_noun_that_opens_the_clause_takes_its_verbs_mode(tagger, text, modality):
    assert {row[3] for row in triples(tag(tagger, text))} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "Hopes for talks between Russia and Ukraine have faded.",
        "The prospect of talks between Israel and Saudi Arabia has dimmed.",
        "The chances of a meeting between Putin and Zelensky are slim.",
    ],
)
def test_hopes_prospects_and_chances_of_an_event_are_no_event(tagger, text):
    assert {row[3] for row in triples(tag(tagger, text))} == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is believed to have supplied drones to Azerbaijan.",
        "Iran is alleged to have supplied missiles to Russia.",
    ],
)
def test_an_act_believed_or_alleged_is_no_asserted_act_nor_a_promise(tagger, text):
    assert {row[2:] for row in triples(tag(tagger, text))} == {("AID", "hypothetical")}


@pytest.mark.parametrize("close", ['"assassins",', '"assassins,"'])
def test_an_actor_inside_a_relative_clause_of_an_apposition_is_no_subject(tagger, close):
    text = (
        f"Milei, a libertarian who has called China's government {close} has pledged to "
        "strengthen ties with the United States and Israel."
    )
    rows = triples(tag(tagger, text))
    assert ("ARG", "USA", "AGREE", "future") in rows
    assert not any(row[0] == "CHN" for row in rows)


def test_rejecting_repeated_offers_of_a_state_rejects_it(tagger):
    text = "North Korea rejected repeated US offers of talks without preconditions."
    assert ("PRK", "USA", "REJECT", "asserted") in triples(tag(tagger, text))


def test_vowing_countermeasures_threatens_the_maker_of_the_act_answered(tagger):
    text = (
        "Seoul suspended the 2018 military agreement. Pyongyang said the move was a provocation "
        "and vowed to take countermeasures."
    )
    rows = triples(tag(tagger, text))
    assert {("PRK", "KOR", "ACCUSE", "asserted"), ("PRK", "KOR", "THREATEN", "asserted")} <= rows


def test_the_two_sides_are_the_storys_main_pair_over_a_pair_with_fewer_rows(tagger):
    text = (
        "Venezuela and Guyana agreed not to use force. Maduro accused Guyana of allowing U.S. "
        "military bases. The United States has said it supports Guyana's sovereignty. Brazil "
        "urged the two sides to avoid escalation."
    )
    rows = triples(tag(tagger, text))
    assert {("BRA", "VEN", "REQUEST", "asserted"), ("BRA", "GUY", "REQUEST", "asserted")} <= rows
    assert ("BRA", "USA", "REQUEST", "asserted") not in rows


def test_a_criticism_noun_is_met_with_not_met_across_a_comma(tagger):
    text = "Orban travelled to Moscow to meet Putin, drawing sharp criticism from EU leaders."
    rows = triples(tag(tagger, text))
    assert ("EUR", "HUN", "ACCUSE", "asserted") in rows
    assert not any(row[0] == "RUS" for row in rows)


def test_no_evidence_inside_a_reported_accusation_negates_it(tagger):
    text = "Washington said it had no evidence that Iran was directly involved in the assault."
    assert {row[3] for row in triples(tag(tagger, text))} == {"negated"}


def test_meeting_demands_concedes_and_violating_sanctions_imposes_none(tagger):
    rows = triples(tag(tagger, "Sweden has met Turkey's demands, Stoltenberg said."))
    assert rows == {("SWE", "TUR", "CONCEDE", "asserted")}
    text = "Beijing said it was not aware that Chinese firms had violated sanctions on Russia."
    assert not any(row[2] == "SANCTION" for row in triples(tag(tagger, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Warsaw banned imports of Ukrainian grain in April.",
        "India stopped purchases of Russian oil last year.",
    ],
)
def test_purchases_stopped_are_none_made(tagger, text):
    rows = tag(tagger, text)
    assert [e.plover_type for e in rows if e.modality == "asserted"] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The West African nation cut ties with France.",
        "West Africa is in crisis, Nigeria said.",
        "Kanye West criticised Israel.",
    ],
)
def test_west_is_the_west_only_as_the_west(tagger, text):
    assert not [e for e in tag(tagger, text) if "WST" in (e.source_country, e.target_country)]


def test_an_organisations_people_keep_its_igo_code(tagger):
    rows = tag(tagger, "UN officials criticised Israel, and an EU statement condemned China.")
    assert {e.source_code for e in rows} == {"IGOUNO", "IGOEUR"}


@pytest.mark.parametrize(
    "text",
    [
        "Macron said the attack on Ukraine was unacceptable.",
        "Blinken said Russia's invasion of Ukraine was unacceptable.",
    ],
)
def test_what_an_attack_was_done_to_is_not_blamed_for_it(tagger, text):
    assert "UKR" not in {e.target_country for e in tag(tagger, text)}


def test_the_accused_of_a_reduced_passive_accuse_no_one(tagger):
    rows = tag(
        tagger, "Canada sanctioned four Israeli settlers accused of violence against Palestinians."
    )
    assert [e.plover_type for e in rows] == ["SANCTION"]


def test_what_both_sides_are_urged_to_do_is_not_done(tagger):
    rows = tag(tagger, "Guterres urged both Israel and Hamas to agree to a ceasefire.")
    assert {e.modality for e in rows if e.plover_type == "RETREAT"} == {"hypothetical"}


def test_a_noun_ending_the_first_trigger_is_no_subject_of_the_coordinated_verb(tagger):
    # "the bloc's demands" ends the rejection's span: the junta refused, not the bloc
    text = (
        "ECOWAS leaders met in Abuja on Thursday. Niger's junta has rejected the bloc's demands "
        "and refused to receive its envoys."
    )
    assert not any(e.source_country == "ECW" for e in tag(tagger, text))


@pytest.mark.parametrize(("dateline", "sanctioner"), [("WASHINGTON", "USA"), ("LONDON", "GBR")])
def test_the_treasury_is_the_datelines(tagger, dateline, sanctioner):
    text = f"{dateline}, Nov 2 (Reuters) - The Treasury on Thursday sanctioned 13 Iranian firms."
    assert (sanctioner, "IRN", "SANCTION", "asserted") in triples(tag(tagger, text))


def test_suspending_talks_is_no_talks(tagger):
    # "has suspended talks": "have" is the perfect's auxiliary, not "have talks"
    rows = triples(tag(tagger, "Saudi Arabia has suspended talks with Israel."))
    assert rows == {("SAU", "ISR", "SANCTION", "asserted")}


def test_what_an_owned_move_is_about_is_no_target(tagger):
    rows = tag(tagger, "The Kremlin called Yerevan's move to join the ICC extremely hostile.")
    assert {e.target_country for e in rows} == {"ARM"}


def test_the_victim_of_an_act_spoken_of_is_no_target(tagger):
    text = '"This is unacceptable," the Iranian minister said of the attack on Israel.'
    assert triples(tag(tagger, text)) == set()


def test_a_second_past_verb_after_a_long_phrase_is_the_opening_pairs(tagger):
    text = (
        "Prime Minister Narendra Modi on Thursday received a call from Saudi Crown Prince "
        "Mohammed bin Salman. The two leaders reviewed the progress of the strategic partnership "
        "council and exchanged views on the situation in West Asia."
    )
    second = [e for e in tag(tagger, text) if e.sentence_index == 1]
    assert triples(second) == {
        ("IND", "SAU", "CONSULT", "asserted"),
        ("SAU", "IND", "CONSULT", "asserted"),
    }


def test_a_dual_nationality_is_no_pair_of_states(tagger):
    # "British-Iranian national": one person, before no noun of what two states do together
    rows = tag(tagger, "Britain condemned the detention of a British-Iranian national.")
    assert triples(rows) == set()


def test_an_act_ignored_calls_asked_for_is_not_asserted(tagger):
    rows = tag(tagger, "Israel has ignored calls to allow more aid into Gaza.")
    assert [e.modality for e in rows if e.plover_type == "AID"] == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Amid pressure from Washington to allow more aid into Gaza, Israel opened a crossing.",
        "Biden's request for Congress to approve aid to Ukraine has stalled.",
    ],
)
def test_the_infinitive_of_an_asking_noun_is_asked_not_done(tagger, text):
    assert [
        e for e in tag(tagger, text) if e.plover_type == "AID" and e.modality == "asserted"
    ] == []


def test_a_reaction_reaches_an_act_noun_past_a_quoted_modifier(tagger):
    text = (
        "The Philippines accused China's coast guard of firing water cannon at its vessels. "
        'The U.S. ambassador to Manila, MaryKay Carlson, condemned the "dangerous" actions.'
    )
    second = [e for e in tag(tagger, text) if e.sentence_index == 1]
    assert triples(second) == {("USA", "CHN", "ACCUSE", "asserted")}


def test_a_headlines_second_verb_after_a_comma_is_its_subjects(tagger):
    rows = tag(tagger, "China's Xi meets Biden, warns against Taiwan meddling")
    assert {e.source_country for e in rows if e.plover_type == "THREATEN"} == {"CHN"}


@pytest.mark.parametrize(
    "text", ["The singer Kanye West was there.", "The rebels took West Darfur on Monday."]
)
def test_west_in_a_name_is_no_actor(tagger, text):
    assert not any(
        e.source_country == "WST" or e.target_country == "WST" for e in tag(tagger, text)
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Lebanon's Hezbollah expressed solidarity with Gaza.", "LBNREB"),
        ("Yemen's Houthis accused Washington of militarising the Red Sea.", "YEMREB"),
    ],
)
def test_a_group_after_its_countrys_possessive_keeps_its_own_code(tagger, text, code):
    assert {e.source_code for e in tag(tagger, text)} == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The ELN accused Bogota of violating the ceasefire.", "COLREB"),
        ("The TTP rejected talks with Islamabad.", "PAKREB"),
    ],
)
def test_armed_groups_of_2023_have_their_own_codes(tagger, text, code):
    assert code in {e.source_code for e in tag(tagger, text)}


def test_what_one_told_another_a_third_must_do_is_no_demand_on_the_one_told(tagger):
    rows = tag(tagger, "Abbas told Blinken during their meeting in Ramallah that Israel must stop.")
    assert triples(rows) == {("PSE", "ISR", "REQUEST", "asserted")}


def test_feigned_solidarity_is_no_support(tagger):
    text = "Hungary was feigning support for Ukraine, Zelenskiy said."
    assert [e for e in tag(tagger, text) if e.modality == "asserted"] == []


def test_coming_under_fire_from_troops_is_shooting_not_criticism(tagger):
    assert tag(tagger, "UN peacekeepers came under fire from Israeli troops.") == []


def test_an_infinitive_after_a_coordinated_verb_is_that_verbs_subjects(tagger):
    text = (
        "Russia delivered military equipment to Burkina Faso and sent instructors to train "
        "its army."
    )
    assert triples(tag(tagger, text)) == {("RUS", "BFA", "AID", "asserted")}


def test_leaving_an_organisations_summit_is_no_withdrawal(tagger):
    assert tag(tagger, "Erdogan quit the G20 summit early.") == []


def test_a_pairs_pledge_aimed_at_a_third_is_no_pledge_between_them(tagger):
    rows = tag(tagger, "Britain and Canada vowed to impose new sanctions on Russia.")
    assert {(r.source_country, r.target_country) for r in rows} == {("GBR", "RUS"), ("CAN", "RUS")}


def test_being_far_from_an_act_is_no_act(tagger):
    text = (
        "Hamas said it had accepted the proposal, but Israel said it was far from meeting its "
        "demands."
    )
    assert not [e for e in tag(tagger, text) if e.modality == "asserted"]


def test_a_ban_on_buying_from_a_seller_is_no_purchase(tagger):
    text = "Beijing banned Chinese operators from buying products from U.S. chipmaker Micron."
    assert not [
        e for e in tag(tagger, text) if e.plover_type == "COOPERATE" and e.modality == "asserted"
    ]


def test_a_demonym_reaches_no_agent_past_a_preposition(tagger):
    text = "India has sharply increased its purchases of Russian oil since the invasion."
    assert {e.target_code for e in tag(tagger, text)} == {"RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "Hungary has repeatedly blocked European Union efforts to provide Kyiv with financial "
        "support.",
        "A Chinese spokesperson said the United States had no right to impose sanctions on China.",
    ],
)
def test_a_blocked_effort_and_an_act_one_has_no_right_to_are_not_done(tagger, text):
    assert not [e for e in tag(tagger, text) if e.modality in ("asserted", "future")]


def test_a_visit_one_refused_to_let_happen_is_not_made(tagger):
    text = "Niger's junta refused to let the ECOWAS delegation land in Niamey."
    assert not [e for e in tag(tagger, text) if e.modality == "asserted"]


def test_talks_held_by_video_link_are_talks_with_the_one_after_with(tagger):
    text = "Chinese Premier Li Qiang held talks via video link with his Pakistani counterpart."
    assert triples(tag(tagger, text)) == {
        ("CHN", "PAK", "CONSULT", "asserted"),
        ("PAK", "CHN", "CONSULT", "asserted"),
    }


def test_an_act_that_talks_are_about_is_not_done(tagger):
    text = (
        "The United Arab Emirates hosted talks between Ukraine and Russia on a prisoner exchange."
    )
    reported = {row for row in triples(tag(tagger, text)) if row[3] in ("asserted", "future")}
    assert reported == {
        ("ARE", "UKR", "CONSULT", "asserted"),
        ("ARE", "RUS", "CONSULT", "asserted"),
    }


def test_calls_from_a_state_are_its_calls_not_the_subjects(tagger):
    text = "Israel's prime minister rejected calls from Washington for a Palestinian state."
    assert triples(tag(tagger, text)) == {("ISR", "USA", "REJECT", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "China denied accusations by the United States that it supplies Russia with drone parts.",
        "China denied accusations from the United States that it supplies Russia with drones.",
        "China has denied Washington's allegations that it supplies Russia with drone parts.",
    ],
)
def test_a_denied_accusation_was_made_and_is_answered(tagger, text):
    reported = {row for row in triples(tag(tagger, text)) if row[3] == "asserted"}
    assert reported == {("CHN", "USA", "REJECT", "asserted"), ("USA", "CHN", "ACCUSE", "asserted")}


def test_talks_on_a_trip_are_with_the_visited_countrys_officials_not_the_datelines(tagger):
    text = (
        "WASHINGTON (Reuters) - Secretary of State Antony Blinken travelled to India on Monday "
        "for talks with senior officials. Blinken will travel to Japan next week for talks with "
        "senior officials."
    )
    rows = triples(tag(tagger, text))
    assert ("IND", "USA", "CONSULT", "asserted") in rows
    assert not {row for row in rows if row[0] in ("IND", "JPN")} - {
        ("IND", "USA", "CONSULT", "asserted")
    }


def test_its_after_a_reproach_is_the_reproached_ones(tagger):
    text = "Moscow dismissed European Union criticism of its trade with North Korea."
    rows = {(e.source_code, e.target_code, e.plover_type) for e in tag(tagger, text)}
    assert ("RUS", "PRK", "COOPERATE") in rows
    assert not [row for row in rows if row[0].startswith("IGO")]


def test_pressure_from_owners_no_code_stands_for_is_not_the_other_sides(tagger):
    text = (
        "India's prime minister visited Ukraine on Friday. Ukraine's president invited India to "
        "a peace summit in Ukraine. India has resisted Western pressure to cut its purchases of "
        "Russian oil."
    )
    assert not [e for e in tag(tagger, text) if e.plover_type == "REJECT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv sharply criticised the Moscow visit, calling it a blow to peace efforts.", set()),
        (
            "Beijing condemned the Taiwan visit by the U.S. lawmakers.",
            {("CHN", "USA", "ACCUSE", "asserted")},
        ),
    ],
)
def test_a_place_before_trip_is_where_it_went_not_whose_it_was(tagger, text, expected):
    assert triples(tag(tagger, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda's president denied that Kigali had any role in the fighting and accused Kinshasa "
        "of arming militias.",
        "Rwanda's president on Tuesday denied that Kigali backed the rebels, and accused Kinshasa "
        "of arming militias.",
        "Rwanda's president denied that Kigali had troops in eastern Congo, and accused Kinshasa "
        "of arming militias.",
    ],
)
def test_a_verb_after_a_denied_clause_is_the_deniers(tagger, text):
    assert triples(tag(tagger, text)) == {("RWA", "COD", "ACCUSE", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US sanctions Iran, Russia over drone deliveries",
            {("USA", "IRN", "SANCTION", "asserted"), ("USA", "RUS", "SANCTION", "asserted")},
        ),
        (
            "China sanctions US defence firms over Taiwan arms sales",
            {("CHN", "USA", "SANCTION", "asserted")},
        ),
        ("Beijing said Chinese firms had not violated sanctions on Russia.", set()),
    ],
)
def test_a_headlines_sanctions_between_two_actors_is_the_verb(tagger, text, expected):
    assert {row for row in triples(tag(tagger, text)) if row[2] == "SANCTION"} == expected


def test_a_title_before_a_name_with_a_middle_initial_keeps_its_holder(tagger):
    text = (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan. "
        "The President condemned North Korea's missile launches."
    )
    assert ("USA", "PRK", "ACCUSE", "asserted") in triples(
        tag(tagger, text, datetime.date(2024, 1, 10))
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"This is a flagrant act of aggression," Syria\'s foreign minister said of the Israeli '
            "strike on the consulate.",
            ("SYR", "ISR", "ACCUSE", "asserted"),
        ),
        (
            '"This is a violation of our sovereignty," Syria\'s foreign minister said of the '
            "Turkish raid.",
            ("SYR", "TUR", "ACCUSE", "asserted"),
        ),
        (
            '"We will keep helping you," Albanese told Zelenskiy by phone on Tuesday.',
            ("AUS", "UKR", "CONSULT", "asserted"),
        ),
    ],
)
def test_quoted_reproaches_of_an_act_and_words_told_by_phone(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In a thinly veiled swipe at Washington, Xi warned against "unilateral bullying".',
            ("CHN", "USA", "ACCUSE", "asserted"),
        ),
        (
            "Beijing said Manila had provoked the confrontation at the shoal.",
            ("CHN", "PHL", "ACCUSE", "asserted"),
        ),
        (
            '"Tokyo has deliberately provoked the incident," the Chinese embassy said.',
            ("CHN", "JPN", "ACCUSE", "asserted"),
        ),
        (
            'Seoul expressed "grave concern" over military cooperation between Russia and North '
            "Korea.",
            ("KOR", "PRK", "ACCUSE", "asserted"),
        ),
    ],
)
def test_swipes_provocations_and_concern_over_a_bare_mutual_act(tagger, text, expected):
    assert expected in triples(tag(tagger, text))


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("India rejected Canada's allegations of involvement in the killing.", "CAN", "IND"),
        (
            'Pakistan rejected India\'s "baseless" allegations of cross-border terrorism.',
            "IND",
            "PAK",
        ),
        ("China dismissed U.S. accusations of hacking.", "USA", "CHN"),
    ],
)
def test_a_rejected_accusation_of_the_rejecter_was_made(tagger, text, accuser, accused):
    assert triples(tag(tagger, text)) == {
        (accused, accuser, "REJECT", "asserted"),
        (accuser, accused, "ACCUSE", "asserted"),
    }


def test_an_answer_in_the_sentence_of_the_act_answers_its_maker(tagger):
    text = (
        "The Trump administration raised tariffs on $200 billion worth of Chinese goods, and "
        "Beijing vowed to retaliate, as talks to end the trade war stalled."
    )
    assert ("CHN", "USA", "THREATEN", "asserted") in triples(tag(tagger, text))


def test_countermeasures_said_coordinated_after_a_regret_answer_the_last_act(tagger):
    text = (
        "Washington raised tariffs on Chinese goods. China's Commerce Ministry said it regrets the "
        "decision and would take necessary countermeasures."
    )
    rows = tag(tagger, text)
    assert ("CHN", "USA", "SANCTION", "future") in triples(rows)
    assert {e.source_code for e in rows if e.source_country == "CHN"} == {"CHNGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister met Iraq's prime minister and will travel to Syria next week.",
        "Iran's foreign minister met Iraq's prime minister on Monday and will travel to Syria "
        "next week.",
    ],
)
def test_a_date_after_and_will_is_the_coordinated_plans_not_the_meetings(tagger, text):
    rows = {(e.plover_type, e.modality, e.event_date) for e in tag(tagger, text)}
    met = [row for row in rows if row[0] == "CONSULT"]
    trip = [row for row in rows if row[0] == "AGREE"]
    assert met and all(row[1] == "asserted" and row[2] <= FRIDAY for row in met)
    assert trip and all(
        row[1] == "future" and row[2] > FRIDAY + datetime.timedelta(days=3) for row in trip
    )


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Turkey will not bow to U.S. pressure over its purchase of Russian missiles.", "TUR"),
        ("India risks U.S. sanctions over its purchase of Russian missiles.", "IND"),
    ],
)
def test_its_after_anothers_pressure_is_the_pressed_ones(tagger, text, owner):
    rows = triples(tag(tagger, text))
    assert (owner, "RUS", "COOPERATE", "asserted") in rows
    assert ("USA", "RUS", "COOPERATE", "asserted") not in rows


def test_a_gerund_after_continue_in_a_participle_clause_is_the_sentences_subjects(tagger):
    text = "Putin received Maduro at the Kremlin, pledging to continue supporting Caracas."
    sides = {(e.source_country, e.target_country) for e in tag(tagger, text)}
    assert ("RUS", "VEN") in sides


def test_a_month_before_a_past_conjunct_dates_no_future_act_after_it(tagger):
    text = (
        "North Korea's leader and South Korea's president met in March and agreed to resume "
        "talks between the two Koreas."
    )
    future = [e for e in tag(tagger, text) if e.modality == "future"]
    assert future and all(e.event_date <= FRIDAY for e in future)  # not next March


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CARACAS (Reuters) - Opposition leader Juan Guaido, recognized by more than 50 "
            "countries as the nation's legitimate leader, met U.S. officials on Tuesday.",
            {("VEN", "USA", "CONSULT", "asserted")},
        ),
        (
            "Guaido, recognized by the United States as the nation's legitimate leader, met "
            "Brazil's president.",
            {("USA", "VEN", "SUPPORT", "asserted"), ("VEN", "BRA", "CONSULT", "asserted")},
        ),
        (
            "CARACAS (Reuters) - The U.S. State Department said Maduro no longer had the "
            "authority to expel American diplomats.",
            {("VEN", "USA", "SANCTION", "negated")},
        ),
    ],
)
def test_a_participle_with_its_agent_after_a_name_and_plural_states_in_a_dateline(
    tagger, text, expected
):
    assert triples(tag(tagger, text, datetime.date(2019, 1, 29))) == expected


def test_what_one_is_warned_to_stop_doing_is_not_done(tagger):
    rows = triples(tag(tagger, "Pyongyang warned Seoul to stop importing U.S. weapons."))
    assert not [row for row in rows if row[0] == "KOR" and row[3] == "asserted"]


def test_what_an_agreement_with_a_partner_commits_to_is_its_makers_plan(tagger):
    text = "Washington reached an agreement with the Taliban to withdraw U.S. troops from Kabul."
    rows = triples(tag(tagger, text, datetime.date(2019, 9, 2)))
    assert ("USA", "AFG", "AGREE", "future") in rows
    assert not [
        row for row in rows if row[0] == "AFG" or row[3] == "asserted" and row[2] != "AGREE"
    ]


def test_an_abbreviated_rank_is_the_rank_later(tagger):
    text = (
        "Sudan's army chief Gen. Abdel-Fattah Burhan flew to Cairo on Tuesday. The general "
        "thanked Egypt for its support."
    )
    assert ("SDN", "EGY", "SUPPORT", "asserted") in triples(tag(tagger, text))


def test_talks_tried_to_revive_are_not_held(tagger):
    text = "The United States and Saudi Arabia tried to revive peace talks in Jeddah."
    assert not [row for row in triples(tag(tagger, text)) if row[3] in ("asserted", "future")]


def test_a_pattern_gap_stops_at_a_participle_clause(tagger):
    text = (
        "India has increased its purchases of Russian oil, drawing criticism from Western capitals."
    )
    rows = triples(tag(tagger, text))
    assert ("WST", "IND", "ACCUSE", "asserted") in rows
    assert not [row for row in rows if row[1] == "WST" and row[2] == "COOPERATE"]


def test_an_act_one_is_expected_to_do_is_not_done(tagger):
    text = "Stoltenberg said he expected Turkey to approve Sweden's membership soon."
    rows = triples(tag(tagger, text))
    assert ("TUR", "SWE", "SUPPORT", "hypothetical") in rows
    assert ("TUR", "SWE", "SUPPORT", "asserted") not in rows


def test_trade_cut_off_is_no_trade(tagger):
    rows = triples(tag(tagger, "Turkey cut off all trade with Israel over the war in Gaza."))
    assert not [row for row in rows if row[2] == "COOPERATE"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel will pay for the aid, Egypt said.",  # paying for goods threatens no one
        "The US ambassador has been in Kyiv for three years.",  # a posting, no visit
        "The talks went well, and Beijing called it a constructive meeting.",  # no verdict
        # an intent, no request from Washington
        "For years, Beijing has sought to peel Manila away from Washington.",
        # the resolution condemns, not the abstainer
        "China abstained in the vote on the resolution condemning Russia.",
        # a newspaper or a diplomatic group a city names is no state's organ
        "The Washington Post criticised China.",
        "The Minsk Group urged Armenia to withdraw.",
    ],
)
def test_phrasings_that_make_no_event(tagger, text):
    assert not triples(tag(tagger, text))


def test_a_noun_after_a_verbs_comma_is_no_object_of_the_verb(tagger):
    # "said, in retaliation for": no threat of retaliation (CAMEO's "SAY RETALIATION", 130)
    text = (
        "Russia expelled 10 Norwegian diplomats, the foreign ministry in Moscow said, in "
        "retaliation for Oslo's expulsion of 15 Russian embassy staff in April."
    )
    assert {t[2] for t in triples(tag(tagger, text))} == {"SANCTION"}


def test_the_infinitive_after_a_summoned_envoy_is_the_summoners(tagger):
    text = "The Chinese foreign ministry summoned the U.S. ambassador to lodge a protest."
    assert triples(tag(tagger, text)) == {("CHN", "USA", "ACCUSE", "asserted")}


def test_an_actor_after_a_noun_and_and_opening_a_clause_is_no_object(tagger):
    text = "Japan criticised the plan and China said it would retaliate."
    assert ("JPN", "CHN", "ACCUSE", "asserted") not in triples(tag(tagger, text))


def test_an_actor_that_anothers_words_are_about_is_no_target(tagger):
    text = "Turkey said the French president's remarks about NATO were unacceptable."
    assert triples(tag(tagger, text)) == {("TUR", "FRA", "ACCUSE", "asserted")}


def test_an_act_whose_gerund_was_warned_against_a_few_words_before_is_not_done(tagger):
    rows = tag(tagger, "Washington warned Russia against acquiring weapons from North Korea.")
    assert ("USA", "RUS", "THREATEN", "asserted") in triples(rows)
    assert {e.modality for e in rows if e.source_country == "PRK"} == {"hypothetical"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first batch of Abrams tanks promised by Washington arrived in Ukraine.",
            {("USA", "UKR", "AID", "asserted")},
        ),
        (
            "A plane carrying aid sent by Turkey arrived in Syria.",
            {("TUR", "SYR", "AID", "asserted")},
        ),
    ],
)
def test_goods_sent_by_an_actor_arriving_are_its_aid_not_its_visit(tagger, text, expected):
    assert triples(tag(tagger, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A resolution drafted by Brazil and backed by France was vetoed by the United States.",
        "The resolution, drafted by Brazil and backed by France, was vetoed by the United States.",
    ],
)
def test_backing_a_drafters_text_supports_the_drafter_and_its_veto_answers_the_drafter(
    tagger, text
):
    assert triples(tag(tagger, text)) == {
        ("FRA", "BRA", "SUPPORT", "asserted"),
        ("USA", "BRA", "REJECT", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India snubbed the summit hosted by Pakistan.", {("IND", "PAK", "REJECT", "asserted")}),
        ("Xi skipped the G20 summit hosted by India.", {("CHN", "IND", "REJECT", "asserted")}),
        (
            "Zelensky attended the summit hosted by Saudi Arabia.",
            {("UKR", "SAU", "CONSULT", "asserted")},
        ),
    ],
)
def test_a_gathering_hosted_by_an_actor_is_attended_or_snubbed_not_a_visit_to_its_guest(
    tagger, text, expected
):
    assert triples(tag(tagger, text)) == expected


def test_a_compiled_verb_with_its_by_agent_is_a_participle_not_an_active_verb(tagger):
    rows = triples(tag(tagger, "Russia used drones supplied by Iran in attacks on Kyiv."))
    assert rows == {("IRN", "RUS", "AID", "asserted")}


def test_a_past_form_dated_just_after_publication_stays_asserted(tagger):
    published = datetime.date(2023, 6, 20)
    rows = tag(tagger, "The EU imposed sanctions on Russia on June 21.", published)
    assert triples(rows) == {("EUR", "RUS", "SANCTION", "asserted")}
    rows = tag(tagger, "The EU will impose sanctions on Russia on June 23.", published)
    assert triples(rows) == {("EUR", "RUS", "SANCTION", "future")}


def test_talks_that_broke_down_are_no_breach(tagger):
    text = "Pyongyang said talks with the US in Stockholm had broken down."
    assert ("PRK", "USA", "ACCUSE", "asserted") not in triples(tag(tagger, text))


def test_a_with_phrase_after_a_comma_is_no_preposition_of_the_verb_and_has_its_own_subject(
    tagger,
):
    text = "Russia and Iran deepened defence ties, with Tehran supplying Shahed drones."
    rows = triples(tag(tagger, text))
    assert ("RUS", "IRN", "AID", "asserted") not in rows
    assert ("RUS", "IRN", "AGREE", "asserted") in rows
    text = "The talks ended in Geneva, with Russia accusing Ukraine of stalling."
    assert ("RUS", "UKR", "ACCUSE", "asserted") in triples(tag(tagger, text))


def test_a_numbered_group_after_a_sentence_naming_one_more_actor_is_its_others(tagger):
    text = (
        "The Kremlin summoned the ambassadors of Germany, Sweden and Denmark. It accused the "
        "three countries of hiding the truth about the blasts."
    )
    accused = {row.target_code[:3] for row in tag(tagger, text) if row.sentence_index == 1}
    assert accused == {"DEU", "SWE", "DNK"}


def test_a_speakers_we_without_talks_before_has_no_other_side(tagger):
    text = 'Kishida criticised China. "We agreed to restart shuttle diplomacy," he said.'
    assert {row[2] for row in triples(tag(tagger, text))} == {"ACCUSE"}


def test_the_junta_reads_the_skipped_sentence_that_named_its_state(tagger):
    text = "Niger's army seized power in July. France refused to recognise the junta."
    rows = tag(tagger, text, datetime.date(2023, 8, 20))
    assert ("FRA", "NER", "REJECT", "asserted") in triples(rows)


def test_a_denial_of_the_decision_answers_no_backing_told_in_an_aside(tagger):
    for text in (
        "Israel, backed by the United States, rejected the ceasefire proposal.",
        "Israel, which is backed by the United States, rejected the resolution.",
    ):
        assert ("ISR", "USA", "REJECT", "asserted") not in triples(tag(tagger, text))


def test_a_mediators_compound_without_the_sides_keeps_the_phrase_it_stands_in(tagger):
    rows = triples(tag(tagger, "Israel and Hamas agreed to a Qatar-brokered truce."))
    assert ("ISR", "PSE", "RETREAT", "asserted") in rows
    assert not any(row[0] == "QAT" for row in rows)


def test_talks_that_will_not_take_place_report_no_row(tagger):
    text = "The talks between Iran and the United States will not take place."
    assert {row[3] for row in triples(tag(tagger, text))} == {"negated"}
    text = "The talks between Iran and the United States did not produce an agreement."
    assert ("IRN", "USA", "CONSULT", "asserted") in triples(tag(tagger, text))


def test_a_group_fighting_a_state_is_not_that_states_opposition(tagger):
    for text in (
        "Iran armed militants fighting Israel.",
        "Iran armed militants fighting Israeli forces.",
    ):
        assert not any(row[1] == "ISR" for row in triples(tag(tagger, text)))


def test_an_actor_inside_a_participle_aside_is_no_subject_of_the_verb_after_it(tagger):
    text = (
        "The remarks, made before he left for the NATO summit in Vilnius, drew a swift rebuke "
        "from Brussels."
    )
    assert ("EUR", "NATO", "ACCUSE", "asserted") not in triples(tag(tagger, text))


def test_talks_offered_or_wanted_are_not_held(tagger):
    for text in (
        "The US offered talks with Pyongyang without preconditions.",
        "China wants talks with Taiwan.",
    ):
        rows = triples(tag(tagger, text))
        assert rows and not any(row[2] == "CONSULT" and row[3] == "asserted" for row in rows)


def test_a_relative_clause_without_that_is_the_nouns_passive_with_its_own_date(tagger):
    text = (
        "Beijing has lifted most of the trade restrictions it imposed on Australian goods in 2020."
    )
    rows = tag(tagger, text, datetime.date(2023, 9, 21))
    imposed = [row for row in rows if row.plover_type == "SANCTION"]
    assert [(row.source_country, row.target_country) for row in imposed] == [("CHN", "AUS")]
    assert imposed[0].modality == "historical"
    assert imposed[0].event_date == datetime.date(2020, 1, 1)


def test_an_issue_called_dangerous_is_no_verdict_on_an_actor(tagger):
    text = "Xi told Biden that Taiwan was the most dangerous issue in China-US relations."
    assert not any(row[2] == "ACCUSE" for row in triples(tag(tagger, text)))


def test_a_request_after_an_article_is_the_noun_whose_maker_follows_from(tagger):
    for text in (
        "Israel turned down a request from Ukraine for air defence systems.",
        "Israel received a request from Ukraine for air defence systems.",
    ):
        assert ("ISR", "UKR", "REQUEST", "asserted") not in triples(tag(tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "The UN released a report on aid to Syria.",
        "Ministers from Germany and France held talks about arms sales to Saudi Arabia.",
        "Germany and France held talks on humanitarian aid to Ukraine.",
    ],
)
def test_a_gift_that_is_a_topic_is_neither_given_nor_withheld(tagger, text):
    rows = triples(tag(tagger, text))
    assert not any(row[2] in ("AID", "SANCTION", "COOPERATE") for row in rows)
    if "held talks" in text:
        assert ("DEU", "FRA", "CONSULT", "asserted") in rows


def test_what_a_call_discussed_is_no_side_of_the_call(tagger):
    text = "Putin and Xi discussed Ukraine during a phone call on Friday."
    assert triples(tag(tagger, text)) == {
        ("RUS", "CHN", "CONSULT", "asserted"),
        ("CHN", "RUS", "CONSULT", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "asked", "answer"),
    [
        (
            "Erdogan's call for talks with Assad was rebuffed by Damascus.",
            ("TUR", "SYR", "CONSULT", "hypothetical"),
            ("SYR", "TUR", "REJECT", "asserted"),
        ),
        (
            "Turkey's proposal for talks with Syria was welcomed by Russia.",
            ("TUR", "SYR", "CONSULT", "hypothetical"),
            ("RUS", "TUR", "SUPPORT", "asserted"),
        ),
        (
            "Erdogan's invitation to Assad was rebuffed by Damascus.",
            None,
            ("SYR", "TUR", "REJECT", "asserted"),
        ),
    ],
)
def test_a_noun_asking_for_an_act_frames_that_act_not_the_verb_it_is_subject_of(
    tagger, text, asked, answer
):
    rows = triples(tag(tagger, text))
    assert answer in rows
    assert asked is None or asked in rows


@pytest.mark.parametrize(
    "text",
    [
        "Germany condemned the attack on Ukraine.",
        "Germany condemned the attacks on Ukrainian cities.",
        "Germany condemned the attack on the Iranian embassy.",
        "Iran praised the attack on Israel.",
    ],
)
def test_the_victim_of_a_condemned_or_praised_attack_is_not_its_target(tagger, text):
    assert not any(row[2] in ("ACCUSE", "SUPPORT") for row in triples(tag(tagger, text)))


@pytest.mark.parametrize(
    "text",
    [
        "The UN condemned the massacre of Israeli civilians.",
        "The UN condemned the killing of Iranian scientists.",
        "The EU condemned the arrest of a French citizen.",
    ],
)
def test_the_victims_of_condemned_harm_are_not_its_target(tagger, text):
    assert not any(row[2] == "ACCUSE" for row in triples(tag(tagger, text)))


def test_agreeing_that_sanctions_remain_imposes_none(tagger):
    text = "The EU agreed that sanctions on Russia should remain in place."
    assert ("EUR", "RUS", "SANCTION", "asserted") not in triples(tag(tagger, text))


def test_the_addressee_of_an_accusation_is_not_accused(tagger):
    for text in (
        "Putin told Macron that Kyiv's actions were unacceptable.",
        "Putin told Macron that Kyiv was responsible for the attack.",
    ):
        rows = triples(tag(tagger, text))
        assert ("RUS", "UKR", "ACCUSE", "asserted") in rows
        assert ("RUS", "FRA", "ACCUSE", "asserted") not in rows


def test_an_act_demanded_without_to_is_asked_of_its_subject_and_not_done(tagger):
    rows = triples(tag(tagger, "Kyiv demanded Russia pull its troops from Ukraine."))
    assert ("UKR", "RUS", "REQUEST", "asserted") in rows
    assert ("RUS", "UKR", "RETREAT", "asserted") not in rows
    rows = triples(tag(tagger, "The UN demanded that Russia withdraw from Ukraine."))
    assert ("UNO", "UKR", "REQUEST", "asserted") not in rows


def test_drills_one_state_holds_alone_are_no_cooperation(tagger):
    for text in (
        "China held military drills around Taiwan.",
        "North Korea staged drills near the border with South Korea.",
    ):
        assert not any(row[2] == "COOPERATE" for row in triples(tag(tagger, text)))


def test_refused_talks_are_the_refusers_rejection_alone(tagger):
    text = "Seoul ruled out holding talks with Pyongyang."
    assert triples(tag(tagger, text)) == {("KOR", "PRK", "REJECT", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "France suggested that the EU impose sanctions on Iran.",
        "Brazil proposed that Russia and Ukraine hold peace talks.",
        "Germany recommended that the EU impose sanctions on Iran.",
    ],
)
def test_an_act_proposed_or_suggested_for_another_is_not_done(tagger, text):
    rows = triples(tag(tagger, text))
    assert rows and not any(row[3] == "asserted" for row in rows)


def test_missiles_received_from_a_foe_are_no_aid(tagger):
    text = "Ukraine received Russian missiles overnight."
    assert not any(row[2] == "AID" for row in triples(tag(tagger, text)))


def test_the_south_korean_leader_is_a_demonym_not_the_souths_epithet(tagger):
    text = (
        "South Korea's president arrived in Tokyo on Thursday. The South Korean leader and the "
        "Japanese prime minister agreed to resume shuttle diplomacy."
    )
    assert ("KOR", "JPN", "AGREE", "asserted") in triples(tag(tagger, text))


def test_an_actor_inside_a_home_to_apposition_is_no_subject(tagger):
    text = (
        "Qatar, home to the largest U.S. military base in the Middle East, hosted talks between "
        "Washington and the Taliban."
    )
    assert not any(row[0] == "USA" for row in triples(tag(tagger, text)))


def test_western_leaders_are_no_actor_as_the_guidelines_and_the_weblog_gold_have_it(tagger):
    # the West is an actor as "the West" and Western powers, countries, nations, governments
    # (docs/tagger.md); 2.25.3 had added leaders, officials and diplomats, against the guidelines
    # and a weblog gold line ("accused by Afghan and Western leaders"); 2.26.0 takes them out
    assert triples(tag(tagger, "Western leaders condemned Russia's annexation.")) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Biden had a call with Xi on Monday.", "041"),
        ("Biden held a lengthy call with Xi on Monday.", "041"),
        ("Biden held a video call with Xi on Monday.", "040"),  # by video: a meeting, as before
    ],
)
def test_a_call_held_is_a_phone_call_unless_by_video(tagger, text, code):
    assert [row.cameo_code for row in tag(tagger, text)] == [code]
