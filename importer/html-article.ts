import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from './article';
import { canonicalUrl, parseHttpUrl } from './canonical-url';
import { parseArticleDate } from './dates';
import { InvalidSourceError } from './errors';
import { oneLine } from './format-markdown';
import { htmlBlocks } from './html-blocks';

const ARTICLE_TYPES = /(?:^|:)(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

interface PageMeta {
  title: string | null;
  date: string | null;
  source: string | null;
  canonical: string | null;
  lang: string | null;
}

/**
 * The article of an HTML page: main text by Readability (paragraphs and subheadings kept), title,
 * date (`article:published_time`, JSON-LD `datePublished`, `<time>`), site name, canonical URL and
 * declared language. `pageUrl` is where the page was found (its final URL after redirects).
 */
export function extractHtmlArticle(html: string, pageUrl: string | null): ArticleDraft {
  const { document } = parseHTML(html);
  const meta = readPageMeta(document, pageUrl);
  if (!isProbablyReaderable(document as unknown as Document)) {
    throw new InvalidSourceError('no article text found (not an article page?)');
  }
  const parsed = new Readability(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!parsed?.content) throw new InvalidSourceError('no article text found (not an article page?)');
  const title = meta.title ?? cleanText(parsed.title);
  const blocks = htmlBlocks(parsed.content).filter(
    (b, i) => !(i === 0 && b.kind === 'heading' && b.text === title) && !(b.kind === 'paragraph' && b.text.length < 40 && parseArticleDate(b.text)),
  );
  return {
    title,
    date: meta.date ?? parseArticleDate(parsed.publishedTime),
    source: meta.source ?? cleanText(parsed.siteName) ?? hostOf(meta.canonical ?? pageUrl),
    url: meta.canonical ?? (pageUrl ? canonicalUrl(pageUrl) : null),
    lang: meta.lang ?? cleanText(parsed.lang),
    blocks,
  };
}

/** Metadata read before Readability runs (it rewrites the document). */
function readPageMeta(document: ParentNode, pageUrl: string | null): PageMeta {
  const metaContent = (selector: string) => cleanText(document.querySelector(selector)?.getAttribute('content'));
  const ld = readJsonLdArticle(document);
  const timeElement =
    document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime]') ?? document.querySelector('time');
  const dateCandidates = [
    metaContent('meta[property="article:published_time"]'),
    stringField(ld, 'datePublished'),
    metaContent('meta[itemprop="datePublished"]'),
    timeElement?.getAttribute('datetime') ?? timeElement?.textContent,
    metaContent('meta[name="date"], meta[name="pubdate"], meta[name="DC.date.issued"], meta[name="dc.date"]'),
  ];
  const root = document.querySelector('html');
  return {
    title: metaContent('meta[property="og:title"]') ?? stringField(ld, 'headline') ?? headingTitle(document),
    date: dateCandidates.map(parseArticleDate).find((d) => d !== null) ?? null,
    source: metaContent('meta[property="og:site_name"]') ?? publisherName(ld),
    canonical: pickCanonical(document, pageUrl),
    lang: cleanText(root?.getAttribute('lang')) ?? stringField(ld, 'inLanguage') ?? metaContent('meta[property="og:locale"]'),
  };
}

/**
 * `<link rel=canonical>` (else `og:url`) when it is an http(s) URL; a canonical pointing at the
 * site's home page from a deeper page is a site bug and is ignored.
 */
function pickCanonical(document: ParentNode, pageUrl: string | null): string | null {
  const declared =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const url = declared ? parseHttpUrl(declared, pageUrl ?? undefined) : null;
  if (!url) return null;
  const page = pageUrl ? parseHttpUrl(pageUrl) : null;
  if (url.pathname === '/' && page && page.pathname !== '/') return null;
  return canonicalUrl(url);
}

type JsonObject = Record<string, unknown>;

function readJsonLdArticle(document: ParentNode): JsonObject | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = flattenJsonLd(data).find((node) => {
      const type = node['@type'];
      return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
    });
    if (found) return found;
  }
  return null;
}

function flattenJsonLd(data: unknown): JsonObject[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (typeof data !== 'object' || data === null) return [];
  const node = data as JsonObject;
  return [node, ...flattenJsonLd(node['@graph'])];
}

function stringField(node: JsonObject | null, key: string): string | null {
  const value = node?.[key];
  return typeof value === 'string' ? cleanText(value) : null;
}

function publisherName(ld: JsonObject | null): string | null {
  const publisher = ld?.publisher;
  const first: unknown = Array.isArray(publisher) ? publisher[0] : publisher;
  return typeof first === 'object' && first !== null ? stringField(first as JsonObject, 'name') : null;
}

/** The page's `<h1>` when the `<title>` starts with it (`Titre | Site`). */
function headingTitle(document: ParentNode): string | null {
  const h1 = cleanText(document.querySelector('h1')?.textContent);
  const title = cleanText(document.querySelector('title')?.textContent);
  return h1 && title?.startsWith(h1) ? h1 : null;
}

function hostOf(pageUrl: string | null): string | null {
  return pageUrl ? (parseHttpUrl(pageUrl)?.hostname.replace(/^www\./, '') ?? null) : null;
}

function cleanText(value: string | null | undefined): string | null {
  const text = oneLine(value ?? '');
  return text === '' ? null : text;
}
