// The relations event coding reads, on hand-written sentences, with the shipped model. Each row
// names a dependent, its relation and its head; minimal pairs show the relation turning with the
// construction (active and passive, with and without "by").
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from "./load-syntax-model.js";
import { parseWords } from "./parse-words.js";

const nlp = winkNLP(model);
const syntax = existsSync(DEFAULT_SYNTAX_MODEL) ? loadSyntaxModel() : null;

/** "dependent rel head" triples of a sentence, over wink's tokens. */
function arcs(sentence: string): string[] {
  const forms = nlp.readDoc(sentence).tokens().out();
  return parseWords(syntax!, forms).map(
    (w, i) => `${forms[i]} ${w.rel} ${w.head < 0 ? "ROOT" : forms[w.head]}`,
  );
}

describe.skipIf(!syntax)("dependency relations on hand-written sentences", () => {
  it.each([
    [
      "active verb",
      "Russia sold helicopters to Pakistan.",
      ["Russia nsubj sold", "helicopters obj sold", "Pakistan obl sold"],
    ],
    [
      "passive with by",
      "The helicopters were sold to Pakistan by Russia.",
      ["helicopters nsubj:pass sold", "were aux:pass sold", "Russia obl:agent sold"],
    ],
    [
      "passive without by",
      "The envoy was expelled on Monday.",
      ["envoy nsubj:pass expelled", "Monday obl expelled"],
    ],
    [
      "coordinated subjects",
      "France and Germany condemned the attack.",
      ["France nsubj condemned", "Germany conj France", "attack obj condemned"],
    ],
    [
      "coordinated verbs",
      "The minister arrived in Delhi and met his counterpart.",
      ["minister nsubj arrived", "met conj arrived", "counterpart obj met"],
    ],
    [
      "relative clause",
      "The deal that Japan signed last year was cancelled.",
      ["signed acl:relcl deal", "Japan nsubj signed", "deal nsubj:pass cancelled"],
    ],
    [
      "control verb",
      "Moscow agreed to sell the jets.",
      ["Moscow nsubj agreed", "sell xcomp agreed", "jets obj sell"],
    ],
    [
      "speech verb with a clause",
      "Officials said Iran had seized the tanker.",
      ["said root ROOT", "seized ccomp said", "Iran nsubj seized", "tanker obj seized"],
    ],
    ["possessive", "China's navy entered the strait.", ["China nmod:poss navy", "navy nsubj entered"]],
    [
      "apposition",
      "Sergey Lavrov, the foreign minister, visited Islamabad.",
      ["minister appos Sergey", "Islamabad obj visited"],
    ],
    // "over its nuclear programme" still goes to the verb (obl), where UD would hang it on "talks".
    [
      "prepositional attachment to a noun",
      "Washington held talks with Iran over its nuclear programme.",
      ["talks obj held", "Iran nmod talks"],
    ],
    [
      "prepositional attachment to a verb",
      "Washington sent troops to Iraq in 2003.",
      ["Iraq obl sent", "2003 obl sent"],
    ],
    // A finite verb the greedy parse hung on the first name as a clause heads the sentence; a relative
    // clause with its own relative word stays one.
    [
      "finite verb after a long name",
      "Kim Jong Un has described the plan as a failure.",
      ["Kim nsubj described", "described root ROOT", "plan obj described"],
    ],
    [
      "finite verb split from a long name as if one word",
      "Kim Jong Un described the treaty as a fraud.",
      ["Kim nsubj described", "described root ROOT", "treaty obj described"],
    ],
    // A sentence whose only verb was read as a participle ("Trump, called…") has it as its past tense.
    [
      "past tense read as a participle",
      "Trump called Kim Jong Un a coward.",
      ["Trump nsubj called", "called root ROOT", "Un obj called"],
    ],
    // Root-first parsing read the one verb, spelt as a participle is, as a reduced relative on its subject.
    [
      "a past tense read as a reduced relative on its subject",
      "A guard told police that the prisoners had escaped.",
      ["guard nsubj told", "told root ROOT", "escaped ccomp told"],
    ],
    ["a participle with a 'by' phrase stays one", "Troops sent by Lima.", ["sent acl Troops"]],
    // British news writes titles without the full stop the American treebank has.
    [
      "a title without its full stop",
      "Mr Grant signed the treaty in Lima.",
      ["Grant nsubj signed", "Mr nmod:desc Grant"],
    ],
    ["the same title with it", "Mr. Grant signed the treaty in Lima.", ["Grant nsubj signed"]],
    ["a title the treebank rarely has", "Mrs Grant signed the treaty in Lima.", ["Grant nsubj signed"]],
    // An aside between commas after the subject does not make the verb after it a clause of the subject.
    [
      "a finite verb after an aside on its subject",
      "Party leader Ana Soto, a former judge, has rejected the offer from Lima.",
      ["leader nsubj rejected", "rejected root ROOT"],
    ],
    [
      "fronted phrase before a clause with its own subject",
      "Just prior to the launch, Kenya warned Uganda.",
      ["warned root ROOT", "launch obl warned", "Kenya nsubj warned"],
    ],
    [
      "relative clause with a relative word",
      "The minister who has described the plan as a failure resigned.",
      ["described acl:relcl minister"],
    ],
    // A clause joined by "and" keeps its own subject, which the greedy parse had taken as a second object;
    // a second verb with no subject between shares the first one's.
    [
      "subject of a clause joined by 'and'",
      "Chile has rejected the offer and Bolivia's main political parties have condemned it.",
      ["parties nsubj condemned", "and cc condemned", "condemned conj rejected"],
    ],
    [
      "passive subject of a clause joined by 'and'",
      "Chile took up weight training and its workout regimen of three sessions was not changed.",
      ["regimen nsubj:pass changed"],
    ],
    [
      "a subordinator read as a preposition",
      "Peru warned its residents to take cover as furious Bolivians vowed to strike Chile.",
      ["Bolivians nsubj vowed", "as mark vowed", "vowed advcl warned"],
    ],
    [
      "second verb sharing the subject",
      "Chile has rejected the plan and has opposed the treaty.",
      ["Chile nsubj rejected", "opposed conj rejected", "treaty obj opposed"],
    ],
    // An infinitive takes the plain form: "to" before a plural is a preposition.
    [
      "a plural after 'to'",
      "Chile would not bow to demands to recognise Peru.",
      ["to case demands", "demands obl bow"],
    ],
    ["an infinitive after 'to'", "Chile would not bow to demand a vote.", ["to mark demand"]],
    [
      "indirect object",
      "Russia gave Pakistan four helicopters.",
      ["Pakistan iobj gave", "helicopters obj gave"],
    ],
    // A gerund clause after "despite", "with" or "without" keeps its subject, which the greedy parse had
    // taken as the preposition's object; a bare common noun there is part of the verb.
    [
      "subject of a gerund after 'despite'",
      "Trade fell despite Moscow denouncing the treaty.",
      ["Moscow nsubj denouncing", "despite mark denouncing", "denouncing advcl fell"],
    ],
    // The parser may hang the phrase on a noun and join the gerund to the verb: the same clause all the same.
    [
      "subject of a gerund after 'despite' hung on a noun",
      "“Lima must act,” the minister said in a statement, despite Quito and Bogota repeatedly and firmly denouncing the treaty.",
      ["Quito nsubj denouncing", "despite mark denouncing", "denouncing advcl said"],
    ],
    // A quotation that opens the sentence is the complement of the attribution after it, parsed apart from it.
    [
      "a quotation before its attribution",
      "“Peru’s rash decision is a dangerous, costly and a needless provocation to our region,” Chilean Foreign Minister Ana Soto said on Monday.",
      [
        "decision nsubj dangerous",
        "is cop dangerous",
        "dangerous ccomp said",
        "Ana nsubj said",
        "said root ROOT",
      ],
    ],
    // After the quotation the verb may come first: what follows it is its speaker, not its object.
    [
      "a speaker after the verb of an attribution",
      "“The border stays closed,” read the statement from Quito.",
      ["statement nsubj read", "stays ccomp read"],
      ["statement obj read"],
    ],
    [
      "a speaker after the verb of a long attribution",
      "“We are ready, we are willing, we are able,” says Mendez from the party's office in the port of Callao, where the campaign began.",
      ["Mendez nsubj says"],
      ["Mendez obj says"],
    ],
    [
      "a quotation with a second one after its attribution is left whole",
      "“Peru’s move is a threat,” the minister said, “and we will answer it.”",
      ["threat root ROOT"],
      ["threat ccomp said"],
    ],
    // A participle set off by commas after the subject is an aside; the verb after it heads the sentence.
    [
      "a participle aside after the subject",
      "Kenya, led by its new president, expelled the envoy.",
      ["expelled root ROOT", "Kenya nsubj expelled", "led acl Kenya"],
    ],
    [
      "the same participle as the main verb",
      "Kenya led the talks and expelled the envoy.",
      ["led root ROOT", "Kenya nsubj led", "expelled conj led"],
    ],
    [
      "a perfect 'have' parted from its participle by an adverb",
      "After years of talks, the fishermen have suddenly discovered the pact is void.",
      ["fishermen nsubj discovered", "have aux discovered", "discovered root ROOT"],
    ],
    ["the subject of a participle with 'be'", "When was Kabul founded?", ["Kabul nsubj:pass founded"]],
    // "I" after a name and before a preposition or conjunction is a regnal numeral; before a verb, the pronoun.
    ["a regnal numeral", "The charter of Edward I and his barons was signed.", ["I flat Edward"]],
    ["the pronoun after a name", "After the talks in Paris I met the envoy.", ["I nsubj met"]],

    [
      "a bare noun before a gerund",
      "The navy went two months without test firing a missile.",
      ["firing advcl went"],
      ["test nsubj firing"],
    ],
    [
      "an acronym in brackets after a name renames it, and the name stays the verb's subject",
      "Uganda's Border Patrol Force (BPF) killed three Kenyan herders.",
      ["Force nsubj killed", "BPF appos Force"],
    ],
    [
      "the same name without the acronym",
      "Uganda's Border Patrol Force killed three Kenyan herders.",
      ["Force nsubj killed"],
    ],
    [
      "a bracketed acronym renames the head of a name with 'of'",
      "The Union of Baltic Ports (UBP) criticised the tariff.",
      ["Union nsubj criticised", "UBP appos Union"],
    ],
    [
      "a verb in curly marks after 'to' is still the infinitive, with its object",
      "The junta vowed to “smash” the rebels.",
      ["smash xcomp vowed", "rebels obj smash", "“ punct smash"],
    ],
    [
      "a verb in straight single marks after 'to'",
      "Ankara threatened to 'punish' Athens.",
      ["punish xcomp threatened", "Athens obj punish"],
    ],
    [
      "the same verb without marks",
      "Ankara threatened to punish Athens.",
      ["punish xcomp threatened", "Athens obj punish"],
    ],
    [
      "a zone after a time is no acronym of a name",
      "The talks begin at 10 AM (PST) in Lima.",
      [],
      ["PST appos AM"],
    ],
  ])("%s: %s", (_name, sentence, expected, absent: string[] = []) => {
    const got = arcs(sentence);
    for (const arc of expected) expect(got).toContain(arc);
    for (const arc of absent) expect(got).not.toContain(arc);
  });
});

