import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDictionary } from "../actors/dictionary.js";
import { HTML_LIMITS } from "../read/html-shape.js";
import { createExtractor, extract, type Extractor } from "./extract.js";

const extractor = createExtractor();

/** Events of a text as compact strings: "SRC>TGT code date modality". */
function events(text: string, published: string | null = null): string[] {
  return extract(text, { published, extractor }).events.map(
    (e) => `${e.source}${e.symmetric ? "=" : ">"}${e.target} ${e.code} ${e.date ?? "-"} ${e.modality}`,
  );
}

describe("event coding", () => {
  it("codes subject and object of a verb, and each member of a list", () => {
    expect(events("Japanese Foreign Minister Taro Kono visited Seoul and Beijing in 2018.")).toEqual([
      "JPN>KOR 04 2018 asserted",
      "JPN>CHN 04 2018 asserted",
    ]);
  });
  it("resolves 'the trilateral' to the three states just named, and dates a visit told as days spent in a capital", () => {
    expect(
      events(
        "Brazil, Argentina and Chile signed a border accord in 2019. The trilateral last met in Lima in 2021.",
      ),
    ).toEqual([
      "BRA=ARG 05 2019 asserted",
      "BRA=CHL 05 2019 asserted",
      "ARG=CHL 05 2019 asserted",
      "BRA=ARG 04 2021 asserted",
      "BRA=CHL 04 2021 asserted",
      "ARG=CHL 04 2021 asserted",
    ]);
    expect(
      events("The Kenyan foreign minister arrived in Kampala in May 2022 after spending two days in Kigali."),
    ).toEqual(["KEN>UGA 04 2022-05 asserted", "KEN>RWA 04 2022-05 asserted"]);
  });
  it("finds the subject after 'when' and before a relative clause set off by commas, whose own date it leaves alone", () => {
    expect(events("Ties improved when Japan and Vietnam signed a port deal in 2016.")).toEqual([
      "JPN=VNM 05 2016 asserted",
    ]);
    expect(
      events(
        "Egypt and Sudan, whose shared border was drawn in January 1899, met again last October.",
        "2015-01-20",
      ),
    ).toEqual(["EGY=SDN 04 2014-10 asserted"]);
  });
  it("keeps the target of an act told again in the paragraph without one, and the full name after a title as the person", () => {
    const x = extract(
      "Chilean President Jorge Alvarez authorized military operations against Bolivia in the Atacama. The border had been tense for months. " +
        "Chile's Defence Minister Pablo Ortega authorized a covert operation in the Atacama.",
      { extractor },
    );
    expect(x.events.map((e) => [e.source, e.target, e.code, e.agents])).toEqual([
      ["CHL", "BOL", "19", ["CHL:Jorge Alvarez"]],
      ["CHL", "BOL", "19", ["CHL:Pablo Ortega"]],
    ]);
    expect(events("Peru's Foreign Minister Ana Cecilia Gervasi visited Chile in 2022.")).toEqual([
      "PER>CHL 04 2022 asserted",
    ]);
  });
  it("turns a passive around", () => {
    expect(events("Turkey was visited by the German Chancellor in 2019.")).toEqual([
      "DEU>TUR 04 2019 asserted",
    ]);
  });
  it("codes joint acts once, as symmetric", () => {
    expect(events("France and Germany signed a defence pact on 3 March 2020.")).toEqual([
      "FRA=DEU 05 2020-03-03 asserted",
    ]);
  });
  it("codes nominal events and buyers as targets of sales", () => {
    expect(events("The sale of Russian helicopters to Pakistan was approved in 2015.")).toEqual([
      "RUS>PAK 06 2015 asserted",
    ]);
    expect(events("Egypt bought jets from France in 2015.")).toEqual(["FRA>EGY 06 2015 asserted"]);
  });
  it("codes an arms deal under negotiation as planned, with the buyer left implicit when the text does not name it", () => {
    expect(events("Indonesia is in talks with France over the purchase of more Rafale jets.")).toEqual([
      "FRA>IDN 06 - planned",
    ]);
    expect(events("Seoul held negotiations with Warsaw on the sale of K2 tanks in 2022.")).toEqual([
      "KOR>POL 06 2022 planned",
    ]);
    expect(
      events(
        "Currently, talks with Paris over buying submarines are in process, which would expand Brazil's navy.",
      ),
    ).toEqual(["FRA>BRA 06 - planned"]);
  });
  it("codes taking a country off a list as easing sanctions, and putting it on a blacklist as imposing them", () => {
    expect(
      events("The United States removed Cuba from its list of state sponsors of terrorism in 2015."),
    ).toEqual(["USA>CUB 08 2015 asserted"]);
    expect(
      events("In 2019 Japan signed a pact moving Vietnam from List C to List B for arms exports."),
    ).toEqual(["JPN=VNM 05 2019 asserted", "JPN>VNM 08 2019 asserted"]);
    expect(events("In 2020 the United States put Cuba on its blacklist again.")).toEqual([
      "USA>CUB 16 2020 asserted",
    ]);
  });
  it("reads 'he' and 'she' as the official named just before, but not in 'his EU counterparts'", () => {
    expect(
      events(
        "Kenyan President William Ruto arrived in Addis Ababa on Monday. He signed a defence pact with Ethiopian Prime Minister Abiy Ahmed.",
      ),
    ).toEqual(["KEN>ETH 04 - asserted", "KEN=ETH 05 - asserted"]);
    expect(events("The Greek foreign minister flew to Ankara in 2021, where she criticized Turkey.")).toEqual(
      ["GRC>TUR 04 2021 asserted", "GRC>TUR 11 2021 asserted"],
    );
    expect(events("French President Emmanuel Macron is meeting his German counterpart in Berlin.")).toEqual([
      "FRA=DEU 04 - asserted",
    ]);
  });
  it("knows a surname alone once the article has named the person in full, and 'the two leaders' as the pair", () => {
    expect(
      events(
        "Chilean President Gabriel Boric arrived on Monday. Later, Boric met Peruvian officials and the two leaders signed a fishing accord.",
      ),
    ).toEqual(["CHL=PER 04 - asserted", "PER=CHL 05 - asserted"]);
    // "his" is the subject's (Erdogan), not the nearer Mitsotakis's: the visit is Turkey's to Greece.
    const x = extract(
      "Turkish President Tayyip Erdogan held talks with Greek Prime Minister Kyriakos Mitsotakis in Athens, his first visit to the Greek capital in six years.",
      { extractor },
    );
    expect(x.sentences[0]!.mentions.find((m) => m.text === "his")?.actors[0]?.code).toBe("TUR");
  });
  it.each([
    // Chinese and Korean names put the family name first; most others put it last.
    ["Chinese President Xi Jinping arrived in Lima. Later, Xi met Peruvian officials.", "Xi", "CHN"],
    ["Chinese President Xi Jinping arrived in Lima. Later, Jinping met Peruvian officials.", "Jinping", null],
    ["Chilean President Gabriel Boric arrived in Lima. Later, Boric met Peruvian officials.", "Boric", "CHL"],
    [
      "Chilean President Gabriel Boric arrived in Lima. Later, Gabriel met Peruvian officials.",
      "Gabriel",
      null,
    ],
  ])("a surname alone, in the order the person's state writes names: %s", (text, word, code) => {
    const second = extract(text, { extractor }).sentences[1]!.mentions;
    expect(second.find((m) => m.text === word)?.actors[0]?.code ?? null).toBe(code);
  });
  it("places a visit in the country of a city it names, but never lets a city act or a city inside a longer name count", () => {
    expect(events("US national security adviser Jake Sullivan travelled to Jeddah in May 2023.")).toEqual([
      "USA>SAU 04 2023-05 asserted",
    ]);
    expect(events("The Kremlin said Jeddah would not be a venue, the New York Times reported.")).toEqual([]);
    expect(extract("The Kyoto Protocol was praised.", { extractor }).sentences[0]!.mentions).toEqual([]);
  });
  it("codes hosting talks between others, restored and severed ties with the state just spoken of, airspace, requests, export controls and blame", () => {
    expect(
      events(
        "Protesters stormed the Danish embassy in Tehran on 4 February 2006. Denmark recalled its ambassador the next day.",
      ),
    ).toContain("DNK>IRN 16 - asserted");
    expect(
      events("Oman hosted talks between Iranian and American negotiators in Muscat in April 2025."),
    ).toEqual(["IRN>OMN 04 2025-04 asserted", "USA>OMN 04 2025-04 asserted"]);
    expect(events("Saudi Arabia restored diplomatic relations with Syria in May 2023.")).toEqual([
      "SAU=SYR 05 2023-05 asserted",
    ]);
    expect(events("Turkish jets entered Greek airspace on 3 May 2022.")).toEqual([
      "TUR>GRC 15 2022-05-03 asserted",
    ]);
    expect(events("Seoul asked Washington for more troops.")).toEqual(["KOR>USA 02 - asserted"]);
    expect(events("In 2019 Japan tightened controls on exports of chemicals to South Korea.")).toEqual([
      "JPN>KOR 16 2019 asserted",
    ]);
    expect(events("Rwanda blamed the attack on Burundi.")).toEqual(["RWA>BDI 11 - asserted"]);
    expect(
      events("Trump said he'd ask for sanctions against Cuba.").filter((e) => !e.endsWith("hypothetical")),
    ).toEqual([]);
  });
  it("keeps apart what only looks like a visit, a passive or a meeting", () => {
    expect(events("A meeting between President Lula and President Milei took place in 2024.")).toEqual([
      "BRA=ARG 04 2024 asserted",
    ]);
    expect(events("Rebels were battling with Afghan and German forces.")).toEqual([]);
    expect(events("The Greek sprinter went on to skip tests in Tel Aviv.")).toEqual([]);
    expect(events("Russian oil company Yukos is due in a US court.")).toEqual([]);
    expect(
      events("Berlin welcomed the decision by India and Pakistan.").every((e) => e.startsWith("DEU>")),
    ).toBe(true);
    expect(events("There are no meetings planned between the US and Iran.")).toEqual([
      "USA=IRN 04 - negated",
    ]);
  });
  it("codes embassies reopened, stormed and marched on, prisoners freed, aid paused and drills held with a partner; reads 'Guyana's president, Irfaan Ali,' as one actor", () => {
    expect(events("Qatar reopened its embassy in Cairo in 2021.")).toEqual(["QAT>EGY 05 2021 asserted"]);
    expect(events("In 2011 crowds in Damascus stormed the Qatari embassy.")).toEqual([
      "SYR>QAT 14 2011 asserted",
    ]);
    expect(events("Iran freed ten British sailors in April 2007.")).toEqual(["IRN>GBR 08 2007-04 asserted"]);
    expect(events("In September 2020, Washington paused $130 million in aid to Ethiopia.")).toEqual([
      "USA>ETH 16 2020-09 asserted",
    ]);
    expect(events("The United States held flight exercises with Guyana on 7 December 2023.")).toEqual([
      "USA=GUY 06 2023-12-07 asserted",
    ]);
    expect(
      events("Maduro and Guyana's president, Irfaan Ali, met in St Vincent on 14 December 2023."),
    ).toEqual(["VEN=GUY 04 2023-12-14 asserted"]);
  });
  it("takes the partner of a deal to buy as the seller, and no coordinated act as a seller", () => {
    expect(events("Greece signed a deal with France in January 2021 to buy 18 Rafale fighter jets.")).toEqual(
      ["FRA>GRC 06 2021-01 asserted"],
    );
    expect(
      events(
        "Moscow endorsed Pakistan's bid to acquire full membership of the SCO and lifted its arms embargo.",
      ),
    ).toEqual(["RUS>PAK 05 - asserted", "RUS>PAK 08 - asserted"]);
  });
  it("dates a day without a year by the month the story was just in, and keeps parties named after a country apart from the state", () => {
    expect(
      events(
        "The second break came in January 2016. After that, Iran's Supreme Leader warned Saudi Arabia on 2 January.",
        "2023-06-26",
      ),
    ).toEqual(["IRN>SAU 13 2016-01-02 asserted"]);
    expect(
      events(
        "Guyana held a referendum in December 2018. Venezuela threatened Guyana on 7 January.",
        "2024-02-12",
      ),
    ).toEqual(["VEN>GUY 13 2024-01-07 asserted"]);
    expect(events("The Bangladesh Nationalist Party criticised India.")).toEqual([]);
  });
  it("reads 'is expected to' as planned, and a hedging adverb as covering its own clause only", () => {
    expect(
      events("Japanese Prime Minister Fumio Kishida is expected to make a return trip to Seoul in May 2023."),
    ).toEqual(["JPN>KOR 04 2023-05 planned"]);
    expect(
      events(
        "Iran allegedly supplied Caracas with drones, and Iranian tankers delivered gasoline to Venezuela in 2020.",
      ),
    ).toEqual(["IRN>VEN 06 - reported", "IRN>VEN 06 2020 asserted"]);
  });
  it("codes envoys summoned or ordered out, cooperation suspended, treaties revoked and drills held, each as its own act", () => {
    expect(
      events(
        "In January 2024, Dhaka summoned India's acting high commissioner. Mali on 31 January 2024 gave the French ambassador 72 hours to leave. " +
          "In May 2024 Mali revoked the 2014 defence treaty with France. Paris suspended joint military operations with Malian forces in June 2024.",
      ),
    ).toEqual([
      "BGD>IND 11 2024-01 asserted",
      "MLI>FRA 16 2024-01-31 asserted",
      "MLI>FRA 16 2024-05 asserted",
      "FRA>MLI 16 2024-06 asserted",
    ]);
    expect(
      events("The armies of India and Bangladesh hold their annual Sampriti exercise in November 2024."),
    ).toEqual(["IND=BGD 06 2024-11 asserted"]);
  });
  it("reads calling a measure a violation as criticism of the state just spoken of", () => {
    expect(
      events(
        "Chile imposed tariffs on Peruvian copper in 2019. Peru called the measures a violation of the trade pact.",
      ),
    ).toEqual(["CHL>PER 16 2019 asserted", "PER>CHL 11 - asserted"]);
  });
  it("codes demands, by verb and by noun", () => {
    expect(events("Kenya demanded compensation from Uganda in 2020.")).toEqual(["KEN>UGA 10 2020 asserted"]);
    expect(events("Ruto's demand that Somalia withdraw its troops was rejected.")).toContain(
      "KEN>SOM 10 - asserted",
    );
  });
  it("dates an act by its own date, not by 'since 2006' or 'a 2001 accord'", () => {
    expect(
      events(
        "On 17 June 2023 Prince Faisal became the first Saudi foreign minister to visit Tehran since 2006.",
      ),
    ).toEqual(["SAU>IRN 04 2023-06-17 asserted"]);
    expect(
      events("Riyadh and Tehran agreed to restore relations and revive a 2001 security accord."),
    ).toEqual(["SAU=IRN 05 - asserted"]);
  });
  it("reads an official 'attacking' a policy as criticism, and the one praised or accused as the doer of the gerund", () => {
    expect(
      events("Canadian Prime Minister Justin Trudeau attacked the way the United States handled the talks."),
    ).toEqual(["CAN>USA 11 - asserted"]);
    expect(events("Russia attacked Ukraine in February 2022.")).toEqual(["RUS>UKR 18 2022-02 asserted"]);
    expect(events("Washington accused Iran of supplying drones to Russia.")).toEqual([
      "USA>IRN 11 - asserted",
      "IRN>RUS 06 - reported",
    ]);
    expect(events("Japan signed a deal with Manila for transferring radars to Vietnam.")).not.toContain(
      "PHL>VNM 06 - asserted",
    );
  });
  it("marks negation, hedges, plans and conditions", () => {
    expect(events("Brazil did not criticize Argentina.")).toEqual(["BRA>ARG 11 - negated"]);
    expect(events("Reportedly, Iran sold drones to Russia last year.", "2023-05-10")).toEqual([
      "IRN>RUS 06 2022 reported",
    ]);
    expect(events("Canada will host the Mexican President next month.", "2024-01-15")).toEqual([
      "MEX>CAN 04 2024-02 planned",
    ]);
    expect(events("If Egypt buys jets from France, Israel would object.")).toEqual([
      "FRA>EGY 06 - hypothetical",
    ]);
    expect(events("On May 1, 2018, Chile praised Peru.")).toEqual(["CHL>PER 05 2018-05-01 asserted"]);
  });
  it("dates 'three months later' from the previous event and resolves 'the two countries'", () => {
    expect(
      events(
        "India and China held talks in Beijing in July 2015. Three months later the two countries signed a trade agreement.",
      ),
    ).toEqual(["IND=CHN 04 2015-07 asserted", "CHN=IND 05 2015-10 asserted"]);
  });
  it("attaches amounts and keeps evidence offsets into the cleaned text", () => {
    const x = extract("Headline\n\nThe United States imposed sanctions on Venezuela worth $2.5 billion.", {
      extractor,
    });
    const [e] = x.events;
    expect(e?.amount).toEqual({ value: 2.5e9, unit: "USD" });
    expect(x.article.text.slice(e!.start, e!.end)).toBe(e!.evidence);
  });
  it("does not code quotations of commentators as events", () => {
    expect(
      events(
        'Analyst John Smith said, "Iran sold drones to Russia and will sell more to Belarus next year."',
      ),
    ).toEqual([]);
  });
  it("codes nothing in a headline or caption", () => {
    expect(events("Russia visits Pakistan\n\nNothing else happened.")).toEqual([]);
  });
});

