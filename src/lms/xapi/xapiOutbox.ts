// Statements wait in an outbox on the device until the learning record store has them. A failure (offline, the
// LRS down) never stops play: the statements stay queued, survive a reload, and are tried again later, when the
// next one is added, when the browser is back online, and on leaving the page. Each has its own id, so a retry
// that the LRS had in fact received is not stored twice.
import { statementsUrl } from './xapiConfig';
import type { Statement } from './xapiStatements';

interface OutboxStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxOptions {
  endpoint: string;
  auth: string;
  store: OutboxStore;
  key: string;
  fetch?: typeof fetch;
  /** When to try again after a failure (ms): doubles each time, up to this cap. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  schedule?: (fn: () => void, ms: number) => unknown;
}

export interface Outbox {
  add(statement: Statement): void;
  /** Try to send what is waiting; resolves when that attempt is over (it never rejects). */
  flush(leaving?: boolean): Promise<void>;
  waiting(): Statement[];
}

/** Enough for many sessions offline; beyond it the oldest go first, so storage never fills with them. */
const MAX_WAITING = 500;

export function xapiOutbox(o: OutboxOptions): Outbox {
  const send = o.fetch ?? ((input, init) => fetch(input, init));
  const schedule = o.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const firstRetry = o.firstRetryMs ?? 5_000;
  const maxRetry = o.maxRetryMs ?? 300_000;
  let retryMs = firstRetry;
  let retryPending = false;
  let sending: Promise<void> | null = null;
  let again = false;

  const read = (): Statement[] => {
    try {
      const list = JSON.parse(o.store.getItem(o.key) ?? '[]') as unknown;
      return Array.isArray(list) ? (list as Statement[]) : [];
    } catch {
      return [];
    }
  };
  const write = (list: Statement[]) => {
    if (list.length) o.store.setItem(o.key, JSON.stringify(list.slice(-MAX_WAITING)));
    else o.store.removeItem(o.key);
  };

  const retryLater = () => {
    if (retryPending) return;
    retryPending = true;
    const wait = retryMs;
    retryMs = Math.min(maxRetry, retryMs * 2);
    schedule(() => {
      retryPending = false;
      void flush();
    }, wait);
  };

  const post = async (batch: Statement[], leaving: boolean): Promise<number> => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    if (o.auth) headers.Authorization = o.auth;
    try {
      const response = await send(statementsUrl(o.endpoint), {
        method: 'POST',
        headers,
        body: JSON.stringify(batch),
        // On leaving, the request must outlive the page.
        keepalive: leaving,
        credentials: 'omit',
      });
      return response.status;
    } catch {
      return 0;
    }
  };
  const forget = (batch: Statement[]) => {
    const ids = new Set(batch.map((s) => s.id));
    write(read().filter((s) => !ids.has(s.id)));
  };

  /**
   * Send a batch; true when every statement in it is settled. An LRS refuses a whole batch for one statement it
   * will not take (400 bad, 409 already there with other content, 413 too large), so a refused batch is split
   * in halves until the one statement is found: the others ("completed" among them) still go. Only a statement
   * refused on its own is dropped, since sending it again can never succeed.
   */
  const deliver = async (batch: Statement[], leaving: boolean): Promise<boolean> => {
    const status = await post(batch, leaving);
    if (status >= 200 && status < 300) {
      forget(batch);
      return true;
    }
    const refused = status === 400 || status === 409 || status === 413;
    if (!refused) return false;
    if (batch.length === 1) {
      forget(batch);
      return true;
    }
    const half = Math.ceil(batch.length / 2);
    return (await deliver(batch.slice(0, half), leaving)) && deliver(batch.slice(half), leaving);
  };

  const attempt = async (leaving: boolean): Promise<void> => {
    const batch = read();
    if (!batch.length) return;
    if (await deliver(batch, leaving)) retryMs = firstRetry;
    else if (!leaving) retryLater();
  };

  const flush = (leaving = false): Promise<void> => {
    if (sending) {
      again = true;
      return sending;
    }
    sending = (async () => {
      do {
        again = false;
        await attempt(leaving);
      } while (again && read().length);
    })().finally(() => {
      sending = null;
    });
    return sending;
  };

  return {
    add(statement) {
      write([...read(), statement]);
      void flush();
    },
    flush,
    waiting: read,
  };
}
