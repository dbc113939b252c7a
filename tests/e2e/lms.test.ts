// Into the LMS, in real Chromium with scorm-again as the LMS: the packages build:scorm makes are unpacked beside a
// page that plays the LMS and loads the package's launch address in a frame. The learner's place, the status,
// commits, resuming on another day, completion at the Record panel, nothing the learner wrote in any CMI value,
// valid manifests, xAPI only when turned on, and the game alone still plays.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { cleanPage, expectNoAxeViolations, launchBrowser, stageHiddenEarlier } from './support/browser';
import { makeLmsSite, type LmsSite } from '../fixtures/lms/lmsSite';
import { startXapiRecorder, type XapiRecorder } from '../fixtures/lms/xapiRecorder';
import { readSuspendData } from '../../src/lms/suspendData';
import { PLACE_FROM_ELSEWHERE, XAPI_COMPLETED, XAPI_DECISIONS } from '../../src/lms/lmsNotice';
import { LMS_PROBLEM, LMS_RECOVERED } from '../../src/lms/lmsProblems';

const S1 = 'sitting-in-reception';
const SECRET = 'MY-OWN-WORDS-about-Esther-7391';
const LIMIT_12 = 4096;

let browser: Browser;
let site: LmsSite;
let lrs: XapiRecorder;

beforeAll(async () => {
  lrs = await startXapiRecorder();
  site = await makeLmsSite({
    distDir: inject('distDir'),
    args: ['--stories', S1, '--bundle', `template,${S1}`, '--lrs', lrs.origin],
  });
  site.unpack(`${S1}-scorm12`, 's1-12');
  site.unpack(`${S1}-scorm2004`, 's1-2004');
  site.unpack('bundle-scorm12', 'bundle-12');
  // An organisation that turns xAPI on edits config/xapi.json (here in the unpacked package, as on its server).
  const xapiFile = (sendDecisionActs: boolean) =>
    JSON.stringify({
      enabled: true,
      endpoint: lrs.endpoint,
      auth: 'Basic dGVzdDp0ZXN0',
      actorHomePage: 'https://lms.example.nhs.uk',
      sendDecisionActs,
    });
  for (const [folder, acts] of [
    ['x-on-12', false],
    ['x-acts-12', true],
  ] as const) {
    site.unpack(`${S1}-scorm12`, folder);
    writeFileSync(path.join(site.dir, folder, 'config', 'xapi.json'), xapiFile(acts));
  }
  site.unpack(`${S1}-scorm12`, 'x-launch');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await lrs?.close();
});

type Version = '1.2' | '2004';
const decoder = new TextDecoder();
const manifestOf = (zip: string) => decoder.decode(site.zips.get(zip)!['imsmanifest.xml']);
const launchOf = (zip: string) => /<resource [^>]*href="([^"]+)"/.exec(manifestOf(zip))![1].replace(/&amp;/g, '&');

interface Lms {
  page: Page;
  frame: Frame;
  errors: string[];
}

interface LmsOptions {
  /** More of scorm-again's settings (lmsCommitUrl: commits go to a server, see commitServer). */
  settings?: object;
  /** Before the LMS is made: routes, for example. */
  before?: (page: Page) => Promise<void>;
  /** No LMS at all on the page that launches the package. */
  noLms?: boolean;
}

async function openInLms(version: Version, src: string, seed?: object, o: LmsOptions = {}): Promise<Lms> {
  // A learner who has asked for less movement and hid the stage: what the LMS hears is the subject here, and the
  // plays cost far less CPU and time without a smooth scroll after each choice and the stage (both have their own
  // tests: learnerFlow, theatre, stage; the game alone below plays with both).
  const { page, errors } = await cleanPage(browser, '/lms.html', {
    baseUrl: site.server.url,
    reducedMotion: 'reduce',
    tab: { name: 'stage hidden', initScripts: [stageHiddenEarlier] },
  });
  await o.before?.(page);
  if (!o.noLms) await makeLms(page, version, seed, o.settings);
  await page.evaluate((url) => (window as unknown as { launch(u: string): void }).launch(url), src);
  const frame = (await (await page.locator('#sco').elementHandle())!.contentFrame())!;
  await frame.waitForURL(/index\.html/);
  return { page, frame, errors };
}

