import { z } from 'zod';
import { LIMITS } from './limits';

/**
 * A Meilisearch index uid as `MEILI_INDEX` may give it: the config schema, the key bootstrap and
 * the adapter check it with this one schema, so a name the adapter would refuse is refused at
 * start with the variable's name.
 */
export const indexUidSchema = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.indexNameLength}}$`),
    `1 to ${LIMITS.indexNameLength} characters among A-Z a-z 0-9 _ -`,
  );
