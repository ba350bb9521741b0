// Child process for the concurrency test: starts a rebuild, writes half of it, says so, and
// waits to be killed before committing.
import { CONTRACT_ARTICLES } from '../../contract/fixtures';
import { openEmbeddedEngine } from '../index';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: killed-writer.ts DATA_DIR');
const engine = await openEmbeddedEngine({ dataDir, readonly: false });
const writer = await engine.beginWrite({ replaceAll: true });
await writer.putArticle({ ...CONTRACT_ARTICLES[3]!, fingerprint: 'fp-half-written' });
process.stdout.write('half-written\n');
setInterval(() => undefined, 1_000);
