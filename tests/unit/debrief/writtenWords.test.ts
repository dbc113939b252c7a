// Nothing a learner writes in the Record is left out when their earlier reflections are read back (r18 M1, S1).
import { describe, expect, it } from 'vitest';
import { emptyAnswers, hasWords } from '../../../src/engine/debrief/debriefAnswers';
import { writtenWords } from '../../../src/ui/debrief/writtenWords';

describe('writtenWords', () => {
  it('reads back the time the learner counts as CPD and what they wrote about the Code', () => {
    const answers = emptyAnswers();
    answers.account.cpdTime = '25 minutes with the debrief';
    answers.account.codeRelevance = 'Prioritise people: I listened first.';
    expect(hasWords(answers)).toBe(true);
    expect(writtenWords(answers, () => null)).toEqual([
      ['How this relates to the Code or my professional standards', 'Prioritise people: I listened first.'],
      ['Time I’m counting as CPD', '25 minutes with the debrief'],
    ]);
  });
});
