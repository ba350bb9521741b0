/** Prints the dev-set scores and errors: `npx tsx tools/devset/score.ts`. */
import { fileURLToPath } from 'node:url';
import { createTagger } from '../../indexer/tag/index';
import { readDevset } from './read-devset';
import { formatScore, scoreDevset } from './score-devset';

const tagger = createTagger();
for (const group of ['tune', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4']) {
  const score = scoreDevset(tagger, readDevset(fileURLToPath(new URL(`./${group}/`, import.meta.url))));
  console.log(formatScore(group, score));
  for (const error of score.errors) console.log(`    ${error}`);
}
