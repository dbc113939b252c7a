// The LMS and LRS under hostile or awkward conditions (issue 17): credentials never over plain http, endpoints
// with a query string, an LRS that refuses one statement of a batch or the batch's size, and a suspend_data
// someone edited.
import { describe, expect, test } from 'vitest';
import { encodeSavePath } from '../../../src/engine/saveCode';
import { readKeptRecord, writeSuspendData } from '../../../src/lms/suspendData';
import { endpointProblem, statementsUrl, xapiSettings, readXapiFile } from '../../../src/lms/xapi/xapiConfig';
import { xapiOutbox } from '../../../src/lms/xapi/xapiOutbox';
import {
  completedStatement,
  decisionStatement,
  statementId,
  type Statement,
} from '../../../src/lms/xapi/xapiStatements';

const actor = { mbox: 'mailto:a@example.nhs.uk' };
const launch = (endpoint: string, auth: string) => ({ endpoint, auth, actor, registration: null });
const off = readXapiFile({});

describe('where statements go', () => {
  test('an http:// endpoint is refused with credentials, except on this machine (loopback)', () => {
    expect(endpointProblem('http://lrs.example/xapi/', 'Basic abc')).toMatch(/plain http/);
    expect(xapiSettings(off, launch('http://lrs.example/xapi/', 'Basic abc'), null)).toBeNull();
    for (const local of ['http://localhost:8080/xapi/', 'http://127.0.0.1:9/x/', 'http://[::1]/xapi/'])
      expect(xapiSettings(off, launch(local, 'Basic abc'), null)?.endpoint).toBe(local);
    // Without credentials nothing secret travels: plain http is the LRS's choice.
    expect(endpointProblem('http://lrs.example/xapi/', '')).toBeNull();
    expect(xapiSettings(off, launch('https://lrs.example/xapi/', 'Basic abc'), null)).not.toBeNull();
    // The organisation's file is held to the same rule.
    const file = readXapiFile({ enabled: true, endpoint: 'http://lrs.example/', auth: 'Basic x', actorHomePage: 'h' });
    expect(xapiSettings(file, null, 'learner-1')).toBeNull();
  });

  test('an endpoint with a query string keeps it after the statements resource', () => {
    expect(statementsUrl('https://lrs.example/xapi/?tenant=7')).toBe('https://lrs.example/xapi/statements?tenant=7');
    expect(statementsUrl('https://lrs.example/xapi?tenant=7')).toBe('https://lrs.example/xapi/statements?tenant=7');
    expect(statementsUrl('https://lrs.example')).toBe('https://lrs.example/statements');
    const settings = xapiSettings(off, launch('https://lrs.example/xapi?tenant=7', ''), null)!;
    expect(statementsUrl(settings.endpoint)).toBe('https://lrs.example/xapi/statements?tenant=7');
  });
});

describe('an LRS that refuses', () => {
  const settings = xapiSettings(off, launch('https://lrs.example/xapi/', ''), null)!;
  /** A device whose outbox already holds `queued` (sent while offline, all waiting together). */
  const memory = (queued: Statement[] = []) => {
    const m = new Map<string, string>([['q', JSON.stringify(queued)]]);
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  };
  const decision = (n: number): Statement =>
    decisionStatement(settings, { id: 's', title: 'S' }, n, ['AMPLIFY'], statementId(), new Date(0));
  const completed = completedStatement(settings, { id: 's', title: 'S' }, statementId(), new Date(0));

  test('a 400 for one bad statement keeps the batch: the bad one is found, "completed" still goes', async () => {
    const bad = decision(2);
    const stored: Statement[] = [];
    const batches: number[] = [];
    let posts = 0;
    const outbox = xapiOutbox({
      endpoint: settings.endpoint,
      auth: '',
      store: memory([decision(1), bad, decision(3), completed]),
      key: 'q',
      fetch: async (_url, init) => {
        posts += 1;
        const batch = JSON.parse(init!.body as string) as Statement[];
        batches.push(batch.length);
        if (batch.some((s) => s.id === bad.id)) return new Response('bad statement', { status: 400 });
        stored.push(...batch);
        return new Response('[]', { status: 200 });
      },
      schedule: () => undefined,
    });
    await outbox.flush();
    expect(batches[0]).toBe(4);
    expect(outbox.waiting()).toEqual([]);
    expect(stored).toHaveLength(3);
    expect(stored.some((s) => s.id === completed.id)).toBe(true);
    expect(stored.some((s) => s.id === bad.id)).toBe(false);
    expect(posts).toBeLessThan(20);
  });

  test('a 413 splits the batch rather than retrying the same one for ever', async () => {
    const sizes: number[] = [];
    const retries: (() => void)[] = [];
    const outbox = xapiOutbox({
      endpoint: settings.endpoint,
      auth: '',
      store: memory([1, 2, 3, 4, 5, 6, 7].map(decision)),
      key: 'q',
      fetch: async (_url, init) => {
        const n = (JSON.parse(init!.body as string) as Statement[]).length;
        sizes.push(n);
        return new Response('', { status: n > 2 ? 413 : 200 });
      },
      schedule: (fn) => void retries.push(fn),
    });
    const all = [1, 2, 3, 4, 5, 6, 7].map(decision);
    // Queued offline (one at a time would each go alone), then flushed together.
    for (const s of all) (outbox as unknown as { add(s: Statement): void }).add(s);
    await outbox.flush();
    await outbox.flush();
    expect(outbox.waiting()).toEqual([]);
    expect(retries).toHaveLength(0);
    expect(sizes.filter((n) => n > 2).length).toBeLessThan(10);
  });
});

describe('suspend_data someone edited', () => {
  const save = {
    format: 1 as const,
    storyId: 'sitting-in-reception',
    storyHash: 'abc',
    seed: 0,
    path: [{ index: 1, text: 'Wait' }],
  };
  test('is noticed, and starts afresh (never half-read)', () => {
    const good = writeSuspendData({ done: [], places: [save] }, 4096)!;
    expect(readKeptRecord(good)).toMatchObject({ damaged: false });
    expect(readKeptRecord('')).toMatchObject({ damaged: false });
    for (const tampered of [
      '{"v":1,"done":[],"at":["%%%"]}',
      '{not json',
      '{"v":9}',
      good.replace(encodeSavePath(save).slice(0, 8), 'XXXXXXXX'),
    ]) {
      const read = readKeptRecord(tampered);
      expect(read.damaged, tampered).toBe(true);
      expect(read.record.places).toEqual([]);
    }
  });
});
