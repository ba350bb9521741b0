export interface ValueChip {
  key: string;
  label: string;
  /** Shown before the label, hidden from screen readers (flags). */
  decoration: string;
  /** Makes the chip a link (e.g. a search on that value). */
  href?: string;
  /** The value's own page (a person's, a country's), linked beside the chip. */
  pageHref?: string;
}

/** The facet values of a paragraph or an article, as chips; nothing when there are none. */
export function ValueChips({ chips, label }: { chips: readonly ValueChip[]; label: string }) {
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {chips.map((chip) => {
        const content = (
          <>
            {chip.decoration ? <span aria-hidden="true">{chip.decoration} </span> : null}
            {chip.label}
          </>
        );
        const page = chip.pageHref ? (
          <a className="chip-page" href={chip.pageHref} title={`Fiche de ${chip.label}`}>
            <span aria-hidden="true">↗</span>
            <span className="visually-hidden">fiche de {chip.label}</span>
          </a>
        ) : null;
        return chip.href ? (
          <li key={chip.key}>
            <a className="chip" href={chip.href}>
              {content}
            </a>
            {page}
          </li>
        ) : (
          <li key={chip.key} className="chip">
            {content}
            {page}
          </li>
        );
      })}
    </ul>
  );
}

/** "Personnes et pays": the labels of the facets shown, for a list's accessible name. */
export function facetsPhrase(labels: readonly string[]): string {
  const [first = '', ...rest] = labels;
  const words = [first, ...rest.map((l) => l.toLowerCase())];
  return words.length <= 1 ? first : `${words.slice(0, -1).join(', ')} et ${words.at(-1)}`;
}