async function makeLms(page: Page, version: Version, seed?: object, settings?: object): Promise<void> {
  await page.evaluate(
    ([v, s, m]) =>
      (window as unknown as { makeLms(v: string, s?: object, m?: object): void }).makeLms(
        v as string,
        s as object | undefined,
        m as object | undefined,
      ),
    [version, seed, settings] as const,
  );
}

/** Launch the package again in the LMS's frame (the frame leaves the page it had: pagehide, finish). */
async function relaunch(lms: Lms, src: string): Promise<Frame> {
  await lms.page.evaluate((url) => (window as unknown as { launch(u: string): void }).launch(url), 'about:blank');
  await lms.page.evaluate((url) => (window as unknown as { launch(u: string): void }).launch(url), src);
  const frame = (await (await lms.page.locator('#sco').elementHandle())!.contentFrame())!;
  await frame.waitForURL(/index\.html/);
  return frame;
}

/**
 * The LMS's server, as scorm-again reaches it with `lmsCommitUrl`: every commit it accepted, in order. `down`
 * makes it refuse (401, as a server whose login session has timed out answers), and LMSCommit then says "false".
 */
interface CommitServer {
  down: boolean;
  accepted: { cmi: { suspend_data: string; core: { lesson_status: string } } }[];
}
const COMMIT_URL = '/lms-commit';
async function commitServer(page: Page): Promise<CommitServer> {
  const server: CommitServer = { down: false, accepted: [] };
  await page.route(`**${COMMIT_URL}`, async (route) => {
    if (server.down)
      return route.fulfill({ status: 401, contentType: 'application/json', body: '{"result":false,"errorCode":101}' });
    server.accepted.push(JSON.parse(route.request().postData() ?? 'null'));
    return route.fulfill({ status: 200, contentType: 'application/json', body: '{"result":true,"errorCode":0}' });
  });
  return server;
}

async function takeChoice(frame: Frame, n = 0): Promise<void> {
  const buttons = frame.locator('.choices button.choice');
  await buttons.first().waitFor();
  const count = await buttons.count();
  const handle = (await buttons.nth(n % count).elementHandle())!;
  await handle.click();
  // The choice list is rebuilt after every choice: the button pressed leaves the page.
  await frame.waitForFunction((el) => !el.isConnected, handle);
}

async function playToEnd(frame: Frame, offered: string[] = []): Promise<void> {
  for (let i = 0; i < 60 && (await frame.locator('.end-card').count()) === 0; i++) {
    offered.push(...(await frame.locator('.choices .choice-text').allTextContents()));
    await takeChoice(frame, i);
  }
  await frame.locator('.end-card').waitFor();
}

/** Through every part of the curtain call to the Record, writing in every box on the way, feelings put in the account. */
async function curtainCallToRecord(frame: Frame): Promise<void> {
  await frame.getByRole('button', { name: 'Take your curtain call' }).click();
  for (let i = 0; i < 12; i++) {
    const part = frame.locator('.debrief-part:not([hidden])');
    await part.waitFor();
    for (const box of await part.locator('textarea, input[type="text"]').all()) {
      if ((await box.isVisible()) && (await box.isEditable()))
        await box.fill(`${SECRET} (I said this to Esther's manager)`);
    }
    // The learner who puts their feelings in their own account has still sent the LMS none of it.
    const feelingsIn = part.getByLabel('Put these words in my reflective account', { exact: true });
    if ((await feelingsIn.count()) > 0) await feelingsIn.check();
    const next = part.locator('.debrief-nav button', { hasText: /^Continue to part/ });
    if ((await next.count()) === 0) return;
    await next.click();
  }
  throw new Error('the curtain call never reached its last part');
}

interface Cmi {
  status: string;
  success: string;
  location: string;
  suspend: string;
  exit: string;
  sessionTime: string;
  all: string;
}

function cmi(page: Page, version: Version): Promise<Cmi> {
  return page.evaluate((v) => {
    const w = window as unknown as {
      lmsApi: { cmi: Record<string, any>; renderCMIToJSONString(): string };
      lmsLog: { fn: string; args: string[] }[];
    };
    const c = w.lmsApi.cmi;
    // exit and session_time are write-only to a SCO (scorm-again enforces it): read what was written.
    const written = (element: string) =>
      [...w.lmsLog].reverse().find((call) => call.fn.endsWith('SetValue') && call.args[0] === element)?.args[1] ?? '';
    return v === '1.2'
      ? {
          status: c.core.lesson_status,
          success: '',
          location: c.core.lesson_location,
          suspend: c.suspend_data,
          exit: written('cmi.core.exit'),
          sessionTime: written('cmi.core.session_time'),
          all: w.lmsApi.renderCMIToJSONString(),
        }
      : {
          status: c.completion_status,
          success: c.success_status,
          location: c.location,
          suspend: c.suspend_data,
          exit: written('cmi.exit'),
          sessionTime: written('cmi.session_time'),
          all: w.lmsApi.renderCMIToJSONString(),
        };
  }, version);
}

const lmsLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { lmsLog: { fn: string; args: string[]; result: string }[] }).lmsLog);

/** Every value the package wrote to the LMS. */
async function valuesWritten(page: Page): Promise<string[]> {
  return (await lmsLog(page)).filter((c) => c.fn.endsWith('SetValue')).map((c) => c.args[1]);
}

async function choiceTexts(frame: Frame): Promise<string[]> {
  await frame.locator('.choices .choice-text').first().waitFor();
  return frame.locator('.choices .choice-text').allTextContents();
}

describe('packages', () => {
  test('every manifest is well-formed XML with the required elements, and names exactly the files in its zip', async () => {
    const { page } = await cleanPage(browser, '/lms.html', { baseUrl: site.server.url });
    expect([...site.zips.keys()].sort()).toEqual([
      'bundle-scorm12',
      'bundle-scorm2004',
      `${S1}-scorm12`,
      `${S1}-scorm2004`,
    ]);
    for (const [zip, files] of site.zips) {
      const version: Version = zip.endsWith('scorm12') ? '1.2' : '2004';
      const facts = await page.evaluate(
        ([xml, v]) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length)
            return { error: doc.getElementsByTagName('parsererror')[0].textContent };
          const cp =
            v === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1';
          const adlcp =
            v === '1.2' ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2' : 'http://www.adlnet.org/xsd/adlcp_v1p3';
          const one = (name: string) => doc.getElementsByTagNameNS(cp, name);
          const root = doc.documentElement;
          const organizations = one('organizations')[0];
          const organization = one('organization')[0];
          const item = one('item')[0];
          const resource = one('resource')[0];
          return {
            error: null,
            root: `${root.namespaceURI} ${root.localName}`,
            identifier: root.getAttribute('identifier'),
            schema: one('schema')[0]?.textContent,
            schemaversion: one('schemaversion')[0]?.textContent,
            defaultOrgMatches: organizations?.getAttribute('default') === organization?.getAttribute('identifier'),
            title: one('title')[0]?.textContent,
            itemPointsToResource: item?.getAttribute('identifierref') === resource?.getAttribute('identifier'),
            scormType: resource?.getAttributeNS(adlcp, v === '1.2' ? 'scormtype' : 'scormType'),
            type: resource?.getAttribute('type'),
            href: resource?.getAttribute('href'),
            files: [...one('file')].map((f) => f.getAttribute('href') ?? ''),
          };
        },
        [manifestOf(zip), version] as const,
      );
      expect(facts.error, zip).toBeNull();
      expect(facts.root).toBe(
        `${version === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1'} manifest`,
      );
      expect(facts.identifier).toBeTruthy();
      expect(facts.schema).toBe('ADL SCORM');
      expect(facts.schemaversion).toBe(version === '1.2' ? '1.2' : '2004 4th Edition');
      expect(facts.defaultOrgMatches).toBe(true);
      expect(facts.title).toBeTruthy();
      expect(facts.itemPointsToResource).toBe(true);
      expect(facts.scormType).toBe('sco');
      expect(facts.type).toBe('webcontent');
      expect(facts.href).toBe(
        zip.startsWith('bundle') ? `index.html?stories=template,${S1}&lms=1` : `index.html?story=${S1}&lms=1`,
      );
      // Relative paths only, every one in the zip, and every file of the game named.
      const inZip = Object.keys(files)
        .filter((f) => f !== 'imsmanifest.xml')
        .sort();
      const named = facts.files!.map((f) => decodeURIComponent(f)).sort();
      for (const f of named) expect(f).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
      expect(named).toEqual(inZip);
      expect(inZip).toContain('index.html');
      expect(inZip).toContain(`stories/${S1}.json`);
      expect(inZip.some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);
    }
  });
});

