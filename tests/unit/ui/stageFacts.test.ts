// The stage is decorative for assistive technology, so what it shows about voice is said in the text too.
import { expect, test } from 'vitest';
import { stageFacts } from '../../../src/ui/stageFacts';
import { EMPTY_STAGE } from '../../../src/stage/stageState';

test('being talked past, and coming back into the conversation, are said in words', () => {
  const names: Record<string, string> = { esther: 'Esther Mensah' };
  const nameOf = (id: string) => names[id] ?? id;
  const out = { ...EMPTY_STAGE, onStage: ['esther', 'dawn'], leftOut: ['esther'] };
  const back = { ...out, leftOut: [], broughtBack: ['esther'] };
  expect(stageFacts(EMPTY_STAGE, out, nameOf)).toEqual(['Esther Mensah is being talked past.']);
  expect(stageFacts(out, out, nameOf)).toEqual([]);
  expect(stageFacts(out, back, nameOf)).toEqual(['Esther Mensah is back in the conversation.']);
});