describe("story dates", () => {
  it.each([
    ["Peru condemned Chile.", "PER>CHL 11 2024-05-10 asserted"],
    ["Peru had condemned Chile.", "PER>CHL 11 - asserted"],
    ["Peru has already condemned Chile.", "PER>CHL 11 - asserted"],
    // A perfect of a habit ("has constantly condemned") tells a pattern, not the news.
    ["Peru has constantly condemned Chile.", "PER>CHL 11 - asserted"],
    ["Peru has condemned Chile.", "PER>CHL 11 2024-05-10 asserted"],
    ["Peru condemned Chile in December.", "PER>CHL 11 2023-12 asserted"],
    ["The following July, Peru condemned Chile.", "PER>CHL 11 - asserted"],
    // A paragraph told in another year is background for the next paragraph too.
    ["Spain met Chile in 2019.\n\nPeru condemned Chile.", "PER>CHL 11 - asserted"],
    ["Spain met Chile on Tuesday.\n\nPeru condemned Chile.", "PER>CHL 11 2024-05-10 asserted"],
    // Only a date that sets its sentence's time carries past the paragraph, not one inside a phrase.
    ["In 2019, Spain met Chile.\n\nPeru condemned Chile.", "PER>CHL 11 - asserted"],
    [
      "The border post, closed by Spain in 2019, reopened.\n\nPeru condemned Chile.",
      "PER>CHL 11 2024-05-10 asserted",
    ],
    ["Spain kept its border open until 2019.\n\nPeru condemned Chile.", "PER>CHL 11 2024-05-10 asserted"],
    ["Chile expelled Bolivia's envoy in 2019. Peru condemned Chile.", "PER>CHL 11 - asserted"],
    // An act told in a relative clause between commas is background to its antecedent, whatever the main
    // clause's date; told in the main clause, it takes that date.
    ["Peru, which has often criticised Chile, met Bolivia on Monday.", "PER>CHL 11 - asserted"],
    ["Peru, which met Bolivia, criticised Chile on Monday.", "PER>CHL 11 2024-05-06 asserted"],
  ])("%s → %s", (text, expected) => {
    expect(events(text, "2024-05-10")).toContain(expected);
  });
  it.each([
    [
      "Chile expelled Bolivia's envoy in March 2019.\n\nIn August that year Peru condemned Chile.",
      "PER>CHL 11 2019-08 asserted",
    ],
    [
      "Chile expelled Bolivia's envoy in March 2019.\n\nIn August Peru condemned Chile.",
      "PER>CHL 11 2023-08 asserted",
    ],
  ])("a month alone is the page's year, 'that year' the story's: %s", (text, expected) => {
    expect(events(text, "2024-05-10")).toContain(expected);
  });
  it.each([
    // 2024-05-09 was a Thursday. A lead telling of the next day's act (a report filed the evening
    // before in another time zone) makes that the day of the news.
    [
      "Peru fired a rocket over Chile on Friday.\n\nBolivia condemned Peru.",
      "BOL>PER 11 2024-05-10 asserted",
    ],
    [
      "Peru fired a rocket over Chile on Thursday.\n\nBolivia condemned Peru.",
      "BOL>PER 11 2024-05-09 asserted",
    ],
    [
      "Peru will fire a rocket over Chile on Friday.\n\nBolivia condemned Peru.",
      "BOL>PER 11 2024-05-09 asserted",
    ],
    // The lead is the first paragraphs, not the first three sentences: a headline and a scene-setting opening come first.
    [
      "Rocket over Chile\n\nOnly days later, the mood changed. Talks stalled. Hopes faded.\n\nPeru fired a rocket over Chile on Friday.\n\nBolivia condemned Peru.",
      "BOL>PER 11 2024-05-10 asserted",
    ],
  ])("the news's day: %s", (text, expected) => {
    expect(events(text, "2024-05-09")).toContain(expected);
  });
  it("leaves an undated act undated when the publication date is unknown", () => {
    expect(events("Peru condemned Chile.")).toEqual(["PER>CHL 11 - asserted"]);
  });
});

