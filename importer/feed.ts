import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import type { ArticleBlock, ArticleDraft } from './article';
import { canonicalUrl, parseHttpUrl } from './canonical-url';
import { parseArticleDate } from './dates';
import { InvalidSourceError } from './errors';
import { oneLine } from './format-markdown';
import { htmlBlocks } from './html-blocks';

export interface FeedItem {
  title: string | null;
  /** The item's page, absolute http(s). */
  link: string | null;
  date: string | null;
  /** Full HTML from `content:encoded` or Atom `content`, else the summary/description. */
  html: string | null;
}

export interface Feed {
  title: string | null;
  lang: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** Parses RSS 2.0, RSS 1.0 (RDF) or Atom; anything else (HTML, broken XML) is an `InvalidSourceError`. */
export function parseFeed(xml: string, feedUrl: string | null): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InvalidSourceError(`not a feed: invalid XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Record<string, Node | undefined>;
  const rss = asNode(doc.rss)?.channel ?? doc['rdf:RDF'];
  if (rss !== undefined) {
    const channel = asNode(rss);
    const items = asNode(doc['rdf:RDF'])?.item ?? channel?.item;
    return {
      title: text(asNode(channel?.channel)?.title ?? channel?.title),
      lang: text(channel?.language ?? channel?.['dc:language']),
      items: asList(items).map((item) => ({
        title: text(item.title),
        link: absolute(text(asList(item.link)[0] ?? null) ?? permalink(item.guid), feedUrl),
        date: parseArticleDate(text(item.pubDate) ?? text(item['dc:date'])),
        html: text(item['content:encoded']) ?? text(item.description),
      })),
    };
  }
  const atom = asNode(doc.feed);
  if (atom) {
    return {
      title: text(atom.title),
      lang: text(atom['@_xml:lang']),
      items: asList(atom.entry).map((entry) => ({
        title: text(entry.title),
        link: absolute(atomLink(entry.link), feedUrl),
        date: parseArticleDate(text(entry.published) ?? text(entry.updated)),
        html: htmlContent(entry.content) ?? htmlContent(entry.summary),
      })),
    };
  }
  throw new InvalidSourceError('not a feed: XML without <rss>, <rdf:RDF> or <feed>');
}

const FULL_TEXT_MIN_CHARS = 500;

/**
 * The article carried by an item, when its HTML holds the full text (at least two paragraphs and
 * 500 characters); else null, and the item's page has to be fetched.
 */
export function feedItemArticle(item: FeedItem, feed: Feed): ArticleDraft | null {
  if (!item.html) return null;
  const blocks = fragmentBlocks(item.html);
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  if (paragraphs.length < 2 || paragraphs.reduce((n, p) => n + p.text.length, 0) < FULL_TEXT_MIN_CHARS) return null;
  return { ...feedItemMeta(item, feed), blocks };
}

/** What the feed says about an item, to complete what its page says. */
export function feedItemMeta(item: FeedItem, feed: Feed): Omit<ArticleDraft, 'blocks'> {
  return { title: item.title, date: item.date, source: feed.title, url: item.link ? canonicalUrl(item.link) : null, lang: feed.lang };
}

export function fragmentBlocks(html: string): ArticleBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlBlocks(document.body);
}

type Node = Record<string, unknown>;

function asNode(value: unknown): Node | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function asList(value: unknown): Node[] {
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => asNode(v) ?? { '#text': v });
}

function text(value: unknown): string | null {
  const raw = typeof value === 'string' || typeof value === 'number' ? String(value) : asNode(value)?.['#text'];
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const result = String(raw).trim();
  return result === '' ? null : result;
}

function permalink(guid: unknown): string | null {
  const node = asNode(guid);
  if (node?.['@_isPermaLink'] === 'false') return null;
  return text(guid);
}

function atomLink(links: unknown): string | null {
  const list = asList(links);
  const alternate = list.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate');
  return text(alternate?.['@_href']);
}

function htmlContent(value: unknown): string | null {
  const node = asNode(value);
  if (node?.['@_type'] === 'xhtml') return null;
  const content = text(value);
  if (content && node?.['@_type'] === 'text') return content.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(oneLine(p))}</p>`).join('');
  return content;
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function absolute(link: string | null, base: string | null): string | null {
  return link ? (parseHttpUrl(link, base ?? undefined)?.href ?? null) : null;
}
