import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { emptyFacetValues } from '../facets';
import { applyFormerIds, readPreviousVersions, toPreviousVersions } from './former-ids';
import { toArticleDocument, toMeiliDocument, type MeiliParagraphDocument } from './to-document';

const META = { title: 'Loi de finances', date: '2024-10', source: null, sourceUrl: null };
const LEDE = 'Le gouvernement a présenté mardi son projet de loi de finances pour l’année prochaine.';
const CUT = 'Le texte prévoit une hausse de douze pour cent des dépenses d’équipement, portée par le gaz.';
const CUT_EDITED = 'Le texte prévoit une hausse de quinze pour cent des dépenses d’équipement, portée par le gaz.';
const REWRITTEN = 'Aucun chiffre n’a été communiqué sur les investissements publics, selon plusieurs députés.';

function batch(texts: Record<string, string>) {
  const docs = Object.entries(texts).map(([id, text], i) =>
    toMeiliDocument({ id, position: i + 1, section: null, text, facets: emptyFacetValues() }, { id: 'a', meta: META }, 'REV'),
  );
  return { docs, records: [toArticleDocument({ id: 'a', fingerprint: 'fp', meta: META }, 'doc-a', 'REV')] };
}

const formerIds = (docs: MeiliParagraphDocument[]) => Object.fromEntries(docs.map((d) => [d.id, d.former_ids]));

describe('former_ids', () => {
  it('puts an edited paragraph’s old id on its new version, and an id with no close paragraph on the article', () => {
    const previous = toPreviousVersions(
      [
        { id: 'a-1', article: 'a', text: LEDE },
        { id: 'a-2', article: 'a', text: CUT },
        { id: 'a-3', article: 'a', text: REWRITTEN.replace('Aucun', 'Un') + ' Et bien plus encore que cela.' },
      ],
      [{ article: 'a' }],
    );
    const { docs, records } = batch({ 'a-1': LEDE, 'a-4': CUT_EDITED, 'a-5': 'Tout autre chose, sans rapport aucun avec ce qui précède.' });
    applyFormerIds(docs, records, previous);
    expect(formerIds(docs)).toEqual({ 'a-1': [], 'a-4': ['a-2'], 'a-5': [] });
    expect(records[0]!.former_ids).toEqual(['a-3']);
  });

  it('carries earlier redirects read back from both indexes through the next edit', () => {
    const previous = toPreviousVersions(
      [{ id: 'a-4', article: 'a', text: CUT_EDITED, former_ids: ['a-2'] }],
      [{ article: 'a', former_ids: ['a-3'] }],
    );
    expect(previous.get('a')?.redirects).toEqual(new Map([['a-3', null], ['a-2', 'a-4']]));
    const { docs, records } = batch({ 'a-6': CUT_EDITED.replace('gaz', 'gaz naturel') });
    applyFormerIds(docs, records, previous);
    expect(formerIds(docs)).toEqual({ 'a-6': ['a-2', 'a-4'] });
    expect(records[0]!.former_ids).toEqual(['a-3']);
  });

  it('an article seen for the first time gets empty lists', () => {
    const { docs, records } = batch({ 'a-1': LEDE });
    applyFormerIds(docs, records, new Map());
    expect(formerIds(docs)).toEqual({ 'a-1': [] });
    expect(records[0]!.former_ids).toEqual([]);
  });

  it('reads the previous versions of the batch’s articles by filter, and none before the first index exists', async () => {
    const asked: unknown[] = [];
    const client = {
      index: (uid: string) => ({
        getDocuments: async (parameters: unknown) => {
          asked.push({ uid, parameters });
          return uid === 'p'
            ? { results: [{ id: 'a-2', article: 'a', text: CUT, former_ids: ['a-0'] }] }
            : { results: [{ article: 'a', former_ids: [] }] };
        },
      }),
    } as unknown as Meilisearch;
    const versions = await readPreviousVersions(client, { paragraphs: 'p', articles: 'f' })(['a', 'b"c']);
    expect(versions.get('a')).toEqual({ paragraphs: [{ id: 'a-2', text: CUT }], redirects: new Map([['a-0', 'a-2']]) });
    expect(asked).toEqual([
      { uid: 'p', parameters: { filter: [['article = "a"', 'article = "b\\"c"']], fields: ['id', 'article', 'text', 'former_ids'], limit: 1000, offset: 0 } },
      { uid: 'f', parameters: { filter: [['article = "a"', 'article = "b\\"c"']], fields: ['article', 'former_ids'], limit: 200 } },
    ]);
    const missing = {
      index: () => ({
        getDocuments: async () => {
          throw new MeilisearchApiError(new Response(null, { status: 404 }), {
            code: 'index_not_found',
            message: 'Index `p` not found.',
            type: 'invalid_request',
            link: '',
          });
        },
      }),
    } as unknown as Meilisearch;
    expect(await readPreviousVersions(missing, { paragraphs: 'p', articles: 'f' })(['a'])).toEqual(new Map());
  });
});
