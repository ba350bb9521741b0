import type { ParagraphTags, Tagger } from '../../indexer/tag/types';
import type { DevArticle } from './read-devset';

export interface FacetScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface DevsetScore {
  persons: FacetScore;
  countries: FacetScore;
  /** One line per wrong paragraph: what was missed (-) and what was wrongly found (+). */
  errors: string[];
}

type Facet = keyof ParagraphTags;

/** Micro-averaged precision and recall per facet over (paragraph, value) pairs. */
export function scoreDevset(tagger: Tagger, articles: readonly DevArticle[]): DevsetScore {
  const counts = { persons: [0, 0, 0], countries: [0, 0, 0] };
  const errors: string[] = [];
  for (const article of articles) {
    const found = tagger.tagArticle(article.paragraphs);
    article.expected.forEach((expected, i) => {
      for (const facet of ['persons', 'countries'] as Facet[]) {
        const want = new Set(expected[facet]);
        const got = new Set(found[i]?.[facet] ?? []);
        const missed = [...want].filter((v) => !got.has(v));
        const extra = [...got].filter((v) => !want.has(v));
        const c = counts[facet];
        c[0]! += want.size - missed.length;
        c[1]! += extra.length;
        c[2]! += missed.length;
        if (missed.length || extra.length) {
          errors.push(`${article.name} §${i + 1} ${facet}: ${[...missed.map((m) => `-${m}`), ...extra.map((e) => `+${e}`)].join(' ')}`);
        }
      }
    });
  }
  return { persons: toScore(counts.persons), countries: toScore(counts.countries), errors };
}

function toScore([tp = 0, fp = 0, fn = 0]: number[]): FacetScore {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

export function formatScore(label: string, score: DevsetScore): string {
  const f = (s: FacetScore) =>
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
  return `${label}\n  persons   ${f(score.persons)}\n  countries ${f(score.countries)}`;
}
