import { articleIdFromContent, articleIdFromUrl } from './article-id';
import { detectLanguage, primaryLanguage } from './detect-lang';
import { InvalidSourceError, LanguageError, MissingDateError } from './errors';

export type ArticleBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

/** What a source yields before the run's rules are applied: any field may be missing. */
export interface ArticleDraft {
  title: string | null;
  date: string | null;
  source: string | null;
  /** Canonical URL (see canonical-url.ts), or null for an article known only by its text. */
  url: string | null;
  /** Declared language (`<html lang>`, feed language, export column), if any. */
  lang: string | null;
  blocks: ArticleBlock[];
}

/** An article ready to be written: id, date and language settled. */
export interface ImportedArticle extends Omit<ArticleDraft, 'date' | 'lang'> {
  id: string;
  date: string;
  lang: string;
}

export interface ArticleRules {
  /** Keep only articles in this language (`--lang`); others are errors. */
  lang?: string | undefined;
  /** Date for articles where none is found (`--default-date`); without it, they are errors. */
  defaultDate?: string | undefined;
}

const MIN_TEXT_CHARS = 80;

/** Settles a draft into an article, or throws why it cannot be imported. */
export function settleArticle(draft: ArticleDraft, rules: ArticleRules): ImportedArticle {
  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const text = paragraphs.join('\n');
  if (paragraphs.length === 0 || text.length < MIN_TEXT_CHARS) {
    throw new InvalidSourceError('no article text found (not an article page?)');
  }
  const date = draft.date ?? rules.defaultDate;
  if (!date) throw new MissingDateError('no publication date found (give one with --default-date YYYY-MM-DD)');
  const lang = detectLanguage(text) ?? primaryLanguage(draft.lang) ?? 'fr';
  if (rules.lang && lang !== rules.lang) {
    throw new LanguageError(`article in "${lang}", not "${rules.lang}" (--lang ${rules.lang}): skipped`);
  }
  const id = draft.url ? articleIdFromUrl(draft.url) : articleIdFromContent({ source: draft.source, date, title: draft.title, text });
  return { ...draft, id, date, lang };
}
