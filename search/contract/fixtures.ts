import { VALUE_FACETS, type ValueFacetName } from '../facets';
import type { ArticleMeta, IndexedArticle, Paragraph, ParagraphFacets } from '../types';

/** A fixture paragraph: its text, optional section, and values for any facet of the registry. */
type ParagraphFields = { text: string; section?: string | null } & Partial<Record<ValueFacetName, string[]>>;

function article(id: string, meta: ArticleMeta, paragraphs: ParagraphFields[]): IndexedArticle {
  return {
    id,
    fingerprint: `fp-${id}-1`,
    meta,
    paragraphs: paragraphs.map((p, i) => ({
      id: `${id}-p${i + 1}`,
      position: i + 1,
      section: p.section ?? null,
      text: p.text,
      facets: Object.fromEntries(VALUE_FACETS.map((f) => [f.name, p[f.name] ?? []])) as ParagraphFacets,
    })),
  };
}

/**
 * A small French news corpus in which each paragraph exercises one behaviour of the contract.
 * Dates: 2021-03 (3 paragraphs), 2022-11 (3), 2023-01 (4). Countries: MA 5, FR 3, US 3, ES 1,
 * UA 1. Persons: Emmanuel Macron 2, Joe Biden 2.
 */
export const CONTRACT_ARTICLES: IndexedArticle[] = [
  article(
    'maroc-defense',
    { title: 'Coopération de défense', date: '2021-03-15', source: 'Le Quotidien', sourceUrl: 'https://example.org/a' },
    [
      { text: 'Le Maroc et la France renforcent leur coopération de défense.', persons: [], countries: ['FR', 'MA'] },
      { text: 'L’armée marocaine a reçu des garde-côtes venus d’Espagne.', persons: [], countries: ['ES', 'MA'] },
      {
        section: 'Réactions',
        text: 'Emmanuel Macron a salué « une étape historique » pour les deux pays.',
        persons: ['Emmanuel Macron'],
        countries: ['FR'],
      },
    ],
  ),
  article('elections-usa', { title: 'Mi-mandat', date: '2022-11-09', source: null, sourceUrl: null }, [
    { text: 'Les élections de mi-mandat aux États-Unis ont mobilisé les électeurs.', persons: [], countries: ['US'] },
    { text: 'Joe Biden a reconnu des négociations difficiles avec le Congrès.', persons: ['Joe Biden'], countries: ['US'] },
    {
      text: "Le président Biden et Emmanuel Macron ont parlé de l'Ukraine.",
      persons: ['Emmanuel Macron', 'Joe Biden'],
      countries: ['FR', 'UA', 'US'],
    },
  ]),
  article('tempete-tanger', { title: 'Tempête à Tanger', date: '2023-01-20', source: null, sourceUrl: null }, [
    { text: 'Une tempête a frappé le port de Tanger.', persons: [], countries: ['MA'] },
    { text: 'Le portail du ministère a publié un bulletin.', persons: [], countries: ['MA'] },
    {
      text: 'Le ministre a annoncé une élection anticipée & des <mesures> "exceptionnelles" aujourd\'hui.',
      persons: [],
      countries: ['MA'],
    },
  ]),
  article('cinema', { title: 'Au cinéma', date: '2023-01-05', source: null, sourceUrl: null }, [
    { text: 'Guerre aux étoiles : le film ressort en salles.', persons: [], countries: [] },
  ]),
];

/** Every fixture paragraph as an engine returns it (with its article id and date). */
export function paragraphsOf(articles: readonly IndexedArticle[]): Paragraph[] {
  return articles.flatMap((a) => a.paragraphs.map((p) => ({ ...p, article: a.id, date: a.meta.date })));
}

export const ALL_PARAGRAPHS: Paragraph[] = paragraphsOf(CONTRACT_ARTICLES);

/** Looks up a fixture paragraph id by article and 1-based position. */
export function fixtureId(articleId: string, position: number): string {
  return `${articleId}-p${position}`;
}

/**
 * A corpus for ranking: "tempête" exact in five articles, plural "tempêtes" in three, at
 * interleaved dates (texts of equal length tie, so date decides); two paragraphs holding the
 * same two words, side by side in the older one, far apart in the newer one.
 */
export const RANKING_ARTICLES: IndexedArticle[] = [
  article('e1', { title: 'e1', date: '2020-01-01', source: null, sourceUrl: null }, [{ text: 'Une tempête en janvier.' }]),
  article('t1', { title: 't1', date: '2020-02-01', source: null, sourceUrl: null }, [{ text: 'Des tempêtes en février.' }]),
  article('e2', { title: 'e2', date: '2020-03-01', source: null, sourceUrl: null }, [
    { text: 'La tempête de mars, la tempête encore, la tempête toujours.' },
  ]),
  article('e3', { title: 'e3', date: '2020-04-01', source: null, sourceUrl: null }, [{ text: 'Tempête.' }]),
  article('t2', { title: 't2', date: '2020-05-01', source: null, sourceUrl: null }, [{ text: 'Des tempêtes en mai.' }]),
  article('e4', { title: 'e4', date: '2020-06-01', source: null, sourceUrl: null }, [
    { text: 'Une tempête en juin, assez longue, avec beaucoup de mots autour de la tempête.' },
  ]),
  article('t3', { title: 't3', date: '2020-07-01', source: null, sourceUrl: null }, [{ text: 'Des tempêtes en juillet.' }]),
  article('e5', { title: 'e5', date: '2020-08-01', source: null, sourceUrl: null }, [{ text: 'Une tempête en août.' }]),
  article('n1', { title: 'n1', date: '2021-02-01', source: null, sourceUrl: null }, [
    { text: 'Un accord a été trouvé après des semaines de négociations sur le prix gazier.' },
  ]),
  article('n2', { title: 'n2', date: '2021-01-01', source: null, sourceUrl: null }, [
    { text: 'Le nouvel accord gazier a été signé après des semaines de négociations sur le prix.' },
  ]),
];