// wink-nlp's `its.*` helpers are plain functions its `out()` calls unbound, as the library documents.
// eslint-disable-next-line @typescript-eslint/unbound-method
const winkPos = nlp.its.pos;
// The lemma helper's declared type does not fit out()'s signature, though it works at run time.
// eslint-disable-next-line @typescript-eslint/unbound-method
const winkLemma = nlp.its.lemma as unknown as typeof nlp.its.value;
/** A sentence parsed as the pipeline parses it: wink's tags and lemmas as hints, `names` as the dictionaries' finds. */
function parseWithHints(sentence: string, names: readonly string[] = []) {
  const tokens = nlp.readDoc(sentence).tokens();
  const forms = tokens.out();
  const parsed = parseWords(syntax!, forms, {
    upos: tokens.out(winkPos),
    lemmas: tokens.out<string>(winkLemma),
    names: new Set(forms.flatMap((f, i) => (names.includes(f) ? [i] : []))),
    spaced: spacesBefore(sentence, forms),
  });
  return { forms, parsed };
}

/** Whether white space comes before each word of the sentence, as the pipeline tells the parser. */
function spacesBefore(sentence: string, forms: readonly string[]): boolean[] {
  let at = 0;
  return forms.map((f, i) => {
    const start = sentence.indexOf(f, at);
    const spaced = i === 0 || start > at;
    at = start < 0 ? at : start + f.length;
    return spaced;
  });
}

