const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;

/** What the portal shows for a byte count (same rule as @tm/shared's formatBytes: 1024-based, 2 decimals). */
export function formatBytes(value: bigint | string): string {
  const n = BigInt(value);
  if (n < 1024n) return `${n} B`;
  let unit = 0;
  let scaled = n;
  while (scaled >= 1024n * 1024n && unit < UNITS.length - 2) {
    scaled /= 1024n;
    unit++;
  }
  return `${(Number(scaled) / 1024).toFixed(2)} ${UNITS[unit + 1]}`;
}

export const MB = 1024n ** 2n;
