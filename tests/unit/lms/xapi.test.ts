// xAPI: off by default; on by the organisation's file or launch parameters; statements without free text;
// an outbox that keeps what failed and sends it later.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readXapiFile, readXapiLaunch, xapiSettings, type XapiSettings } from '../../../src/lms/xapi/xapiConfig';
import {
  ACTS_EXTENSION,
  completedStatement,
  decisionStatement,
  statementId,
  VERB_COMPLETED,
  type Statement,
} from '../../../src/lms/xapi/xapiStatements';
import { xapiOutbox } from '../../../src/lms/xapi/xapiOutbox';

const shipped = () => readXapiFile(JSON.parse(fs.readFileSync('assets/public/config/xapi.json', 'utf8')));
const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.nhs.uk', name: 'learner-7' } };
const settings: XapiSettings = {
  endpoint: 'https://lrs.example/xapi/',
  auth: 'Basic abc',
  actor,
  registration: null,
  activityIdBase: 'urn:allyship-theatre:story:',
  sendDecisionActs: false,
};

describe('configuration', () => {
  test('the shipped file has xAPI off, and per-decision statements off', () => {
    const file = shipped();
    expect(file.enabled).toBe(false);
    expect(file.sendDecisionActs).toBe(false);
    expect(xapiSettings(file, null, 'learner-7')).toBeNull();
  });

  test('turned on in the file: the actor is the LMS learner id under the organisation’s home page', () => {
    const file = {
      ...shipped(),
      enabled: true,
      endpoint: 'https://lrs.example/xapi',
      actorHomePage: 'https://lms.example.nhs.uk',
    };
    const s = xapiSettings(file, null, 'learner-7')!;
    expect(s.endpoint).toBe('https://lrs.example/xapi/');
    expect(s.actor).toEqual(actor);
    // No learner id and no launch actor: nobody to say the statement is about, so nothing is sent.
    expect(xapiSettings(file, null, null)).toBeNull();
  });

  test('launch parameters (endpoint, auth, actor, registration) turn it on and win over the file', () => {
    const registration = '6f1c2f4e-9a55-4c1b-8f62-2f6f0c9f1e11';
    const launch = readXapiLaunch(
      `?story=x&endpoint=${encodeURIComponent('https://other.example/lrs/')}&auth=${encodeURIComponent('Basic xyz')}&actor=${encodeURIComponent(JSON.stringify({ mbox: 'mailto:a@example.nhs.uk', name: 'A' }))}&registration=${registration}`,
    );
    const s = xapiSettings(shipped(), launch, null)!;
    expect(s.endpoint).toBe('https://other.example/lrs/');
    expect(s.auth).toBe('Basic xyz');
    expect(s.actor).toEqual({ mbox: 'mailto:a@example.nhs.uk', name: 'A' });
    expect(s.registration).toBe(registration);
    expect(s.sendDecisionActs).toBe(false);
  });

  test('a launch actor that is not an xAPI agent, or a bad registration, is not used', () => {
    const launch = readXapiLaunch(
      `?endpoint=https://lrs.example/&actor=${encodeURIComponent('{"name":"only a name"}')}&registration=nope`,
    );
    expect(launch?.actor).toBeNull();
    expect(xapiSettings(shipped(), launch, null)).toBeNull();
  });

  test('a damaged file is read as off', () => {
    expect(readXapiFile({ enabled: 'yes' }).enabled).toBe(false);
    expect(readXapiFile(null).enabled).toBe(false);
  });
});

describe('statements', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const story = { id: 'sitting-in-reception', title: 'Sitting in Reception' };

  test('completed: actor, verb, object, timestamp; no score, no result but completion', () => {
    const s = completedStatement(settings, story, statementId(), now);
    expect(s.verb.id).toBe(VERB_COMPLETED);
    expect(s.object.id).toBe('urn:allyship-theatre:story:sitting-in-reception');
    expect(s.timestamp).toBe('2026-03-01T10:00:00.000Z');
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.result).toEqual({ completion: true });
    expect(JSON.stringify(s)).not.toMatch(/score/i);
  });

  test('a decision statement carries the acts only, under its story', () => {
    const s = decisionStatement(settings, story, 3, ['AMPLIFY', 'CREDIT'], statementId(), now);
    expect(s.object.id).toBe('urn:allyship-theatre:story:sitting-in-reception/decision-3');
    expect(s.result?.extensions?.[ACTS_EXTENSION]).toEqual(['AMPLIFY', 'CREDIT']);
    expect(s.context.contextActivities?.parent[0].id).toBe('urn:allyship-theatre:story:sitting-in-reception');
  });
});

describe('outbox', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
      m,
    };
  };
  const statement = (n: number): Statement =>
    completedStatement(settings, { id: `s${n}`, title: `S${n}` }, statementId(), new Date(0));

  test('sends with the xAPI headers; a failure stays queued (and in storage) and goes with the next try', async () => {
    const store = memory();
    const posts: { url: string; headers: Record<string, string>; body: Statement[] }[] = [];
    let up = false;
    const retries: (() => void)[] = [];
    const outbox = xapiOutbox({
      endpoint: settings.endpoint,
      auth: settings.auth,
      store,
      key: 'q',
      fetch: async (url, init) => {
        posts.push({
          url: url instanceof Request ? url.url : url.toString(),
          headers: init!.headers as Record<string, string>,
          body: JSON.parse(init!.body as string),
        });
        if (!up) throw new TypeError('Failed to fetch');
        return new Response(JSON.stringify([]), { status: 200 });
      },
      schedule: (fn) => void retries.push(fn),
    });
    outbox.add(statement(1));
    await outbox.flush();
    expect(outbox.waiting()).toHaveLength(1);
    expect(JSON.parse(store.m.get('q')!)).toHaveLength(1);
    expect(retries).toHaveLength(1);
    up = true;
    outbox.add(statement(2));
    await outbox.flush();
    expect(outbox.waiting()).toEqual([]);
    expect(store.m.has('q')).toBe(false);
    const last = posts.at(-1)!;
    expect(last.url).toBe('https://lrs.example/xapi/statements');
    expect(last.headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(last.headers.Authorization).toBe('Basic abc');
    expect(last.body.map((s) => s.object.id)).toEqual([
      'urn:allyship-theatre:story:s1',
      'urn:allyship-theatre:story:s2',
    ]);
  });

  test('a statement the LRS rejects as malformed is not retried for ever', async () => {
    const store = memory();
    const outbox = xapiOutbox({
      endpoint: 'https://lrs.example/',
      auth: '',
      store,
      key: 'q',
      fetch: async () => new Response('bad', { status: 400 }),
      schedule: () => undefined,
    });
    outbox.add(statement(1));
    await outbox.flush();
    expect(outbox.waiting()).toEqual([]);
  });

  test('statements queued on an earlier visit are still there for the next', async () => {
    const store = memory();
    const offline = xapiOutbox({
      endpoint: 'https://lrs.example/',
      auth: '',
      store,
      key: 'q',
      fetch: async () => new Response('', { status: 503 }),
      schedule: () => undefined,
    });
    offline.add(statement(1));
    await offline.flush();
    let sent = 0;
    const later = xapiOutbox({
      endpoint: 'https://lrs.example/',
      auth: '',
      store,
      key: 'q',
      fetch: async (_u, init) => (
        (sent += JSON.parse(init!.body as string).length),
        new Response('[]', { status: 200 })
      ),
    });
    await later.flush();
    expect(sent).toBe(1);
    expect(later.waiting()).toEqual([]);
  });
});
