// The one rule for who is talked past (engine/talkedPast.ts), as the stage and the curtain call read it.
import { expect, test } from 'vitest';
import { talkedPastBy } from '../../../src/engine/talkedPast';

test('someone talked past in this scene who then speaks talks past nobody: their voice coming back is not a new exclusion', () => {
  // Hawa, left out at the forum, answers the worker: Samir, beside her, is not being talked past.
  expect(talkedPastBy({ who: 'hawa', to: 'you' }, ['samir'], [], ['hawa'])).toEqual([]);
  // Anyone else saying the same to the worker, with Samir there, still talks past him.
  expect(talkedPastBy({ who: 'lorna', to: 'you' }, ['samir'], [], ['hawa'])).toEqual(['samir']);
  // The one doing the excluding is never the one talked past.
  expect(talkedPastBy({ who: 'esther', to: 'you' }, ['dawn'], ['dawn'], [])).toEqual([]);
});
