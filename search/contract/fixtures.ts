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
