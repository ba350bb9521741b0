import 'server-only';
import { engineAnswer, invalidAnswer, type ApiAnswer } from './api-response';
import { searchParagraphs } from './engine';
import { parseSearchRequest } from './search-request';

/**
 * `GET /api/search` from its query string to its answer: validation, admission, engine, error
 * contract. The Next route and the bare `node:http` handler (`start/bare-search.cjs`) both call it.
 */
export async function answerSearch(params: URLSearchParams): Promise<ApiAnswer> {
  const parsed = parseSearchRequest(params);
  if (!parsed.success) return invalidAnswer(parsed.error);
  return engineAnswer(() => searchParagraphs(parsed.state));
}
