import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { personFromSlug, personPath } from '../../lib/entity-paths';
import { renderEntityPage } from '../../lib/entity-route';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: personFromSlug((await params).slug) ?? 'Page introuvable' };
}

/** `/personnes/Benny_Gantz`: a person's mentions, over time, with whom, in context. */
export default async function PersonPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const name = personFromSlug((await params).slug);
  if (name === null) notFound();
  return renderEntityPage({ facet: 'persons', value: name, rawPage: (await searchParams).page, kicker: 'Personne', pagePath: personPath(name) });
}
