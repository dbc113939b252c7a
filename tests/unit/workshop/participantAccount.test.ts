// A workshop participant's own account on their phone has the solo Record's parts (session 14): a real situation,
// the impact on the people they support and the standards it relates to, in the Record's words and from the
// Record's standards list, and an account kept on a phone before those parts existed still reads.
import { describe, expect, it } from 'vitest';
import { ACCOUNT_PARTS } from '../../../src/engine/debrief/accountParts';
import { accountToText } from '../../../src/engine/debrief/reflectiveAccount';
import { keptAnswers, participantAccount, type SessionForPhones } from '../../../src/facilitation/participantAccount';

const SESSION: SessionForPhones = {
  title: 'Sitting in Reception',
  date: '7 December 2026',
  minutes: 85,
  outcomes: ['Notice who is spoken to and who is spoken about'],
  decisions: ['The desk: the room played “Tell Dawn Esther lipreads” (the option with the most votes)'],
  commitments: ['Speak to the person, not about them'],
};

describe('a participant’s account on their phone', () => {
  it('carries a real situation, the impact and the ticked standards with what each needs, as the Record does', () => {
    const answers = {
      ...keptAnswers(null),
      realSituation: 'A ward round where the doctor spoke only to the daughter.',
      impact: 'Patients who lipread hear the news first.',
      standards: ['swe-1', 'nmc-prioritise-people'],
    };
    const text = accountToText(participantAccount(SESSION, answers));
    expect(text).toContain(`${ACCOUNT_PARTS.realSituation.label}\n`);
    expect(text).toContain('A ward round where the doctor spoke only to the daughter.');
    expect(text).toContain(`${ACCOUNT_PARTS.impact.label}\n`);
    expect(text).toContain('Patients who lipread hear the news first.');
    // In the list's order (NMC before SWE), not the order ticked, each with its group's note.
    expect(text).toMatch(/Prioritise people\n\* Social Work England professional standards: 1\. Promote/);
    expect(text).toContain('NMC revalidation: my reflective discussion must still be with another NMC registrant.');
    expect(text).toContain(
      'Social Work England: at least one piece of my CPD each registration year needs peer reflection',
    );
    expect(text).toContain('Type of learning: participatory (a facilitated group session)');
  });

  it('reads an account kept on a phone before these parts existed, keeping what was written', () => {
    const old = { learned: 'To ask first.', changePractice: '', peerReflection: '', codeRelevance: '', cpdTime: '' };
    const answers = keptAnswers(old);
    expect(answers.learned).toBe('To ask first.');
    expect(answers.realSituation).toBe('');
    expect(answers.standards).toEqual([]);
    expect(keptAnswers({ standards: ['nmc-prioritise-people', 7], impact: 3 })).toMatchObject({
      standards: ['nmc-prioritise-people'],
      impact: '',
    });
  });
});
