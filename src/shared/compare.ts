/** Sorting amounts; small and import-free, since the map's table script uses it in the browser. */
/**
 * Order two amounts: largest first (or smallest first), and "no number stated" always last, so
 * a sort never pretends a missing figure is zero.
 */
export function compareAmounts(a: number | null, b: number | null, direction: 'descending' | 'ascending' = 'descending'): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return direction === 'descending' ? b - a : a - b;
}
