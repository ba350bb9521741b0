/**
 * The engine's highlight is HTML-escaped text with `<mark>…</mark>` around matches. Rather than
 * injecting it as HTML, it is parsed into text parts that React renders as text: only the mark
 * tags become elements, anything else (even an unescaped `<script>`) stays visible text.
 */

export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITY_RE = /&(?:amp|lt|gt|quot|apos|#39|#x27|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&#39;': "'",
  '&#x27;': "'",
};

function decodeCodePoint(code: number, fallback: string): string {
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : fallback;
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (entity, dec?: string, hex?: string) => {
    if (dec !== undefined) return decodeCodePoint(Number.parseInt(dec, 10), entity);
    if (hex !== undefined) return decodeCodePoint(Number.parseInt(hex, 16), entity);
    return NAMED_ENTITIES[entity.toLowerCase()] ?? entity;
  });
}

/** Splits an escaped highlight into marked and unmarked text parts (adjacent parts merged). */
export function parseHighlight(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const token of html.split(/(<mark>|<\/mark>)/i)) {
    const lower = token.toLowerCase();
    if (lower === '<mark>') {
      marked = true;
      continue;
    }
    if (lower === '</mark>') {
      marked = false;
      continue;
    }
    if (token === '') continue;
    const text = decodeEntities(token);
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}
