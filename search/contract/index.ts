/** The contract every `SearchEngine` adapter must pass, and its fixtures. Importing runs nothing. */
export { describeEngineContract, makeQuery, seedEngine, type OpenContractEngine } from './engine-contract';
export { CONTRACT_ARTICLES, ALL_PARAGRAPHS, RANKING_ARTICLES, fixtureId, paragraphsOf } from './fixtures';