describe("force past or beside a state, and force on it", () => {
  it.each([
    ["In May 2019, Russia fired a ballistic missile over Finland.", "15"],
    ["In May 2019, Russia fired a ballistic missile at Finland.", "19"],
    ["In May 2019, Russia fired rockets toward Finland.", "15"],
  ])("%s", (text, root) => {
    const coded = extract(text, { extractor }).events.filter((e) => e.source === "RUS" && e.target === "FIN");
    expect(coded.map((e) => e.code)).toEqual([root]);
  });
});

describe("quotations: the speaker's own side, and others' acts", () => {
  it.each([
    // First person inside a quotation is the speaker's state; an act of one's own side is asserted.
    ['The Peruvian foreign minister said: "We stand with Chile after the storm."', "PER>CHL 05 - asserted"],
    ['"We stand with Chile after the storm," the Peruvian foreign minister said.', "PER>CHL 05 - asserted"],
    [
      '"Our sympathies go out to the people of Chile," the Peruvian foreign minister said.',
      "PER>CHL 05 - asserted",
    ],
    // A pronoun standing for an office holder attributes the quotation too.
    [
      'The Peruvian foreign minister spoke on Monday. She added: "Our thoughts go out to Chile and its people."',
      "PER>CHL 05 - asserted",
    ],
    // Someone else's act told by the speaker stays hearsay.
    ['The Peruvian foreign minister said: "Bolivia expelled the Chilean envoy."', "BOL>CHL 16 - reported"],
    // What the narrator adds outside the quotation is not the speaker's word.
    [
      '"Chile has broken every promise it made at the border talks and must now answer for each one," the Peruvian foreign minister said in a statement, despite Bolivia and Ecuador loudly and often condemning Chile\'s patrols.',
      "BOL>CHL 11 - asserted",
    ],
    [
      '"Bolivia has repeatedly denounced Chile, and it never stops," the Peruvian foreign minister said.',
      "BOL>CHL 11 - reported",
    ],
    // A quotation of several paragraphs flattened onto one line: each opens with a mark, only the last closes.
    [
      'The Peruvian foreign minister said: "The storm was the worst in a century. "We stand with Chile after the storm."',
      "PER>CHL 05 - asserted",
    ],
  ])("%s → %s", (text, expected) => {
    expect(events(text)).toContain(expected);
  });
  it.each([
    // Without a speaker (a commentator, or none) "we" stands for no state.
    'An analyst said: "We stand with Chile after the storm."',
    '"We stand with Chile after the storm," an analyst said.',
  ])("%s → nothing", (text) => {
    expect(events(text)).toEqual([]);
  });
});