describe('SCORM 1.2', () => {
  test('place and commit at each choice, incomplete until the Record, then completed; nothing the learner wrote is sent', async () => {
    const { page, frame, errors } = await openInLms('1.2', `s1-12/${launchOf(`${S1}-scorm12`)}`);
    await frame.locator('.lms-notice').waitFor();
    expect(await frame.locator('.lms-notice').textContent()).toContain(
      'Your organisation’s learning system keeps only your place in the story, so you can carry on another day. What you write in the curtain call stays on this device.',
    );
    expect((await lmsLog(page))[0].fn).toBe('LMSInitialize');
    expect((await cmi(page, '1.2')).status).toBe('incomplete');

    const offered: string[] = [];
    for (let i = 0; i < 3; i++) {
      offered.push(...(await choiceTexts(frame)));
      const commitsBefore = (await lmsLog(page)).filter((c) => c.fn === 'LMSCommit').length;
      await takeChoice(frame, i);
      await expect
        .poll(async () => (await lmsLog(page)).filter((c) => c.fn === 'LMSCommit').length)
        .toBeGreaterThan(commitsBefore);
      const now = await cmi(page, '1.2');
      expect(now.status).toBe('incomplete');
      expect(now.location).toMatch(/^Sitting in Reception: decision \d+$/);
      expect(now.suspend.length).toBeLessThanOrEqual(LIMIT_12);
      const kept = readSuspendData(now.suspend);
      expect(kept.places).toHaveLength(1);
      expect(kept.places[0].storyId).toBe(S1);
      expect(kept.places[0].path).toHaveLength(i + 1);
    }

    await playToEnd(frame);
    await expect.poll(async () => (await cmi(page, '1.2')).location).toBe('Sitting in Reception: the end');
    // The ending alone is not completion: the Record panel of the curtain call is.
    expect((await cmi(page, '1.2')).status).toBe('incomplete');

    await curtainCallToRecord(frame);
    await expect.poll(async () => (await cmi(page, '1.2')).status).toBe('completed');

    // Leaving the page finishes the session.
    await page.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await expect.poll(async () => (await lmsLog(page)).some((c) => c.fn === 'LMSFinish')).toBe(true);
    const last = await cmi(page, '1.2');
    expect(last.exit).toBe('suspend');
    expect(last.sessionTime).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(last.suspend.length).toBeLessThanOrEqual(LIMIT_12);

    // Nothing the learner wrote, no words of any option, and no score, in anything sent or kept.
    const written = [...(await valuesWritten(page)), last.all];
    for (const value of written) {
      expect(value).not.toContain(SECRET);
      expect(value).not.toContain('Esther');
      for (const option of offered) expect(value).not.toContain(option);
    }
    expect((await lmsLog(page)).filter((c) => c.fn.endsWith('SetValue') && /score/.test(c.args[0]))).toEqual([]);
    // xAPI is off unless an organisation turns it on.
    expect(lrs.posts).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('another day: the LMS’s suspend data brings the learner back to the same decision on a fresh device, which says their writing stayed on the other', async () => {
    const first = await openInLms('1.2', `s1-12/${launchOf(`${S1}-scorm12`)}`);
    for (let i = 0; i < 3; i++) await takeChoice(first.frame, i + 1);
    const offered = await choiceTexts(first.frame);
    const kept = await cmi(first.page, '1.2');

    // A new browser context: no local autosave, so only the LMS can know the place.
    const seed = {
      cmi: {
        suspend_data: kept.suspend,
        core: { lesson_status: 'incomplete', lesson_location: kept.location, entry: 'resume' },
      },
    };

    // The same computer, another visit: its own place agrees, and nothing needs saying.
    await first.page.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await makeLms(first.page, '1.2', seed);
    const sameDevice = await relaunch(first, `s1-12/${launchOf(`${S1}-scorm12`)}`);
    expect(await choiceTexts(sameDevice)).toEqual(offered);
    expect(await sameDevice.getByText(PLACE_FROM_ELSEWHERE).count()).toBe(0);

    const again = await openInLms('1.2', `s1-12/${launchOf(`${S1}-scorm12`)}`, seed);
    expect(await choiceTexts(again.frame)).toEqual(offered);
    // The learner is reminded that what they wrote on the other computer did not come with the place.
    await again.frame.locator('.notice', { hasText: PLACE_FROM_ELSEWHERE }).waitFor();
    await takeChoice(again.frame, 0);
    const now = await cmi(again.page, '1.2');
    expect(readSuspendData(now.suspend).places[0].path).toHaveLength(
      readSuspendData(kept.suspend).places[0].path.length + 1,
    );
    expect(again.errors).toEqual([]);
  });
});

describe('SCORM 2004', () => {
  test('completion_status, location and suspend data; success_status left unknown; resume; Terminate on leaving', async () => {
    const { page, frame, errors } = await openInLms('2004', `s1-2004/${launchOf(`${S1}-scorm2004`)}`);
    await frame.locator('.lms-notice').waitFor();
    expect((await lmsLog(page))[0].fn).toBe('Initialize');
    await takeChoice(frame, 2);
    await takeChoice(frame, 0);
    await expect.poll(async () => (await cmi(page, '2004')).location).toMatch(/^Sitting in Reception: decision \d+$/);
    const mid = await cmi(page, '2004');
    expect(mid.status).toBe('incomplete');
    expect(mid.suspend.length).toBeLessThanOrEqual(LIMIT_12);
    const offered = await choiceTexts(frame);

    const again = await openInLms('2004', `s1-2004/${launchOf(`${S1}-scorm2004`)}`, {
      cmi: { suspend_data: mid.suspend, location: mid.location, completion_status: 'incomplete' },
    });
    expect(await choiceTexts(again.frame)).toEqual(offered);
    await playToEnd(again.frame);
    expect((await cmi(again.page, '2004')).status).toBe('incomplete');
    await curtainCallToRecord(again.frame);
    await expect.poll(async () => (await cmi(again.page, '2004')).status).toBe('completed');
    expect((await cmi(again.page, '2004')).success).toBe('unknown');
    await again.page.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await expect.poll(async () => (await lmsLog(again.page)).some((c) => c.fn === 'Terminate')).toBe(true);
    const last = await cmi(again.page, '2004');
    expect(last.exit).toBe('suspend');
    expect(last.sessionTime).toMatch(/^PT/);
    for (const value of [...(await valuesWritten(again.page)), last.all]) expect(value).not.toContain(SECRET);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });
});

describe('a bundle of stories', () => {
  test('the playbill shows only its stories; complete only when every one has reached its Record', async () => {
    const { page, frame, errors } = await openInLms('1.2', `bundle-12/${launchOf('bundle-scorm12')}`);
    await frame.locator('.production').first().waitFor();
    expect(await frame.locator('.production h3').allTextContents()).toHaveLength(2);
    expect(await frame.locator('.before-you-start').textContent()).toContain('keeps only your place in the story');
    expect(await frame.locator('.before-you-start').textContent()).not.toContain('Nothing is sent anywhere');

    await frame.locator('button[data-story="template"]').first().click();
    await playToEnd(frame);
    await curtainCallToRecord(frame);
    await expect.poll(async () => readSuspendData((await cmi(page, '1.2')).suspend).done).toEqual(['template']);
    expect((await cmi(page, '1.2')).status).toBe('incomplete');

    await frame.getByRole('button', { name: 'Finish and leave the curtain call' }).click();
    await frame.locator(`button[data-story="${S1}"]`).first().click();
    await playToEnd(frame);
    await curtainCallToRecord(frame);
    await expect.poll(async () => (await cmi(page, '1.2')).status).toBe('completed');
    const kept = readSuspendData((await cmi(page, '1.2')).suspend);
    expect(kept.done.sort()).toEqual([S1, 'template'].sort());
    expect(kept.places.map((p) => p.storyId).sort()).toEqual([S1, 'template'].sort());
    expect(errors).toEqual([]);
  });
});

describe('without an LMS', () => {
  test('the same package opened on its own plays exactly as the game does, saying nothing about an LMS', async () => {
    const { page, errors } = await cleanPage(browser, `/s1-12/${launchOf(`${S1}-scorm12`)}`, {
      baseUrl: site.server.url,
    });
    await page.locator('.choices button').first().waitFor();
    expect(await page.locator('.lms-notice').count()).toBe(0);
    // The buttons drawn before the engine loaded may be redrawn as it takes over: hold one of the engine's.
    await page.waitForFunction(() => performance.getEntriesByName('story-ready').length > 0);
    const first = (await page.locator('.choices button.choice').first().elementHandle())!;
    await first.click();
    await page.waitForFunction((el) => !el.isConnected, first);
    const saved = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('allyship:save:auto:')),
    );
    expect(saved).toEqual([`allyship:save:auto:${S1}`]);
    expect(errors).toEqual([]);
    // Leaving may cut short the stage's own loading: that is the test leaving, not the game failing.
    await page.goto(`${site.server.url}/s1-12/index.html`);
    errors.splice(0, errors.length, ...errors.filter((e) => !/ERR_ABORTED/.test(e)));
    await page.locator('.before-you-start').waitFor();
    expect(await page.locator('.before-you-start').textContent()).toContain('Nothing is sent anywhere');
    expect(errors).toEqual([]);
  });
});

