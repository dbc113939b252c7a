// "Did you mean" for tag keys and move names: an author's typo should be answered with the word they meant.

/** Edit distance counting a swap of two neighbouring letters as one edit ("tilte" is one slip from "title"). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j++) {
    rows[0]![j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate nearest to `word`, or null when none is within `maxDistance`. Short words get a tighter limit
 * (fewer edits than half their length), or every two-letter typo would "mean" `to` and Inky's `mood` would
 * "mean" `move`. Ties go to the earlier candidate.
 */
export function closest(word: string, candidates: readonly string[], maxDistance = 2): string | null {
  const limit = Math.min(maxDistance, Math.floor((word.length - 1) / 2));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance > 0 && distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
