/** Reads `key` and marks it most recently used: a `Map` keeps insertion order, oldest first. */
export function getRecent<K, V>(entries: Map<K, V>, key: K): V | undefined {
  const entry = entries.get(key);
  if (entry !== undefined) {
    entries.delete(key);
    entries.set(key, entry);
  }
  return entry;
}