// Each row: a text and every record it codes, in order.
const coded: Record<string, [string, string[]][]> = {
  "a relative clause set off by a comma is about the name before it, however the parse hangs it": [
    [
      "Reporters waited for a word from President Boric of Chile, who has repeatedly threatened to punish Peru.",
      ["CHL>PER 13 - asserted"],
    ],
    [
      "Peru, which has repeatedly threatened Chile, met Bolivia.",
      ["PER>CHL 13 - asserted", "PER=BOL 04 - asserted"],
    ],
  ],
  "joint drills: between those who hold them, not with whoever else the sentence names": [
    ["Kenya and Uganda began joint military drills.", ["KEN=UGA 06 - asserted"]],
    ["Kenya began joint military drills with Uganda.", ["KEN=UGA 06 - asserted"]],
    ["Chilean rocket trials coincided with joint naval drills that Peru and Ecuador were holding.", []],
  ],
  "trading threats or insults: each side did it to the other, two acts": [
    [
      "Ecuador traded threats with the Peruvian government last year.",
      ["ECU>PER 13 - asserted", "PER>ECU 13 - asserted"],
    ],
    ["Kenya and Uganda exchanged accusations.", ["KEN>UGA 11 - asserted", "UGA>KEN 11 - asserted"]],
    // A joint act is one record.
    ["Kenya and Uganda held talks.", ["KEN=UGA 04 - asserted"]],
    ["Kenya and Uganda traded goods.", []],
  ],
  "welcoming a state's offer or gesture approves it; welcoming its leader hosts them": [
    ["Peru welcomed Chile's offer of talks.", ["PER>CHL 05 - asserted"]],
    ["The Peruvian president on Monday welcomed Chile's olive branch.", ["PER>CHL 05 - asserted"]],
    ["Peru welcomed the Chilean president.", ["CHL>PER 04 - asserted"]],
    // What is welcomed is the first noun: Chile's support, not Peru's own overtures it is for.
    ["Peru welcomed Chile's support for its overtures.", ["PER>CHL 05 - asserted"]],
  ],
  "a war of words is a quarrel, not a war": [
    [
      "Ecuador has been locked in a war of words with Peru.",
      ["ECU>PER 11 - asserted", "PER>ECU 11 - asserted"],
    ],
    ["Ecuador has been locked in a war with Peru.", ["ECU=PER 19 - asserted"]],
  ],
  "a protest lodged to or with a state, and an envoy summoned": [
    ["Ecuador lodged a formal protest to Peru over the arrest.", ["ECU>PER 11 - asserted"]],
    ["Ecuador lodged a formal protest with Peru over the arrest.", ["ECU>PER 11 - asserted"]],
    ["Peru summoned Chile's ambassador to the foreign ministry.", ["PER>CHL 11 - asserted"]],
  ],
  "several states' intent is toward each other only when what they intend is done together": [
    ["Peru, Chile and Bolivia vowed to investigate the claims.", []],
    [
      "Peru, Chile and Bolivia vowed to deepen their ties.",
      ["PER>CHL 03 - asserted", "PER>BOL 03 - asserted", "CHL>BOL 03 - asserted"],
    ],
    ["Peru and Chile pledged to work together.", ["PER>CHL 03 - asserted"]],
    ["Peru and Chile pledged to investigate.", []],
  ],
  "a state leaving an international body reduces relations with it; leaving a state, or withdrawing troops, does not":
    [
      ["Peru left the Andean Community in 2019.", ["PER>IGOSAM 16 2019 asserted"]],
      ["Peru withdrew from UNESCO in 2019.", ["PER>IGOUNODEV 16 2019 asserted"]],
      ["Peru left Chile in 2019.", ["PER>CHL 04 2019 asserted"]],
      ["Peru withdrew its troops from the UN mission in 2019.", ["PER>UN 08 2019 asserted"]],
    ],
  "a participle on people tells what was done to them; on a state, mostly where it lies": [
    ["Five Peruvian citizens abducted by Chilean spies were freed.", ["CHL>PER 18 - asserted"]],
    ["Five Peruvian citizens were abducted by Chilean spies.", ["CHL>PER 18 - asserted"]],
    ["Bolivia, a country surrounded by Chile and Peru, held elections.", []],
  ],
  "a promise or wish to harm is a threat, not an intent to cooperate": [
    ["Peru vowed to attack Chile.", ["PER>CHL 13 - asserted"]],
    ["Peru vowed to help Chile.", ["PER>CHL 03 - asserted"]],
    ["Peru is ready to impose sanctions on Chile.", ["PER>CHL 13 - asserted"]],
    ["Peru is ready to lift sanctions on Chile.", ["PER>CHL 03 - asserted"]],
    ["Peru vowed retaliation against Chile.", ["PER>CHL 13 - asserted"]],
    ["Peru vowed assistance to Chile.", ["PER>CHL 03 - asserted"]],
    // The harm named only by the field's verb dictionary, not by a hand-written rule.
    ["Peru vowed to destroy Chile.", ["PER>CHL 13 - asserted"]],
    ["Peru vowed to defend Chile.", ["PER>CHL 03 - asserted"]],
    ["Peru pledged to punish Chile.", ["PER>CHL 13 - asserted"]],
    ["Peru pledged to reward Chile.", ["PER>CHL 03 - asserted"]],
    // The harm in quotation marks the writer keeps at a distance: still the verb of the promise.
    ["Peru vowed to “crush” Chile.", ["PER>CHL 13 - asserted"]],
    [
      "Peru vowed to 'crush' Chile and to 'punish' Bolivia.",
      ["PER>CHL 13 - asserted", "PER>BOL 13 - asserted"],
    ],
  ],
  "a subordinator read as a preposition still opens a clause with its own subject": [
    [
      "Peru warned its residents to take cover as furious Bolivians vowed to strike Chile.",
      ["BOL>CHL 13 - asserted"],
    ],
  ],
  "a subject the tree names that is no actor leaves no doer to guess": [
    ["Bolivia said the documents accuse Chile of fraud.", []],
    ["Bolivia said its president accuses Chile of fraud.", ["BOL>CHL 11 - asserted"]],
    ["Bolivia welcomed a ruling that condemned Chile.", []],
    ["Bolivia welcomed the ruling and condemned Chile.", ["BOL>CHL 11 - asserted"]],
    ["Peru was one of the countries that condemned Chile.", ["PER>CHL 11 - asserted"]],
    ["Peru this week condemned Chile.", ["PER>CHL 11 - asserted"]],
  ],
  "'it' after a subject no dictionary knows is that subject, not an earlier actor": [
    ["Peru criticised Chile. Zentrex said it had signed a deal with Bolivia.", ["PER>CHL 11 - asserted"]],
    [
      "Peru criticised Chile. Later it signed a deal with Bolivia.",
      ["PER>CHL 11 - asserted", "PER=BOL 05 - asserted"],
    ],
  ],
  "'it' in the next sentence continues a subject that is no actor": [
    ["The flight left Lima, Peru on time. Later it returned to Chile.", []],
    [
      "Peru recalled its ambassador from Bolivia. Later it returned to Chile.",
      ["PER>BOL 16 - asserted", "PER>CHL 04 - asserted"],
    ],
    ["The report criticised Peru. It praised Chile.", []],
    ["Bolivia criticised Peru. It praised Chile.", ["BOL>PER 11 - asserted", "BOL>CHL 05 - asserted"]],
  ],
  "'the two leaders' are the last two office holders named, and of one state they are that state": [
    [
      "Barack Obama met Donald Trump at the White House in 2016. The two presidents signed a deal with Japan.",
      ["USA=JPN 05 - asserted"],
    ],
    [
      "Barack Obama met Donald Trump at the White House in 2016. There were no talks between the two presidents.",
      [],
    ],
    [
      "Barack Obama met Shinzo Abe in Tokyo in 2014. The two leaders signed a deal.",
      ["USA=JPN 04 2014 asserted", "USA=JPN 05 - asserted"],
    ],
  ],
  "'the president' named bare is the last holder of that office named, not an office of its own": [
    ["Kenyan President William Ruto flew home. The president condemned Uganda.", ["KEN>UGA 11 - asserted"]],
    // A different office, "of" a state, or a name after it: the phrase names its own holder or none.
    ["Kenyan President William Ruto flew home. The prime minister condemned Uganda.", []],
    [
      "Kenyan President William Ruto flew home. The president of Tanzania condemned Uganda.",
      ["TZA>UGA 11 - asserted"],
    ],
  ],
  "a place joined to 'based', 'bound', 'born' or 'made' describes a thing and is no actor": [
    ["A London-based think tank criticised Russia.", []],
    ["London criticised Russia.", ["GBR>RUS 11 - asserted"]],
    ["The Tokyo-bound flight returned to Washington.", []],
    ["The Japanese delegation returned to Washington.", ["JPN>USA 04 - asserted"]],
  ],
  "idioms: paying tribute is praise, calling a truce de-escalates": [
    ["Peru's president paid tribute to Chile's president.", ["PER>CHL 05 - asserted"]],
    ["Peru paid 5 million dollars to Chile.", ["PER>CHL 06 - asserted"]],
    ["Peru called a truce with Chile.", ["PER>CHL 08 - asserted"]],
    ["Peru called Chile on Monday.", ["PER>CHL 04 - asserted"]],
    // Someone "en route to" a state is travelling there; a thing en route is no visit.
    ["The Peruvian president was en route to Chile.", ["PER>CHL 04 - asserted"]],
    ["The shipment was en route to Chile.", []],
  ],
  "a statement given to a news outlet is not one to its state": [
    ["The Peruvian president told the BBC that talks would resume.", []],
    ["The Peruvian president told Britain that talks would resume.", ["PER>GBR 01 - asserted"]],
    ["The Peruvian president was speaking to the BBC.", []],
    ["The Peruvian president was speaking to Britain's foreign minister.", ["PER>GBR 01 - asserted"]],
  ],
  "condolences, and regret or mourning over deaths, are an empathetic comment (01); regret of a decision is criticism (11)":
    [
      ["Peru offered its condolences to Chile.", ["PER>CHL 01 - asserted"]],
      ["Peru regretted the deaths of Chilean miners.", ["PER>CHL 01 - asserted"]],
      ["Peru mourned the killing of Chilean miners.", ["PER>CHL 01 - asserted"]],
      ["Peru regretted Chile's decision to leave the talks.", ["PER>CHL 11 - asserted"]],
    ],
  "an event noun that modifies the noun after it names a kind of thing, not an act": [
    ["A Peruvian investment bank sued a firm in Chile.", []],
    ["Peru's investment in Chile rose.", ["PER>CHL 06 - asserted"]],
  ],
  "a passive 'met with' and no 'by' tells how a thing was received; with 'by' it is a meeting": [
    ["The Peruvian proposal was met with scepticism in Chile.", []],
    ["The Peruvian president was met by Chile's foreign minister.", ["CHL=PER 04 - asserted"]],
  ],
  "meeting, hosting and being somewhere are done by people or bodies, not by things they have": [
    ["Peru's ministers met Chile's envoy.", ["PER=CHL 04 - asserted"]],
    ["Peru's mines barely met Chile's appetite for copper.", []],
    ["Chile welcomed the Peruvian delegation.", ["PER>CHL 04 - asserted"]],
    ["The Peruvian offer was welcomed by Chile.", []],
    ["The Peruvian president will be in Chile.", ["PER>CHL 04 - asserted"]],
    ["The Peruvian bond sale will be in Chile.", []],
    ["Peru's remarks met a frosty response from Chile.", []],
    ["Chile welcomed the Peruvian statement.", ["CHL>PER 05 - asserted"]],
  ],
  "an official's attack made by speaking ('…, saying', '…, accusing') is criticism; one made with arms stays an assault":
    [
      [
        "The Peruvian president attacked Chilean bankers, saying they had ruined the region.",
        ["PER>CHL 11 - asserted"],
      ],
      ["The Peruvian president attacked Chilean bankers, accusing them of greed.", ["PER>CHL 11 - asserted"]],
      ["The Peruvian president attacked Chilean bankers.", ["PER>CHL 18 - asserted"]],
      ["Peruvian troops attacked Chilean positions, killing two soldiers.", ["PER>CHL 18 - asserted"]],
    ],
  "'the country' a leader protects or defends is their own; one they threaten is the other named": [
    ["Chile's president spoke on Monday. Peru's president vowed to protect the country.", []],
    [
      "Chile's president spoke on Monday. Peru's president vowed to attack the country.",
      ["PER>CHL 13 - asserted"],
    ],
  ],
  "insisting that something be done is a demand; insisting that something is so is not": [
    ["Peru insisted that Chile withdraw its envoy.", ["PER>CHL 10 - asserted"]],
    ["Peru insisted that Chilean ministers leave the talks.", ["PER>CHL 10 - asserted"]],
    ["Peru insisted that Chile had withdrawn its envoy.", []],
    ["Peru insisted that Chilean ministers are honest.", []],
  ],
  "a state's region or island is, like its cities, where something happens, never an actor": [
    ["Chile's president flew to Bavaria.", ["CHL>DEU 04 - asserted"]],
    ["Peru fired a missile over Hokkaido.", ["PER>JPN 15 - asserted"]],
    ["Bavaria criticised Chile.", []],
  ],
  "an acronym the article defines in brackets names the same actor as the name before it, wherever it is used":
    [
      [
        "The Kenyan Coast Patrol Unit (KCPU) was formed in May. Later the KCPU criticised Somalia.",
        ["KEN>SOM 11 - asserted"],
      ],
      ["Later the KCPU criticised Somalia.", []],
      // Over what a dictionary says the acronym stands for elsewhere (India's BSF).
      [
        "The Nepalese Border Security Force (BSF) was formed in May. Later the BSF criticised Bhutan.",
        ["NPL>BTN 11 - asserted"],
      ],
      ["Later the BSF criticised Bhutan.", ["IND>BTN 11 - asserted"]],
      // A party named after a region is not its state or body.
      ["The European People's Party (EPP) met in May. Later the EPP criticised Somalia.", []],
    ],
  "insulting, vilifying or demonising a state is criticism": [
    ["Peru insulted Chile.", ["PER>CHL 11 - asserted"]],
    ["Peru's president vilified Chile.", ["PER>CHL 11 - asserted"]],
    ["Peru's government demonised Chile.", ["PER>CHL 11 - asserted"]],
    ["Peru's government consulted Chile.", ["PER>CHL 04 - asserted"]],
  ],
  "standing with a state": [
    ["Peru stands with Chile.", ["PER>CHL 05 - asserted"]],
    ["Peru stands in solidarity with Chile.", ["PER>CHL 05 - asserted"]],
    ["Peru stood firmly by Chile.", ["PER>CHL 05 - asserted"]],
    ["Peruvian troops stand by in Lima.", []],
    ["Peru's position stands in contrast to Chile's.", []],
  ],
};

