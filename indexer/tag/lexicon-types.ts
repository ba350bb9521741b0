/** Shapes of the JSON files in `lexicon/`, written by `tools/lexicon/build-data.ts`. Keys are phrase keys. */
export interface PlaceLexicon {
  /** Country and territory names → ISO code (must be capitalised in the text). */
  names: Record<string, string>;
  /** Demonyms in every gender and number → code of the sovereign state. */
  demonyms: Record<string, string>;
  /** Capitals and large cities, French names → code. */
  cities: Record<string, string>;
  /** One-word capitals left out of `cities` as ambiguous ("male", "santiago"): read only in an article that names their country. */
  guarded: Record<string, string>;
  /** Phrases that name something else ("air france", "washington post"). */
  blocked: string[];
  /** First halves of compound adjectives ("algero" in "algéro-marocain"). */
  combining: Record<string, string>;
  /** Names that are also ordinary words: ignored at the start of a sentence. */
  ordinary: string[];
}

export interface FirstNameLexicon {
  names: string[];
  /** First names that are also ordinary words or places ("pierre", "france", "maurice"). */
  ambiguous: string[];
}
