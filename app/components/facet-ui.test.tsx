import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { FACETS, toSearchJson } from '../../search/index';
import type { FacetView } from '../lib/facet-view';
import { RESULT } from '../lib/testing/stub-engine';
import { emptyState } from '../lib/url-state';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { ResultItem } from './result-item';

vi.mock('./copy-link-button', () => ({ CopyLinkButton: () => null }));

const FACET_VIEWS: readonly FacetView[] = FACETS;
const LABELS = { countries: { MA: 'Maroc' } };
const noop = () => {};

describe('facet UI driven by the registry', () => {
  it('shows one group per facet, titled by its label, the period facet as years and months', () => {
    const state = emptyState(FACETS);
    const html = renderToStaticMarkup(
      <FacetPanel facets={FACET_VIEWS} counts={RESULT.facets} state={state} labels={LABELS} onToggle={noop} onModeChange={noop} />,
    );
    for (const facet of FACETS) expect(html).toContain(`>${facet.label}</h3>`);
    expect(html).toContain('Maroc');
    expect(html).toContain('novembre 2021');
  });

  it('renders the matches of a filter box sent without JavaScript, in its GET form field', () => {
    const state = emptyState(FACETS);
    const valueMatches = { persons: { facet: 'persons', text: 'zerbib', values: [{ value: 'Zacharie Zerbib', label: 'Zacharie Zerbib', count: 1 }] } };
    const html = renderToStaticMarkup(
      <FacetPanel facets={FACET_VIEWS} counts={RESULT.facets} state={state} labels={LABELS} onToggle={noop} onModeChange={noop} valueMatches={valueMatches} />,
    );
    expect(html).toContain('name="filtre-person"');
    expect(html).toContain('value="zerbib"');
    expect(html).toMatch(/name="person" value="Zacharie Zerbib"/);
    expect(html).not.toContain('Aucune valeur');
  });

  it('labels active filters by each facet’s display kind', () => {
    const state = { ...emptyState(FACETS), filters: { persons: ['Benny Gantz'], countries: ['MA'], date: ['2021-11'] } };
    const html = renderToStaticMarkup(
      <ActiveFilters facets={FACET_VIEWS} state={state} labels={LABELS} onRemove={noop} onClear={noop} />,
    );
    expect(html).toContain('Retirer le filtre Personne\u00a0: Benny Gantz');
    expect(html).toContain('Retirer le filtre Pays\u00a0: 🇲🇦 Maroc');
    expect(html).toContain('Retirer le filtre Date\u00a0: novembre 2021');
  });

  it('offers « l’un des » / « tous » as links once a facet has two values, and keeps the mode in the form', () => {
    const one = { ...emptyState(FACETS), filters: { persons: ['Ada Lovelace'], countries: [], date: [] } };
    const panel = (state: typeof one) =>
      renderToStaticMarkup(
        <FacetPanel facets={FACET_VIEWS} counts={RESULT.facets} state={state} labels={LABELS} onToggle={noop} onModeChange={noop} />,
      );
    expect(panel(one)).not.toContain('facet-mode');
    const two = { ...one, filters: { ...one.filters, persons: ['Ada Lovelace', 'Blaise Pascal'] } };
    const anyHtml = panel(two);
    expect(anyHtml).toContain('<strong class="facet-mode-current" aria-current="true">l’un des</strong>');
    expect(anyHtml).toContain('<a href="/?person=Ada+Lovelace&amp;person=Blaise+Pascal&amp;tous=person">tous</a>');
    expect(anyHtml).not.toContain('name="tous"');
    const all = { ...two, filters: { ...two.filters, allOf: ['persons' as const] } };
    const allHtml = panel(all);
    expect(allHtml).toContain('<strong class="facet-mode-current" aria-current="true">tous</strong>');
    expect(allHtml).toContain('<a href="/?person=Ada+Lovelace&amp;person=Blaise+Pascal">l’un des</a>');
    expect(allHtml).toContain('<input type="hidden" name="tous" value="person"/>');
  });

  it('says in the active filters when a facet’s values must all be in the paragraph', () => {
    const filters = { persons: ['Ada Lovelace', 'Blaise Pascal'], countries: [], date: [] };
    const chips = (f: typeof filters & { allOf?: ('persons' | 'countries')[] }) =>
      renderToStaticMarkup(
        <ActiveFilters facets={FACET_VIEWS} state={{ ...emptyState(FACETS), filters: f }} labels={LABELS} onRemove={noop} onClear={noop} />,
      );
    expect(chips(filters)).not.toContain('même paragraphe');
    const html = chips({ ...filters, allOf: ['persons'] });
    expect(html).toContain('Personnes : tous dans le même paragraphe');
    // Removing one of the two leaves one value: the link drops the mode with it.
    expect(html).toContain('href="/?person=Blaise+Pascal"');
  });

  it('shows a hit’s values facets as chips, with the names the API sent', () => {
    const [hit] = toSearchJson(RESULT).hits;
    if (!hit) throw new Error('no hit');
    const html = renderToStaticMarkup(<ResultItem facets={FACET_VIEWS} hit={hit} query="?q=maroc&country=MA" labels={LABELS} />);
    expect(html).toContain('aria-label="Personnes et pays cités"');
    expect(html).toContain('<a class="chip" href="/?country=MA"><span aria-hidden="true">🇲🇦 </span>Maroc</a>');
    expect(html).toContain('href="/p/a-1?q=maroc&amp;country=MA"');
  });
});
