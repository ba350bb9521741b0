/**
 * Deployment administration of the Meilisearch engine: the API keys of a self-hosted stack. Only
 * the one-shot key bootstrap uses it; the web app and the indexer never do.
 */
export { ensureDeploymentKeys, indexerKeySpec, searchKeySpec } from './meilisearch/keys';
export { indexUidSchema } from './index-uid';
