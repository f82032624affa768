/** The value kept under `key`, made and kept on first use: for caches that a build fills once and reads many times. */
export function getOrMake<K extends object | string, V>(
  cache: Map<K, V> | (K extends object ? WeakMap<K, V> : never),
  key: K,
  make: () => V,
): V {
  if (cache.has(key as never)) return cache.get(key as never) as V;
  const value = make();
  cache.set(key as never, value);
  return value;
}
