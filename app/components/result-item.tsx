import type { ApiHit } from '../lib/api-types';
import { flagEmoji, formatDate } from '../lib/format';
import { parseHighlight } from '../lib/highlight';
import { CopyLinkButton } from './copy-link-button';
import { HighlightedText } from './highlighted-text';

export function ResultItem({
  hit,
  q,
  countryNames,
}: {
  hit: ApiHit;
  q: string;
  countryNames: Record<string, string>;
}) {
  const href = q === '' ? hit.url : `${hit.url}?${new URLSearchParams({ q }).toString()}`;
  return (
    <li className="result">
      <article aria-labelledby={`hit-${hit.id}`}>
        <h3 className="result-title" id={`hit-${hit.id}`}>
          <a href={href}>{hit.title}</a>
        </h3>
        <p className="result-meta">
          <time dateTime={hit.date}>{formatDate(hit.date)}</time>
          {hit.section ? <span className="result-section"> · {hit.section}</span> : null}
          <span className="result-position"> · § {hit.position}</span>
        </p>
        <p className="result-text">
          <HighlightedText parts={parseHighlight(hit.highlight)} />
        </p>
        {hit.persons.length + hit.countries.length > 0 ? (
          <ul className="chips" aria-label="Personnes et pays cités">
            {hit.persons.map((p) => (
              <li key={`p-${p}`} className="chip chip-person">
                {p}
              </li>
            ))}
            {hit.countries.map((c) => (
              <li key={`c-${c}`} className="chip chip-country">
                <span aria-hidden="true">{flagEmoji(c)} </span>
                {countryNames[c] ?? c}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="result-actions">
          <a href={href}>Voir le paragraphe dans l’article</a>
          <CopyLinkButton path={hit.url} label={`Copier le lien du paragraphe ${hit.position} de « ${hit.title} »`} />
        </p>
      </article>
    </li>
  );
}
