const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from an ISO timestamp to the scan time; null when the timestamp is absent or unreadable. */
export function ageInDays(isoTimestamp: string | null, now: Date): number | null {
  if (isoTimestamp === null) return null;
  const at = Date.parse(isoTimestamp);
  if (Number.isNaN(at)) return null;
  return Math.floor((now.getTime() - at) / DAY_MS);
}
