/**
 * Orders definition versions (`major.minor.patch`, three whole numbers as the definition schema
 * requires) numerically: `1.10.0` is newer than `1.9.0`.
 *
 * @returns a negative number when `a` is older than `b`, positive when newer, 0 when equal
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
