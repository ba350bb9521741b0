import 'server-only';
import { notFound } from 'next/navigation';
import { LIMITS, type ValueFacetName } from '../../search/index';
import { EntityView } from '../components/entity-view';
import { ServiceError } from '../components/service-error';
import { loadEntityPage } from './entity-page';

const PAGE_RE = /^[1-9]\d{0,3}$/;

/** `?page=N` of an entity page; anything else there is a page that does not exist. */
export function entityPageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !PAGE_RE.test(raw) || Number(raw) > LIMITS.maxPage) return null;
  return Number(raw);
}

/** The body of `/personnes/…` and `/pays/…`: the French 404 for an unknown value or page. */
export async function renderEntityPage(options: {
  facet: ValueFacetName;
  value: string;
  rawPage: string | string[] | undefined;
  kicker: string;
  decoration?: string;
  pagePath: string;
}) {
  const page = entityPageNumber(options.rawPage);
  if (page === null) notFound();
  const loaded = await loadEntityPage(options.facet, options.value, page);
  if (loaded.kind === 'missing') notFound();
  if (loaded.kind === 'unavailable') {
    return (
      <main id="contenu" className="page narrow">
        <h1>Page indisponible</h1>
        <ServiceError title="Cette page n’a pas pu être chargée." message={loaded.message} retryHref={options.pagePath} />
      </main>
    );
  }
  return <EntityView data={loaded.data} kicker={options.kicker} decoration={options.decoration} pagePath={options.pagePath} />;
}
