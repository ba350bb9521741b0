/**
 * The public entry of the search module: everything outside `search/` imports from here.
 */
export { foldText, foldWord, type FoldOptions } from './french/fold';
export { tokenize, tokenizeCompounds, ELISIONS, type Token, type CompoundWord } from './french/tokenize';
export { formatZodIssues, type ZodIssueFormat } from './zod-issues';
