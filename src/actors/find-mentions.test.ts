import { describe, expect, it } from "vitest";
import { createExtractor, extract } from "../pipeline/extract.js";

const extractor = createExtractor();

/** Actor codes and roles found in one sentence, in order. */
function actors(text: string, published: string | null = null) {
  const x = extract(text, { published, extractor });
  return x.sentences.flatMap((s) =>
    s.mentions.map((m) => `${m.text}=${m.actors.map((a) => `${a.code}/${a.role}`).join("+")}`),
  );
}

describe("a surname alone", () => {
  it.each([
    // Kim Campbell was Canada's prime minister from June to November 1993.
    ["Campbell spoke to reporters.", "1993-08-01", ["Campbell=CAN/GOV"]],
    ["Campbell spoke to reporters.", "2005-03-01", []],
    // Undated: the likelier holder is one still in office.
    ["Campbell spoke to reporters.", null, []],
    ["Putin spoke to reporters.", null, ["Putin=RUS/GOV"]],
    // After the full name, the surname is that person whatever the date.
    [
      "Prime Minister Kim Campbell met reporters. Campbell said little.",
      "2005-03-01",
      ["Prime Minister Kim Campbell=CAN/GOV", "Campbell=CAN/GOV"],
    ],
    // With or without the accents the dictionary keeps (Hugo Chávez died in office in 2013).
    [
      "Venezuelan President Hugo Chávez was remembered. Chavez had ruled for years.",
      "2015-03-01",
      ["Venezuelan President Hugo Chávez=VEN/GOV", "Chavez=VEN/GOV"],
    ],
  ])(
    "names a listed official only while in office, or after the full name: %s (%s)",
    (text, published, expected) => {
      expect(actors(text, published)).toEqual(expected);
    },
  );
});

// A name quoted after "the word", "the name", "the term" is a word talked about, not its bearer; the same name
// quoted as what someone said it is, or after a full name, still is.
describe("a name quoted as a word", () => {
  it.each([
    ["The blogger used the word 'Russia' eleven times.", "2020-01-01", []],
    ["The blogger criticised 'Russia' eleven times.", "2020-01-01", ["Russia=RUS/GOV"]],
    ["The report names the term “Kremlin” twice.", "2020-01-01", []],
    [
      "President Vladimir Putin spoke. A critic counted the name 'Putin' in the text.",
      "2020-01-01",
      ["President Vladimir Putin=RUS/GOV"],
    ],
    [
      "President Vladimir Putin spoke. A critic quoted 'Putin' in the text.",
      "2020-01-01",
      ["President Vladimir Putin=RUS/GOV", "Putin=RUS/GOV"],
    ],
  ])("%s (%s)", (text, published, expected) => {
    expect(actors(text, published)).toEqual(expected);
  });
});

describe("a pronoun in what someone says", () => {
  // Gabriel Boric (Chile) and Dina Boluarte (Peru) were both in office in May 2023.
  it.each([
    [
      "Gabriel Boric criticised the plan, prompting Dina Boluarte to say she would not attend.",
      ["Gabriel Boric=CHL/GOV", "Dina Boluarte=PER/GOV", "she=PER/GOV"],
    ],
    [
      "Gabriel Boric met Dina Boluarte, who told reporters she would visit Quito.",
      ["Gabriel Boric=CHL/GOV", "Dina Boluarte=PER/GOV", "she=PER/GOV", "Quito=ECU/GOV"],
    ],
    // Said by the subject: the subject.
    [
      "Gabriel Boric met Dina Boluarte and said he would visit Quito.",
      ["Gabriel Boric=CHL/GOV", "Dina Boluarte=PER/GOV", "he=CHL/GOV", "Quito=ECU/GOV"],
    ],
  ])("is the one who says it: %s", (text, expected) => {
    expect(actors(text, "2023-05-10")).toEqual(expected);
  });
});

