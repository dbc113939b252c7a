// Finding the LMS's API: the standard walk up the frames, then the opener; nothing found means standalone.
import { describe, expect, test } from 'vitest';
import { findLmsApi, MAX_FRAME_HOPS, type FrameLike } from '../../../src/lms/lmsApi';

const api12 = () => ({ LMSInitialize: () => 'true' });
const api2004 = () => ({ Initialize: () => 'true' });

/** A chain of windows, innermost first; the last is the top (its own parent). */
function chain(n: number): FrameLike[] {
  const wins: FrameLike[] = [];
  for (let i = 0; i < n; i++) wins.push({ parent: null });
  wins.forEach((w, i) => (w.parent = wins[i + 1] ?? w));
  return wins;
}

describe('findLmsApi', () => {
  test('finds SCORM 1.2 API two frames up', () => {
    const [game, , lms] = chain(3);
    lms.API = api12();
    expect(findLmsApi(game)?.version).toBe('1.2');
  });

  test('finds SCORM 2004 API_1484_11, preferred when one window offers both', () => {
    const [game, lms] = chain(2);
    lms.API = api12();
    lms.API_1484_11 = api2004();
    expect(findLmsApi(game)?.version).toBe('2004');
  });

  test('the nearest window wins', () => {
    const [game, near, far] = chain(3);
    near.API = api12();
    far.API_1484_11 = api2004();
    expect(findLmsApi(game)?.version).toBe('1.2');
  });

  test('looks in the opener and its parents when the frames have none (a pop-up)', () => {
    const [popup] = chain(1);
    const [openerFrame, openerTop] = chain(2);
    openerTop.API_1484_11 = api2004();
    popup.opener = openerFrame;
    expect(findLmsApi(popup)?.version).toBe('2004');
  });

  test('passes over a window of another origin whose properties throw', () => {
    const [game, foreign, lms] = chain(3);
    Object.defineProperty(foreign, 'API', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    Object.defineProperty(foreign, 'API_1484_11', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    lms.API = api12();
    expect(findLmsApi(game)?.version).toBe('1.2');
  });

  test('ignores something named API that is not one', () => {
    const [game, top] = chain(2);
    top.API = { hello: 'world' };
    expect(findLmsApi(game)).toBeNull();
  });

  test('none anywhere: null, so the game plays on its own', () => {
    const [game] = chain(4);
    expect(findLmsApi(game)).toBeNull();
  });

  test('stops climbing after the hop limit', () => {
    const wins = chain(MAX_FRAME_HOPS + 5);
    wins[wins.length - 1].API = api12();
    expect(findLmsApi(wins[0])).toBeNull();
    expect(findLmsApi(wins[10])?.version).toBe('1.2');
  });
});
