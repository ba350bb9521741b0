import type { ArticleBlock } from './article';
import { oneLine } from './format-markdown';

const HEADING = /^H[1-6]$/;
const TEXT_BLOCK = new Set(['P', 'LI', 'PRE', 'DD', 'DT', 'TD', 'TH', 'CAPTION']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'BUTTON', 'FORM', 'svg', 'SVG']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Paragraphs and subheadings of an article's HTML, in document order: every `p`, `li`, `pre`,
 * table cell… is one paragraph (`<br>` is a space), `h1`–`h6` are subheadings; text directly in a
 * container (a `div` with no `p`) is a paragraph too.
 */
export function htmlBlocks(root: Node): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const loose: string[] = [];
  const flushLoose = () => {
    const text = oneLine(loose.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    loose.length = 0;
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        loose.push(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR' || isInline(element)) {
        loose.push(tag === 'BR' ? ' ' : textOf(element));
        continue;
      }
      flushLoose();
      if (HEADING.test(tag)) {
        const text = textOf(element);
        if (text) blocks.push({ kind: 'heading', text });
      } else if (TEXT_BLOCK.has(tag) && !hasBlockChild(element)) {
        const text = textOf(element);
        if (text) blocks.push({ kind: 'paragraph', text });
      } else {
        walk(element);
        flushLoose();
      }
    }
  };
  walk(root);
  flushLoose();
  return blocks;
}

const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT', 'INS', 'DEL']);

function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase()) && !hasBlockChild(element);
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.children).some((c) => {
    const tag = c.tagName.toUpperCase();
    return !INLINE.has(tag) && tag !== 'BR' && tag !== 'IMG';
  });
}

/** Text of an element with `<br>` as a space and skipped elements left out. */
function textOf(element: Element): string {
  const parts: string[] = [];
  const collect = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'BR') parts.push(' ');
        else if (!SKIPPED.has(tag)) collect(child);
      }
    }
  };
  collect(element);
  return oneLine(parts.join(''));
}
