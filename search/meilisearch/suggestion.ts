import type { MultiSearchQuery, SearchResponse } from 'meilisearch';
import { tokenize, typoDistance, type QueryWord } from '../french';
import { MAX_RESPELLINGS, pickRespelling, spellingDistance } from '../spelling';

/*
 * "Vouliez-vous dire …" on Meilisearch, which keeps no vocabulary we can read with a search key:
 * respellings are found in the text of the paragraphs its own typo-tolerant search returns for
 * the word and for its first letters (a prefix with one typo reaches "tebbou…" from "tebou"),
 * then each is counted as a phrase (no typo), as the embedded engine counts its candidates.
 */

/** Paragraphs read per probe: enough to see the common spellings near the typed word. */
export const PROBE_HITS = 20;

/** The first letters probed as a prefix: at least five (one typo allowed), about half the word. */
export function probePrefix(norm: string): string {
  const letters = [...norm];
  return letters.slice(0, Math.min(letters.length - 1, Math.max(5, Math.ceil(letters.length / 2) + 1))).join('');
}

/** Two probes per word, in word order: the word itself, then its prefix. */
export function buildRespellingProbes(words: readonly QueryWord[], indexUid: string): MultiSearchQuery[] {
  return words.flatMap((word) => {
    const norm = word.parts[0]!.norm;
    return [`${norm} `, probePrefix(norm)].map(
      (q): MultiSearchQuery => ({
        indexUid,
        q,
        attributesToSearchOn: ['text'],
        attributesToRetrieve: ['text'],
        limit: PROBE_HITS,
        matchingStrategy: 'all',
        locales: ['fra'],
      }),
    );
  });
}

/**
 * The respellings of a folded word seen in probe hits, closest first, each with how the text
 * writes it; the word itself is left out.
 */
export function respellingsFromProbes(
  norm: string,
  responses: readonly Pick<SearchResponse<Record<string, unknown>>, 'hits'>[],
): Map<string, string> {
  const allowed = spellingDistance(norm);
  const found = new Map<string, { written: string; distance: number }>();
  for (const response of responses) {
    for (const hit of response.hits) {
      const text = typeof hit.text === 'string' ? hit.text : '';
      for (const token of tokenize(text)) {
        if (token.norm === norm || found.has(token.norm)) continue;
        const distance = typoDistance(norm, token.norm, allowed);
        if (distance <= allowed) found.set(token.norm, { written: token.text, distance });
      }
    }
  }
  const closest = [...found]
    .sort(([a, x], [b, y]) => x.distance - y.distance || (a < b ? -1 : 1))
    .slice(0, MAX_RESPELLINGS);
  return new Map(closest.map(([candidate, { written }]) => [candidate, written]));
}

/** One count per term, as a phrase (no typo, no prefix), over the text. */
export function buildTermCounts(terms: readonly string[], indexUid: string): MultiSearchQuery[] {
  return terms.map(
    (term): MultiSearchQuery => ({
      indexUid,
      q: `"${term}"`,
      attributesToSearchOn: ['text'],
      attributesToRetrieve: [],
      page: 1,
      hitsPerPage: 1,
      locales: ['fra'],
    }),
  );
}

/** The totals of `buildTermCounts`, in the same order. */
export function termCountsFrom(responses: readonly Pick<SearchResponse, 'totalHits'>[]): number[] {
  return responses.map((r) => r.totalHits ?? 0);
}

/** The terms to count, in order: per word, the word itself, then its respellings. */
export function termsToCount(words: readonly QueryWord[], respellings: readonly Map<string, string>[]): string[] {
  return words.flatMap((word, i) => [word.parts[0]!.norm, ...(respellings[i]?.keys() ?? [])]);
}

/** Each word's respelling (as the text writes it), from the counts of `termsToCount`. */
export function chooseRespellings(
  words: readonly QueryWord[],
  respellings: readonly Map<string, string>[],
  counts: readonly number[],
): Map<QueryWord, string> {
  const chosen = new Map<QueryWord, string>();
  let at = 0;
  words.forEach((word, i) => {
    const own = counts[at++] ?? 0;
    const candidates = new Map<string, number>();
    for (const candidate of respellings[i]?.keys() ?? []) candidates.set(candidate, counts[at++] ?? 0);
    const best = pickRespelling(own, candidates);
    if (best !== null) chosen.set(word, respellings[i]!.get(best)!);
  });
  return chosen;
}
