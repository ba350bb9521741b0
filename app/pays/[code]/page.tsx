import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { countryName } from '../../lib/country-names';
import { countryPath } from '../../lib/entity-paths';
import { renderEntityPage } from '../../lib/entity-route';
import { flagEmoji } from '../../lib/format';

export const dynamic = 'force-dynamic';

type Params = Promise<{ code: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const CODE_RE = /^[A-Za-z]{2}$/;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { code } = await params;
  return { title: CODE_RE.test(code) ? countryName(code.toUpperCase()) : 'Page introuvable' };
}

/** `/pays/MA`: a country's mentions, over time, with whom, in context. `/pays/ma` redirects. */
export default async function CountryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { code } = await params;
  if (!CODE_RE.test(code)) notFound();
  if (code !== code.toUpperCase()) permanentRedirect(countryPath(code.toUpperCase()));
  return renderEntityPage({
    facet: 'countries',
    value: code,
    rawPage: (await searchParams).page,
    kicker: 'Pays',
    decoration: flagEmoji(code),
    pagePath: countryPath(code),
  });
}
