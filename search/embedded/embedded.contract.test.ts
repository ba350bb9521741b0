import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeEngineContract } from '../contract/index';
import { openEmbeddedEngine } from './index';

describeEngineContract('embedded', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paragraphe-contract-'));
  const engine = await openEmbeddedEngine({ dataDir, readonly: false });
  return {
    engine,
    cleanup: async () => {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