// A noun phrase between spaced dashes renames the noun before it; the clause around it is parsed as if it
// were not there, so that noun keeps its place ("shelled the town – home to a base – with rockets").
describe.skipIf(!syntax)("a noun phrase between dashes", () => {
  it.each([
    [
      "Kenya shelled the port town – home to a naval base – with rockets.",
      ["town obj shelled", "home appos town"],
    ],
    [
      "Peru hosted envoys from Chile -- its old rival -- on Monday.",
      ["rival appos Chile", "Monday obl hosted"],
    ],
  ])("%s", (sentence, expected) => {
    const got = hintedArcs(sentence);
    for (const arc of expected) expect(got).toContain(arc);
  });
});

/** The tag dyad's tagger gives each word, with wink's tags as the pipeline passes them. */
function tags(sentence: string, names: readonly string[] = []): Map<string, string> {
  const { forms, parsed } = parseWithHints(sentence, names);
  return new Map(forms.map((f, i) => [f, parsed[i]!.upos]));
}

// A capitalised word inside the sentence that wink reads as a name is one, where dyad's tagger had a
// common noun ("company Gazprom"); where a sentence opens, a capital says nothing.
describe.skipIf(!syntax)("names that are also words", () => {
  it.each([
    ["The ruling was challenged by a former unit of Russian gas company Gazprom.", "Gazprom", "PROPN"],
    ["Gas prices rose sharply in Kenya.", "Gas", "NOUN"],
    // An adjective does not stand right before a verb: a first word wink reads as a name there is one.
    ["Marcial resigned on Monday.", "Marcial", "PROPN"],
    ["Heavy rain hit the coast.", "Heavy", "ADJ"],
  ])("%s: %s", (sentence, word, upos) => {
    expect(tags(sentence).get(word)).toBe(upos);
  });
});

