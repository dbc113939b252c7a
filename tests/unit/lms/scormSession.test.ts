// The conversation with the LMS: begun, place kept and committed, completed, finished; no score, nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scormSession, scorm12Time, scorm2004Time } from '../../../src/lms/scormSession';
import { fakeScorm12, fakeScorm2004 } from './fakeScorm';

const sets = (calls: { fn: string; args: string[] }[]) =>
  calls.filter((c) => c.fn.endsWith('SetValue')).map((c) => c.args[0]);

describe('SCORM 1.2', () => {
  test('start marks a first visit incomplete and asks the LMS to keep suspend data', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    expect(s.start()).toBe(true);
    expect(lms.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(lms.data['cmi.core.exit']).toBe('suspend');
    expect(lms.calls[0].fn).toBe('LMSInitialize');
  });

  test('a completed attempt stays completed on a later visit', () => {
    const lms = fakeScorm12({ 'cmi.core.lesson_status': 'completed' });
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    expect(lms.data['cmi.core.lesson_status']).toBe('completed');
    expect(s.isCompleted()).toBe(true);
  });

  test('keepPlace writes location and suspend data, then commits', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    lms.calls.length = 0;
    expect(s.keepPlace('Sitting in Reception: decision 2', 'abc')).toBe(true);
    expect(lms.data['cmi.core.lesson_location']).toBe('Sitting in Reception: decision 2');
    expect(lms.data['cmi.suspend_data']).toBe('abc');
    expect(lms.calls.at(-1)?.fn).toBe('LMSCommit');
  });

  test('never sends suspend data longer than 4,096 characters', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    expect(s.keepPlace('x', 'a'.repeat(4097))).toBe(false);
    expect(lms.data['cmi.suspend_data']).toBe('');
    expect(s.keepPlace('x', 'a'.repeat(4096))).toBe(true);
  });

  test('location is cut to 255 characters', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    s.keepPlace('L'.repeat(400), '');
    expect(lms.data['cmi.core.lesson_location']).toHaveLength(255);
  });

  test('completed, finished once, and no score anywhere', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    expect(s.markCompleted()).toBe(true);
    s.finish(75.5);
    s.finish(80);
    expect(lms.data['cmi.core.lesson_status']).toBe('completed');
    expect(lms.data['cmi.core.session_time']).toBe('00:01:15.50');
    expect(lms.calls.filter((c) => c.fn === 'LMSFinish')).toHaveLength(1);
    expect(sets(lms.calls).filter((e) => /score/.test(e))).toEqual([]);
  });

  test('an LMS that refuses to start: the session stays closed and writes nothing', () => {
    const lms = fakeScorm12();
    lms.api.LMSInitialize = () => 'false';
    const s = scormSession({ version: '1.2', api: lms.api });
    expect(s.start()).toBe(false);
    expect(s.keepPlace('x', 'y')).toBe(false);
    expect(sets(lms.calls)).toEqual([]);
  });

  test('an API that throws does not stop the game', () => {
    const lms = fakeScorm12();
    const s = scormSession({ version: '1.2', api: lms.api });
    s.start();
    lms.api.LMSSetValue = () => {
      throw new Error('LMS gone');
    };
    expect(() => s.keepPlace('x', 'y')).not.toThrow();
  });
});

describe('SCORM 2004', () => {
  test('uses completion_status, location and suspend data; success_status is left unknown', () => {
    const lms = fakeScorm2004();
    const s = scormSession({ version: '2004', api: lms.api });
    s.start();
    expect(lms.data['cmi.completion_status']).toBe('incomplete');
    s.keepPlace('Next of Kin: decision 4', 'code');
    expect(lms.data['cmi.location']).toBe('Next of Kin: decision 4');
    expect(lms.data['cmi.suspend_data']).toBe('code');
    s.markCompleted();
    s.finish(3723.25);
    expect(lms.data['cmi.completion_status']).toBe('completed');
    expect(lms.data['cmi.success_status']).toBe('unknown');
    expect(lms.data['cmi.exit']).toBe('suspend');
    expect(lms.data['cmi.session_time']).toBe('PT1H2M3.25S');
    expect(sets(lms.calls)).not.toContain('cmi.success_status');
    expect(sets(lms.calls).filter((e) => /score/.test(e))).toEqual([]);
    expect(lms.calls.at(-1)?.fn).toBe('Terminate');
  });
});

describe('time formats', () => {
  test('SCORM 1.2 CMITimespan and SCORM 2004 ISO 8601 duration', () => {
    expect(scorm12Time(0)).toBe('00:00:00.00');
    expect(scorm12Time(3600 * 12 + 61.234)).toBe('12:01:01.23');
    expect(scorm2004Time(0)).toBe('PT0S');
    expect(scorm2004Time(59.5)).toBe('PT59.5S');
  });
});

describe('LMS.md tells an administrator the truth', () => {
  // "The game only ever writes the N things in the table above": every element a whole visit writes, in either
  // version, is in the table of "What the LMS will record", and the sentence counts the table's rows.
  const guide = readFileSync('LMS.md', 'utf8');
  const table = guide.slice(
    guide.indexOf('## What the LMS will record'),
    guide.indexOf('## What the LMS will not record'),
  );
  const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| what |'));
  const named = new Set(table.match(/cmi\.[a-z_.]+/g));

  test.each([
    ['1.2', fakeScorm12],
    ['2004', fakeScorm2004],
  ] as const)('SCORM %s: every element the game writes is in the table', (version, fake) => {
    const lms = fake();
    const s = scormSession({ version, api: lms.api } as Parameters<typeof scormSession>[0]);
    s.start();
    s.keepPlace('Sitting in Reception: decision 2', 'code');
    s.markCompleted();
    s.finish(60);
    const written = [...new Set(sets(lms.calls))];
    expect(written.length).toBeGreaterThan(0);
    for (const element of written) expect(named, `${element} is written but LMS.md does not say so`).toContain(element);
  });

  test('the privacy section counts the rows of that table', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
    expect(guide).toContain(`The game only ever writes the ${words[rows.length - 1]} things in the table above.`);
  });
});
