/**
 * Prints the dev-set scores and errors: `npx tsx tools/devset/score.ts [FOLDER…]` (folders of
 * `tools/devset/`; all of them by default, then the pooled score of the ones given).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTagger } from '../../indexer/tag/index';
import { readDevset, type DevArticle } from './read-devset';
import { formatScore, scoreDevset } from './score-devset';

const here = fileURLToPath(new URL('./', import.meta.url));
const asked = process.argv.slice(2);
const groups = asked.length > 0 ? asked : readdirSync(here, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const tagger = createTagger();
const pooled: DevArticle[] = [];
for (const group of groups) {
  const articles = readDevset(`${here}${group}/`);
  pooled.push(...articles);
  const score = scoreDevset(tagger, articles);
  console.log(formatScore(group, score));
  for (const error of score.errors) console.log(`    ${error}`);
}
if (asked.length > 1) console.log(formatScore(`pooled (${asked.join(', ')})`, scoreDevset(tagger, pooled)));
