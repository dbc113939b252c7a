// The signal that a learner has reached the Record panel of a story's curtain call: the package's completion
// point. The curtain call (or the debrief inside it) calls `recordReached(storyId)` when that panel is shown; the
// LMS link listens. A window event rather than an import, so the debrief needs to know nothing about LMSs.
const RECORD_REACHED_EVENT = 'allyship:record-reached';

interface RecordReachedDetail {
  storyId: string;
}

export function recordReached(storyId: string, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<RecordReachedDetail>(RECORD_REACHED_EVENT, { detail: { storyId } }));
}

export function onRecordReached(listener: (storyId: string) => void, target: EventTarget = window): () => void {
  const handler = (e: Event) => {
    const id = (e as CustomEvent<Partial<RecordReachedDetail>>).detail?.storyId;
    if (typeof id === 'string' && id) listener(id);
  };
  target.addEventListener(RECORD_REACHED_EVENT, handler);
  return () => target.removeEventListener(RECORD_REACHED_EVENT, handler);
}
