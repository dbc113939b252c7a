// The place an LMS shows an administrator (`lesson_location` / `cmi.location`): short and readable, never the
// words of a choice. "Sitting in Reception: decision 3", or "…: the end".
export interface PlaceFacts {
  title: string;
  decisionsTaken: number;
  ended: boolean;
}

export function placeLabel(p: PlaceFacts, limit = 255): string {
  const where = p.ended ? 'the end' : `decision ${p.decisionsTaken + 1}`;
  const suffix = `: ${where}`;
  const title =
    p.title.length + suffix.length > limit ? `${p.title.slice(0, Math.max(0, limit - suffix.length - 1))}…` : p.title;
  return `${title}${suffix}`;
}