describe.each(Object.entries(coded))("%s", (_phenomenon, rows) => {
  it.each(rows)("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });
});

describe("one extractor per set of dictionaries", () => {
  // An invented foreign minister, known only to the second extractor's dictionary.
  const dir = mkdtempSync(join(tmpdir(), "dyad-extractor-"));
  mkdirSync(join(dir, "actors", "officials"), { recursive: true });
  writeFileSync(
    join(dir, "actors", "officials", "invented.json"),
    JSON.stringify([
      { name: "Zorvan Quellit", terms: [{ country: "NOR", office: "foreign-minister", from: "2001-01-01" }] },
    ]),
  );
  const own = createExtractor(loadDictionary([dir]));
  const text = "Zorvan Quellit visited Sweden.";
  const coded = (x: Extractor) =>
    extract(text, { extractor: x }).events.map((e) => `${e.source}>${e.target}`);

  it("codes with its own dictionary, whichever extractor ran before", () => {
    expect([coded(extractor), coded(own), coded(extractor), coded(own)]).toEqual([
      [],
      ["NOR>SWE"],
      [],
      ["NOR>SWE"],
    ]);
  });
});

describe("messages on the document", () => {
  const messages = (text: string, published: string | null) =>
    extract(text, { extractor, published }).messages.map((m) => [
      m.rule,
      m.span && text.slice(m.span.start, m.span.end),
    ]);

  it.each([
    ["a weekday with no page date", "Peru criticised Chile on Friday.", null, [["dates", "on Friday"]]],
    ["the same with the page's day", "Peru criticised Chile on Friday.", "2019-05-03", []],
    [
      "a weekday with only the page's month",
      "Peru criticised Chile on Friday.",
      "2019-05",
      [["dates", "on Friday"]],
    ],
    ["yesterday with no page date", "Peru criticised Chile yesterday.", null, [["dates", "yesterday"]]],
    ["a day without a year, no page date", "Peru criticised Chile on May 3.", null, [["dates", "May 3"]]],
    ["a full date needs no page", "Peru criticised Chile on May 3, 2019.", null, []],
  ])("%s", (_case, text, published, expected) => {
    expect(messages(text, published)).toEqual(expected);
  });

  it("names the dates it left undated and says how to date them", () => {
    const [m] = extract("Peru criticised Chile on Friday. Chile replied on Saturday.", {
      extractor,
    }).messages;
    expect(m?.reason).toMatch(/2 date\(s\).*"on Friday", "on Saturday".*--published/);
  });

  it.each([
    ["a page nested past the reader's limit is read as text, and says so", 10, [["read", null]]],
    ["a page within it is read as HTML", -10, []],
  ])("%s", (_case, over, expected) => {
    const depth = HTML_LIMITS.depth + over;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Peru criticised Chile.</p>${"</div>".repeat(depth)}</body></html>`;
    expect(messages(html, null)).toEqual(expected);
  });
});
