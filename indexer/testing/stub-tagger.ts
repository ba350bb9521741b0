import type { Tagger } from '../tag/types';

/**
 * A tagger double for the job's tests (the real tagger is tested in `indexer/tag/`): it finds
 * the literal names it is given, and counts the paragraphs it was asked to tag.
 */
export function createStubTagger(names: { persons?: string[]; countries?: Record<string, string> } = {}) {
  const tagged: string[] = [];
  const tagger: Tagger = {
    tagArticle: (paragraphs) =>
      paragraphs.map((text) => {
        tagged.push(text);
        return {
          persons: (names.persons ?? []).filter((p) => text.includes(p)),
          countries: Object.entries(names.countries ?? {})
            .filter(([name]) => text.includes(name))
            .map(([, code]) => code),
        };
      }),
  };
  return { tagger, tagged };
}