describe("actor mentions", () => {
  it("codes capitals and seats of power as their state", () => {
    expect(actors("The Kremlin warned Kyiv while Washington watched.")).toEqual([
      "Kremlin=RUS/GOV",
      "Kyiv=UKR/GOV",
      "Washington=USA/GOV",
    ]);
  });
  it("ignores places named after a state", () => {
    expect(
      actors("Warships from Latin America sailed into the Indian Ocean and the South China Sea."),
    ).toEqual([]);
  });
  it("codes historical names as the successor state", () => {
    expect(actors("The Soviet Union invaded Afghanistan.")).toEqual([
      "Soviet Union=RUS/GOV",
      "Afghanistan=AFG/GOV",
    ]);
  });
  it.each([
    // A dependency's defence and foreign relations are its sovereign's.
    ["Chile threatened Guam.", ["Chile=CHL/GOV", "Guam=USA/GOV"]],
    ["Chile threatened Gibraltar.", ["Chile=CHL/GOV", "Gibraltar=GBR/GOV"]],
    // A state in free association, or in its own right, stays itself.
    ["Chile threatened Palau.", ["Chile=CHL/GOV", "Palau=PLW/GOV"]],
  ])("codes a dependent territory as its sovereign state: %s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
  it.each([
    ["Chile condemned Nairobi on Monday.", "Nairobi", "capital"],
    // A day after a place is no part of its name.
    ["Chile condemned Nairobi Monday.", "Nairobi", "capital"],
    ["A Chilean jet landed at Tokyo Narita Airport.", "Tokyo", "city"],
    ["Students at Nairobi University marched against Chile.", "Nairobi", "city"],
  ])("reads a capital that begins another name as a place only: %s", (text, capital, form) => {
    const mention = extract(text, { extractor })
      .sentences.flatMap((s) => s.mentions)
      .find((m) => m.text === capital);
    expect(mention?.form).toBe(form);
  });
  it.each([
    ["Chileans protested against Peru.", ["Chileans=CHL/CVL", "Peru=PER/GOV"]],
    ["Chile protested against Peru.", ["Chile=CHL/GOV", "Peru=PER/GOV"]],
  ])("codes a state's people as its civilians, not its government: %s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
  it.each([
    ["Chile and Peru met in Lima. Both signed the accord.", true],
    // "both … and" joins two phrases and stands for no one.
    ["Chile and Peru met in Lima. Both directly and through envoys, Bolivia pressed them.", false],
    // So does a name after it, however long the first phrase is.
    [
      "Chile and Peru met in Lima. Both Bolivian President Luis Arce of the ruling socialist movement and Evo Morales objected.",
      false,
    ],
  ])(
    "'Both' opening a clause stands for the pair just named, unless 'and' or a name follows it: %s",
    (text, pair) => {
      expect(actors(text).some((a) => a.startsWith("Both="))).toBe(pair);
    },
  );
  it("reads nationality from titles with no dictionary entry for the person", () => {
    expect(actors("Kenyan Defence Minister John Doe arrived.")).toEqual([
      "Kenyan Defence Minister John Doe=KEN/GOV",
    ]);
    expect(actors("Pakistan Army chief Gen Bajwa spoke.")[0]).toMatch(/=PAK\/MIL$/);
  });
  it.each([
    // A spokesperson speaks for the body named before the title, in that body's role.
    ["The Kenyan Foreign Ministry spokeswoman spoke.", "KEN/GOV"],
    ["A Kenyan army spokesman spoke.", "KEN/MIL"],
    // With no body named, the field's dictionary gives a spokesperson the media's role.
    ["A Kenyan spokesman spoke.", "KEN/MED"],
  ])("gives a spokesperson the role of the body they speak for: %s", (text, role) => {
    expect(actors(text)[0]).toMatch(new RegExp(`=${role}$`));
  });
  it.each([
    [
      "The Kenyan ambassador to the United Nations spoke.",
      ["Kenyan ambassador to the United Nations=KEN/GOV"],
    ],
    ["Kenya's envoy to Uganda spoke.", ["Kenya's envoy to Uganda=KEN/GOV"]],
    ["Their ambassador to the United Nations spoke.", []],
    // Where an envoy was sent is a place the act goes to, not a posting.
    ["Kenya sent an envoy to Uganda.", ["Kenya=KEN/GOV", "Uganda=UGA/GOV"]],
  ])("reads where an envoy is posted as part of the title: %s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
  it("codes a company named with its nationality as a business of that state", () => {
    expect(actors("a Pakistani company DMI Associates signed the deal")).toEqual([
      "Pakistani company DMI Associates=PAK/BUS",
    ]);
  });
  it("resolves office holders by the event's date", () => {
    expect(actors("In 2015 Raheel Sharif flew out.")).toEqual(["Raheel Sharif=PAK/MIL"]);
    expect(actors("In 2021 Lavrov arrived.")).toEqual(["Lavrov=RUS/GOV"]);
  });
  it("treats commentators and outlets as voices, not actors", () => {
    expect(actors("Indian media reported that analysts were surprised.")).toEqual([]);
  });
  it("resolves 'the two countries' and 'the latter' to earlier states", () => {
    expect(actors("Chile and Peru met. The two countries signed a deal.")).toContain(
      "The two countries=PER/GOV+CHL/GOV",
    );
    expect(actors("Chile and Peru met in 2019. Bolivia later praised the latter.").at(-1)).toBe(
      "the latter=PER/GOV",
    );
  });
  it.each([
    ["Chile and Peru met. The former then praised Bolivia.", ["The former=CHL/GOV"]],
    ["Chile and Peru met. The latter, however, praised Bolivia.", ["The latter=PER/GOV"]],
    // Before a noun the word is an adjective: "the former captives", "the former foreign minister".
    ["Chile and Peru met. The former captives then praised Bolivia.", []],
    ["Chile and Peru met. The former foreign minister praised Bolivia.", []],
  ])("reads 'the former' and 'the latter' as pronouns only: %s", (text, expected) => {
    expect(actors(text).filter((m) => /^the (?:former|latter)/i.test(m))).toEqual(expected);
  });
  it.each([
    ["Chile, Peru and Bolivia met. The three countries signed a deal.", ["The three countries"]],
    ["Chile, Peru and Bolivia met. The three leaders signed a deal.", ["The three"]],
    ["Chile, Peru and Bolivia met. The three then signed a deal.", ["The three"]],
    // A count before a noun of its own counts that noun: a title, people, things.
    ["Chile, Peru and Bolivia met. The Three Rivers festival opened.", []],
    ["Chile, Peru and Bolivia met. The three Chilean ministers then left.", []],
  ])("reads 'the three' as a group of states only alone or before a word for them: %s", (text, expected) => {
    expect(
      actors(text)
        .filter((m) => /^the three/i.test(m))
        .map((m) => m.split("=")[0]),
    ).toEqual(expected);
  });
  it.each([
    // The two states named earlier in the same sentence, however often others were named before.
    [
      "Chile tested a rocket. Chile warned Peru. Bolivia and Ecuador protested, with the two governments calling for talks.",
      "the two governments=ECU/GOV+BOL/GOV",
    ],
    [
      "Chile tested a rocket. Chile warned Peru. Bolivia protested, with the two governments calling for talks.",
      "the two governments=CHL/GOV+PER/GOV",
    ],
  ])("'the two' in the sentence that names them: %s", (text, expected) => {
    expect(actors(text)).toContain(expected);
  });
  it.each([
    ["after its full name", "North Korea tested a rocket. Tokyo warned the North again.", ["the North=PRK"]],
    ["as a possessor", "South Korea held drills. The South's navy took part.", ["The South=KOR"]],
    [
      "for the half named, not the other",
      "North Korea and South Korea met. The South proposed talks.",
      ["The South=KOR"],
    ],
    ["never before a state of that half is named", "Voters in the North backed him. Chile and Peru met.", []],
    ["never in lower case", "North Korea tested a rocket. Storms hit the north.", []],
    [
      "never as the start of a longer name",
      "South Korea held drills. Ships crossed the South China Sea.",
      [],
    ],
  ])("reads 'the North' or 'the South' as a state %s", (_, text, expected) => {
    expect(
      actors(text)
        .filter((m) => /^the (?:north|south)\b/i.test(m))
        .map((m) => m.replace(/\/\w+$/, "")),
    ).toEqual(expected);
  });
  it.each([
    ["Chile warned Peru about its rockets.", "its=CHL"],
    // A name a verb follows is the subject of its own clause, even after a preposition-like word.
    ["Chile spoke after Peru tested its rockets.", "its=PER"],
    ["Chile spoke about Peru and its rockets.", "its=CHL"],
  ])("'its' continues the nearest subject: %s", (text, expected) => {
    expect(
      actors(text)
        .map((m) => m.replace(/\/\w+$/, ""))
        .at(-1),
    ).toBe(expected);
  });
  it.each([
    [
      "the subject named before",
      "Chile launched a satellite. The isolated state has done so before.",
      ["The isolated state=CHL"],
    ],
    [
      "a state named earlier in its own sentence",
      "Peru's president said the country would not yield.",
      ["the country=PER"],
    ],
    // An object is not its sentence's own subject: the regime warned is the other state.
    [
      "never the subject of the verb it is the object of",
      "Chile tested a rocket. Peru warned the regime again.",
      ["the regime=CHL"],
    ],
    // Named again after its first mention, the subject's state is the nearest one again; not by its people.
    [
      "the subject's state when it is named again",
      "Chile courted Peru while rewriting Chile's charter to let the country rearm.",
      ["the country=CHL"],
    ],
    [
      "another state when the subject's state is not named again",
      "Chile courted Peru while rewriting its charter to let the country rearm.",
      ["the country=PER"],
    ],
    [
      "another state when only the subject's people are named again",
      "Uganda's army seized power. Kenya ordered Kenyans evacuated from the country.",
      ["the country=UGA"],
    ],
    ["as a possessor", "Panama grew fast. The country's economy is strong.", ["The country=PAN"]],
    // A broadcaster names its state only in passing.
    [
      "a state named before",
      "Reporting from Britain. Peru's president praised the nation.",
      ["the nation=GBR"],
    ],
    ["never a broadcaster's state", "Reporting by the BBC. Peru's president praised the nation.", []],
    ["never as one of several", "Chile and Peru met. The other country disagreed.", []],
    ["never before a noun it modifies", "Chile tested a rocket. The state media praised it.", []],
    ["never before 'of'", "Chile tested a rocket. The state of emergency ended.", []],
  ])("reads 'the country', 'the regime', 'the state' as a state %s", (_, text, expected) => {
    expect(
      actors(text)
        .filter((m) => /^the (?:[a-z]+ )?(?:country|regime|state|nation)\b/i.test(m))
        .map((m) => m.replace(/\/\w+$/, "")),
    ).toEqual(expected);
  });
});

// A name that may mean something else ("Niger" the river, "Jordan" a person) counts only where the article
// names the same state unambiguously elsewhere.
describe("names that may mean something else", () => {
  it.each([
    ["Mali and Niger signed a defence pact.", ["Mali=MLI/GOV"]],
    [
      "Nigerien troops patrolled the border. Mali and Niger signed a defence pact.",
      ["Nigerien troops=NER/MIL", "Mali=MLI/GOV", "Niger=NER/GOV"],
    ],
    ["Boats sailed up the Niger from Mali.", ["Mali=MLI/GOV"]],
  ])("%s", (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe("an acronym the article defines in brackets", () => {
  it.each([
    [
      "names the actor before it, and again later",
      "The Chadian Border Guard (CBG) was formed in May. The CBG grew.",
      ["Chadian Border Guard=TCD/MIL", "CBG=TCD/MIL", "CBG=TCD/MIL"],
    ],
    ["names nothing where the article never defines it", "The CBG grew.", []],
    // "IS" for the Islamic State in a headline in capitals is as likely the verb.
    [
      "is no actor inside a headline in capitals",
      "The Chadian Border Guard (CBG) was formed in May. WHY CBG GREW.",
      ["Chadian Border Guard=TCD/MIL", "CBG=TCD/MIL"],
    ],
  ])("%s: %s", (_name, text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});