describe('xAPI', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const lmsActor = { objectType: 'Agent', account: { homePage: 'https://lms.example.nhs.uk', name: 'learner-42' } };
  const seedLearner = { cmi: { core: { student_id: 'learner-42', student_name: 'Learner, A' } } };

  /** actor, verb.id, object.id, timestamp, an id; no score, and none of the words the learner saw or wrote. */
  function expectShape(statement: Record<string, any>, actor: object, offered: string[]): void {
    expect(statement.id).toMatch(UUID);
    expect(statement.actor).toEqual(actor);
    expect(statement.verb.id).toMatch(/^http:\/\/adlnet\.gov\/expapi\/verbs\/(completed|responded)$/);
    expect(statement.object.id).toMatch(new RegExp(`^urn:allyship-theatre:story:${S1}(/decision-\\d+)?$`));
    expect(Number.isNaN(Date.parse(statement.timestamp))).toBe(false);
    const text = JSON.stringify(statement);
    expect(text).not.toMatch(/score/i);
    expect(text).not.toContain(SECRET);
    for (const option of offered) expect(text).not.toContain(option);
  }

  test('turned on by the organisation: one completed statement at the Record, no per-decision statements; the learner is told', async () => {
    lrs.posts.length = 0;
    const { frame, errors } = await openInLms('1.2', `x-on-12/${launchOf(`${S1}-scorm12`)}`, seedLearner);
    await frame.locator('.lms-notice').waitFor();
    const notice = (await frame.locator('.lms-notice').textContent())!;
    expect(notice).toContain(XAPI_COMPLETED);
    expect(notice).not.toContain(XAPI_DECISIONS);
    const offered: string[] = [];
    await playToEnd(frame, offered);
    await curtainCallToRecord(frame);
    await expect.poll(() => lrs.statements().length).toBe(1);
    const [completed] = lrs.statements();
    expectShape(completed, lmsActor, offered);
    expect((completed as any).verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(lrs.posts[0].headers.authorization).toBe('Basic dGVzdDp0ZXN0');
    expect(lrs.posts[0].headers['x-experience-api-version']).toBe('1.0.3');
    expect(errors).toEqual([]);
  });

  test('with the separate opt-in, one statement per decision carrying only its acts; a failed send is kept and sent later', async () => {
    lrs.posts.length = 0;
    const { frame, errors } = await openInLms('1.2', `x-acts-12/${launchOf(`${S1}-scorm12`)}`, seedLearner);
    await frame.locator('.lms-notice').waitFor();
    expect(await frame.locator('.lms-notice').textContent()).toContain(XAPI_DECISIONS);
    // The record store is down for the first statement: play goes on, and the statement goes with a later one.
    lrs.failNext(1);
    const offered: string[] = [];
    // Starting again and undoing it replays the decisions already taken: they are not sent a second time (the
    // numbering below would repeat).
    for (let i = 0; i < 4; i++) {
      offered.push(...(await frame.locator('.choices .choice-text').allTextContents()));
      await takeChoice(frame, i);
    }
    await frame.getByRole('button', { name: 'Start again' }).click();
    await frame.locator('[data-undo-restart]').click();
    await playToEnd(frame, offered);
    await curtainCallToRecord(frame);
    await expect.poll(() => lrs.statements().some((s: any) => s.verb.id.endsWith('/completed'))).toBe(true);
    const statements = lrs.statements() as Record<string, any>[];
    expect(lrs.failed).toBe(1);
    const responded = statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/responded');
    expect(responded.length).toBeGreaterThanOrEqual(3);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(responded.map((s) => s.object.id)).toEqual(
      responded.map((_, i) => `urn:allyship-theatre:story:${S1}/decision-${i + 1}`),
    );
    for (const s of statements) expectShape(s, lmsActor, offered);
    for (const s of responded) {
      const acts = s.result.extensions['urn:allyship-theatre:xapi:acts'];
      expect(Array.isArray(acts)).toBe(true);
      for (const act of acts) expect(act).toMatch(/^[A-Z_]+$/);
    }
    expect(errors.filter((e) => !e.includes(lrs.origin))).toEqual([]);
  });

  test('by launch parameters, without any SCORM LMS: the credentials leave the address bar; a completed statement', async () => {
    lrs.posts.length = 0;
    const actor = { mbox: 'mailto:learner@example.nhs.uk', name: 'A Learner' };
    const registration = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const query = new URLSearchParams({
      story: S1,
      endpoint: lrs.endpoint,
      auth: 'Basic eDp5',
      actor: JSON.stringify(actor),
      registration,
    });
    const { page, errors } = await cleanPage(browser, `/x-launch/index.html?${query}`, { baseUrl: site.server.url });
    await page.locator('.lms-notice').waitFor();
    expect(page.url()).not.toMatch(/auth=|endpoint=|actor=/);
    expect(page.url()).toContain(`story=${S1}`);
    const notice = (await page.locator('.lms-notice').textContent())!;
    expect(notice).toContain(XAPI_COMPLETED);
    expect(notice).not.toContain('learning system keeps only your place');
    await expectNoAxeViolations(page);
    const offered: string[] = [];
    await playToEnd(page.mainFrame(), offered);
    await curtainCallToRecord(page.mainFrame());
    await expect.poll(() => lrs.statements().length).toBe(1);
    const [completed] = lrs.statements() as Record<string, any>[];
    expectShape(completed, actor, offered);
    expect(completed.context.registration).toBe(registration);
    expect(lrs.posts[0].headers.authorization).toBe('Basic eDp5');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('allyship:xapi:outbox'))).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('a browser that keeps nothing, inside an LMS', () => {
  test('the notice says the LMS keeps the place and that what the learner writes will not be kept, not that progress is lost', async () => {
    // The tab is shared with the tests after this one: the refusal is taken off again at the end.
    let refusing: { dispose(): Promise<void> } | null = null;
    const { page, frame, errors } = await openInLms('1.2', `s1-12/${launchOf(`${S1}-scorm12`)}`, undefined, {
      // The package's frame loads after this: its storage refuses, as in a locked-down work browser.
      before: async (p) => {
        refusing = await p.addInitScript(() => {
          if (window === window.top) return;
          const refuse = () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          };
          Storage.prototype.getItem = refuse;
          Storage.prototype.setItem = refuse;
          Storage.prototype.removeItem = refuse;
        });
      },
    });
    try {
      const notice = frame.locator('.storage-notice:not([hidden])');
      await notice.waitFor();
      const text = await notice.textContent();
      expect(text).toContain('Your learning system keeps your place in the story');
      expect(text).toContain('what you write in the curtain call will not be kept after you close the page');
      expect(text).not.toContain('your progress will not be kept');
      // No "save your place to a file": the LMS keeps it.
      await takeChoice(frame, 0);
      expect(await frame.getByRole('button', { name: 'Save your place to a file' }).isVisible()).toBe(false);
      await expect.poll(async () => readSuspendData((await cmi(page, '1.2')).suspend).places.length).toBe(1);
    } finally {
      await (refusing as { dispose(): Promise<void> } | null)?.dispose();
    }
    expect(errors).toEqual([]);
  });
});

describe('when the LMS fails', () => {
  test('launched from the LMS, but no LMS answers: the learner is told nothing will be recorded, and what to do', async () => {
    const src = `s1-12/${launchOf(`${S1}-scorm12`)}`;
    const { frame, errors } = await openInLms('1.2', src, undefined, { noLms: true });
    const problem = frame.locator('.lms-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toContain(LMS_PROBLEM.unreachable);
    expect(await problem.getAttribute('role')).toBe('region');
    // The story still plays.
    await takeChoice(frame, 0);
    expect(errors).toEqual([]);

    // An LMS that is there but refuses to start the session says the same.
    const refused = await openInLms('1.2', src, undefined, {
      before: async (page) => {
        await makeLms(page, '1.2');
        await page.evaluate(() => {
          (window as unknown as { API: { LMSInitialize(): string } }).API.LMSInitialize = () => 'false';
        });
      },
      noLms: true,
    });
    await refused.frame.locator('.lms-problem').waitFor();
    expect(await refused.frame.locator('.lms-problem').textContent()).toContain(LMS_PROBLEM.unreachable);
  });

  test('the LMS’s session times out mid-story: the learner is told, and the place is saved at the next choice once it answers', async () => {
    let server: CommitServer | null = null;
    const { page, frame, errors } = await openInLms('1.2', `s1-12/${launchOf(`${S1}-scorm12`)}`, undefined, {
      before: async (p) => void (server = await commitServer(p)),
      settings: { lmsCommitUrl: COMMIT_URL },
    });
    await takeChoice(frame, 0);
    await expect.poll(() => server!.accepted.length).toBeGreaterThan(1);
    server!.down = true;
    await takeChoice(frame, 1);
    const problem = frame.locator('.lms-problem [data-problem="place"]');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(LMS_PROBLEM.place);
    server!.down = false;
    const before = server!.accepted.length;
    await takeChoice(frame, 0);
    await expect.poll(() => server!.accepted.length).toBeGreaterThan(before);
    await frame.locator('.lms-problem [data-recovered="place"]').waitFor();
    expect(await frame.locator('.lms-problem [data-problem]').count()).toBe(0);
    // What the LMS's server now holds is the place the learner is at, three choices in.
    expect(readSuspendData(server!.accepted.at(-1)!.cmi.suspend_data).places[0].path).toHaveLength(3);
    expect((await cmi(page, '1.2')).location).toMatch(/^Sitting in Reception: decision \d+$/);
    expect(errors.filter((e) => !e.includes(COMMIT_URL) && !/401/.test(e))).toEqual([]);
  });

  test('the LMS times out at the Record panel: the learner is told, their writing stays, and the next launch on this device records the completion', async () => {
    let server: CommitServer | null = null;
    const src = `s1-12/${launchOf(`${S1}-scorm12`)}`;
    const lms = await openInLms('1.2', src, undefined, {
      before: async (p) => void (server = await commitServer(p)),
      settings: { lmsCommitUrl: COMMIT_URL },
    });
    await playToEnd(lms.frame);
    server!.down = true;
    await curtainCallToRecord(lms.frame);
    const problem = lms.frame.locator('.lms-problem [data-problem="completion"]');
    await problem.waitFor();
    expect(await problem.textContent()).toBe(LMS_PROBLEM.completion);
    const heardCompleted = () => server!.accepted.some((body) => body.cmi.core.lesson_status === 'completed');
    // The LMS's server never heard "completed".
    expect(heardCompleted()).toBe(false);
    // What the learner wrote is on this device.
    const written = await lms.frame.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('allyship:debrief:'))
        .map((k) => localStorage.getItem(k))
        .join(''),
    );
    expect(written).toContain(SECRET);

    // Another day, on this computer: a new LMS session (the server answers again) from what it last accepted.
    const suspend = server!.accepted.at(-1)!.cmi.suspend_data;
    // Leaving tries once more, and the server still refuses.
    await lms.page.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await expect.poll(async () => (await lmsLog(lms.page)).some((c) => c.fn === 'LMSFinish')).toBe(true);
    expect(heardCompleted()).toBe(false);
    server!.down = false;
    await makeLms(
      lms.page,
      '1.2',
      { cmi: { suspend_data: suspend, core: { lesson_status: 'incomplete', entry: 'resume' } } },
      { lmsCommitUrl: COMMIT_URL },
    );
    const frame = await relaunch(lms, src);
    await frame.locator('.lms-problem [data-recovered="completion"]').waitFor();
    expect(await frame.locator('.lms-problem').textContent()).toContain(LMS_RECOVERED.completion);
    await expect.poll(heardCompleted).toBe(true);
    expect((await cmi(lms.page, '1.2')).status).toBe('completed');
    // Told once: the launch after that says nothing more.
    await lms.page.evaluate(() => (window as unknown as { launch(u: string): void }).launch('about:blank'));
    await makeLms(lms.page, '1.2', { cmi: { core: { lesson_status: 'completed', entry: 'resume' } } });
    const third = await relaunch(lms, src);
    await third.locator('.choices button.choice, .end-card').first().waitFor();
    expect(await third.locator('.lms-problem').isHidden()).toBe(true);
  });
});
