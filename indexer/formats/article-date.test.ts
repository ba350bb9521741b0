import { describe, expect, it } from 'vitest';
import { checkArticleDate } from './article-date';

describe('checkArticleDate', () => {
  it.each(['2021-11', '2021-11-23', '2020-02-29'])('accepts %s', (d) => expect(checkArticleDate(d).ok).toBe(true));
  it.each(['2021-02-30', '2021-02-29', '2021-13', '2021-00-10', '2021-11-31', '2021/11', '2021-11-23T10:00'])(
    'refuses %s',
    (d) => expect(checkArticleDate(d).ok).toBe(false),
  );
});

