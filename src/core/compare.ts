/** Ordinal string order: stable across machines and locales, and far cheaper than localeCompare. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