// A verb in -s that wink reads as one after a singular noun opening a subject is the clause's verb, where dyad's
// greedy tagger had not yet seen what follows ("the army denies that…" read as a plural noun), and so is a
// plain present after a plural subject; after a verb or a preposition the noun phrase is an object, and the
// plural stays a noun.
describe.skipIf(!syntax)("a verb in -s after a subject", () => {
  it.each([
    ["The army denies that troops fired.", "denies", "VERB"],
    // The plain present after a plural, which the tagger had read as an adverb.
    ["The talks resume next week.", "resume", "VERB"],
    ["She covers the city's housing needs.", "needs", "NOUN"],
    ["Peru pays for its school needs.", "needs", "NOUN"],
  ])("%s: %s is %s", (sentence, word, upos) => {
    expect(tags(sentence).get(word)).toBe(upos);
  });
});

// The treebank has few nouns in -ly: after a determiner, a possessive, an adjective or a noun, a word in -ly that
// wink reads as a noun is one ("a staunch ally", "the national assembly"), where dyad's tagger read an adverb;
// an adverb in -ly after a verb stays one.
describe.skipIf(!syntax)("nouns in -ly", () => {
  it.each([
    ["The national assembly voted on Monday.", "assembly", "NOUN"],
    ["Chile, a staunch ally, agreed.", "ally", "NOUN"],
    ["Its lone major ally stayed silent.", "ally", "NOUN"],
    ["The army withdrew quickly.", "quickly", "ADV"],
  ])("%s: %s is %s", (sentence, word, upos) => {
    expect(tags(sentence).get(word)).toBe(upos);
  });
});

