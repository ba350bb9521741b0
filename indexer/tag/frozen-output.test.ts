import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDevset } from '../../tools/devset/read-devset';
import { createTagger } from './index';
import { createTagStage } from './tag-stage';

/*
 * The per-article tagger is frozen while blind batches are scored: what it hands over for every
 * dev-set article stays byte for byte what it was (the corpus-wide choice of one spelling per
 * person runs after it, in `indexer/push/settle-names.ts`). A deliberate change to the tagger
 * regenerates the file: `npx vitest run indexer/tag/frozen-output.test.ts -u`.
 */
const FOLDERS = [
  'tune',
  'held-out',
  'held-out-2',
  'held-out-3',
  'held-out-4',
  ...Array.from({ length: 36 }, (_, i) => `blind-${i + 1}`),
].sort();

it('hands over the same tags as the frozen tagger on every dev-set article', async () => {
  const tag = createTagStage(createTagger());
  const lines = FOLDERS.flatMap((folder) =>
    readDevset(fileURLToPath(new URL(`../../tools/devset/${folder}/`, import.meta.url))).map(
      (article) => `${folder} ${article.name} ${JSON.stringify(tag(article.name, article.paragraphs))}\n`,
    ),
  );
  await expect(lines.join('')).toMatchFileSnapshot('./__snapshots__/frozen-output.txt');
});
