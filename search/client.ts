/**
 * The search module's browser-safe entry: pure functions with no server dependency (no engine,
 * no zod, no word lists), for `'use client'` components. `search/index.ts` re-exports them too.
 */
export { foldText, type FoldOptions } from './french/fold';
export { relaxationNotice } from './relaxation-notice';
export { LIMITS } from './limits';
export { ALL_OF_PARAM, allOfFacets, matchModeOf, withMatchMode, withCanonicalMode, type MatchMode } from './match-mode';
