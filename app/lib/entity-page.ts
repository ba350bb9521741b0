import 'server-only';
import {
  emptyFilters,
  FACETS,
  highlightParagraph,
  VALUE_FACETS,
  type MatchSummary,
  type ValueFacetName,
} from '../../search/index';
import type { SearchResponse } from './api-types';
import { countryName } from './country-names';
import { searchParagraphs, summarizeSearch } from './engine';
import { toPageFailure } from './search-failure';
import type { SearchState } from './url-state';

/** A person or a country, as its page shows it. */
export interface Entity {
  facet: ValueFacetName;
  value: string;
  /** The name shown: the person's name, the country's French name. */
  name: string;
}

export interface EntityPageData {
  entity: Entity;
  summary: MatchSummary;
  /** Dates of the oldest and newest paragraphs naming it. */
  first: string;
  last: string;
  /** The requested page of its paragraphs, newest first, each highlighted on the entity's name. */
  mentions: SearchResponse;
  /** French names of the country codes among the co-mentions. */
  countryNames: Record<string, string>;
}

export type EntityPageResult =
  | { kind: 'found'; data: EntityPageData }
  | { kind: 'missing' }
  | { kind: 'unavailable'; message: string };

/** The search state of the entity's paragraphs (newest first), on one page. */
export function entityState(entity: Pick<Entity, 'facet' | 'value'>, page = 1): SearchState {
  const filters = emptyFilters();
  filters[entity.facet] = [entity.value];
  return { q: '', filters, page, sort: 'recent' };
}

/** Valid only as the registry writes values (canonical country code, a person name's letters). */
function canonicalValue(facet: ValueFacetName, raw: string): string | null {
  const definition = FACETS.find((f) => f.name === facet)!;
  const parsed = definition.value.safeParse(raw);
  return parsed.success && parsed.data === raw ? parsed.data : null;
}

function displayName(facet: ValueFacetName, value: string): string {
  return VALUE_FACETS.find((f) => f.name === facet)?.display === 'country' ? countryName(value) : value;
}

/**
 * What an entity page shows. An invalid or unknown value is a page that does not exist (the
 * French 404); an engine down, the French message.
 */
export async function loadEntityPage(facet: ValueFacetName, raw: string, page: number): Promise<EntityPageResult> {
  const value = canonicalValue(facet, raw);
  if (value === null) return { kind: 'missing' };
  const entity: Entity = { facet, value, name: displayName(facet, value) };
  try {
    const summary = await summarizeSearch(entityState(entity));
    if (summary.paragraphs === 0) return { kind: 'missing' };
    const mentions = await searchParagraphs(entityState(entity, page));
    const highlighted = mentions.hits.map((hit) => ({ ...hit, highlight: highlightParagraph(hit.text, entity.name) }));
    const codes = new Set(
      VALUE_FACETS.filter((f) => f.display === 'country').flatMap((f) => Object.keys(summary.facets[f.name])),
    );
    return {
      kind: 'found',
      data: {
        entity,
        summary,
        first: summary.firstDate ?? '',
        last: summary.lastDate ?? '',
        mentions: { ...mentions, hits: highlighted },
        countryNames: Object.fromEntries([...codes].map((code) => [code, countryName(code)])),
      },
    };
  } catch (error) {
    const failure = toPageFailure(error);
    return failure.status === 400 ? { kind: 'missing' } : { kind: 'unavailable', message: failure.message };
  }
}