// No infinitive is an adjective: a "to" before a word wink reads as one is a preposition ("lost a jet to hostile
// fire"), and an infinitive stays one.
describe.skipIf(!syntax)("an adjective after 'to'", () => {
  it.each([
    ["Peru lost a second jet to hostile fire.", "hostile", "ADJ"],
    ["Peru lost a second jet to hostile fire.", "to", "ADP"],
    ["Peru hopes to win the vote.", "to", "PART"],
  ])("%s: %s is %s", (sentence, word, upos) => {
    expect(tags(sentence).get(word)).toBe(upos);
  });
});

// An irregular past right after its subject is the sentence's verb, where the treebank's web text had too
// few of them for dyad's tagger ("struck" read as a noun made "targets" the verb); a participle-only form
// after a noun ("war torn") and a noun wink does not read as a verb ("tram stop") stay as they were.
describe.skipIf(!syntax)("irregular past forms after a subject", () => {
  it.each([
    ["Israel struck targets in Syria.", "struck", true],
    ["Israel struck targets in Syria.", "targets", false],
    ["The young driver overcame adverse weather to win.", "overcame", true],
    ["The troops have stayed in the war torn country.", "torn", false],
    ["Crowds gathered at the tram stop on Monday.", "stop", false],
  ])("%s: %s is a verb: %s", (sentence, word, verb) => {
    expect(tags(sentence).get(word) === "VERB").toBe(verb);
  });
});

// A word the actor dictionaries found as a name is a proper noun, whatever the tagger makes of it: "Hungary"
// opening a sentence was read as an adjective, and "blocked" after it as modifying "aid".
describe.skipIf(!syntax)("names the actor dictionaries found", () => {
  it.each([
    ["Hungary blocked EU aid to Ukraine.", ["Hungary", "Ukraine"], "Hungary", "PROPN"],
    // A name the dictionaries list in lower case, or a word they did not find, is left to the tagger.
    ["Fresh bread is sold daily in the market.", ["bread"], "bread", "NOUN"],
  ])("%s: %s, %s is %s", (sentence, names, word, upos) => {
    expect(tags(sentence, names).get(word)).toBe(upos);
  });
});

/** "dependent rel head" triples with wink's tags and lemmas as hints, as the pipeline parses. */
function hintedArcs(sentence: string): string[] {
  const { forms, parsed } = parseWithHints(sentence);
  return parsed.map((w, i) => `${forms[i]} ${w.rel} ${w.head < 0 ? "ROOT" : forms[w.head]}`);
}

// A sentence is headed by a verb: where the parse put its root on a noun, a word after the subject that wink
// reads as a verb, and dyad's tagger as a noun or an adverb, is its verb, and the sentence is parsed again.
describe.skipIf(!syntax)("a verb the tagger missed, under a root on a noun", () => {
  it.each([
    [
      "read as a noun, after a subject with a phrase on it",
      "Fishermen along the coast depend on the tides.",
      ["depend root ROOT", "Fishermen nsubj depend", "tides obl depend"],
    ],
    [
      "read as an adverb",
      "Exporters in the region rely on the port.",
      ["rely root ROOT", "Exporters nsubj rely", "port obl rely"],
    ],
  ])("%s: %s", (_name, sentence, expected) => {
    const got = hintedArcs(sentence);
    for (const arc of expected) expect(got).toContain(arc);
  });
});
