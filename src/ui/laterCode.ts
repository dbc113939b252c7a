// Code the game downloads only when a learner needs it (the curtain call, the foyer), so the first words come
// sooner. A learner whose connection drops mid-story must still reach their curtain call, so once they have made
// a choice that code is fetched in idle time (whileReading), well before the curtain falls. A download that fails
// is asked for again the next time: the browser keeps no failure.
import type { PlayScreen } from './playScreen';
import { whileReading } from './whileReading';

export interface LaterCode<T> {
  /** The module: fetched now if it has not been, or again if the last try failed. */
  (): Promise<T>;
}

export function laterCode<T>(load: () => Promise<T>): LaterCode<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
}

/**
 * Fetch `codes` in idle time once the learner has made a choice in this play (at once when it resumes a saved
 * place), so a connection lost later in the story costs nothing. A failure here is quiet: the code is asked for
 * again when it is needed, and that is where a failure is said.
 */
export function fetchWhilePlaying(play: PlayScreen, codes: LaterCode<unknown>[]): () => void {
  let done = false;
  const fetchAll = () => {
    if (done) return;
    done = true;
    whileReading(() => {
      // The mark lets a test (or the bench) know the downloads are over before it leaves the page.
      void Promise.allSettled(codes.map((code) => code())).then(() => performance.mark('later-code-fetched'));
      return false;
    });
  };
  let offChoice: (() => void) | null = null;
  const offPerformance = play.onPerformance((p) => {
    offChoice?.();
    if (p.sofar.save.path.length > 0) fetchAll();
    else offChoice = p.events.on('save', fetchAll);
  });
  return () => {
    offChoice?.();
    offPerformance();
  };
}
