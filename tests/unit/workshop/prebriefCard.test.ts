// The card the room reads before the story (workshop.md "Prebrief"): it names the learner's role as the story's
// header gives it, in a sentence (a title keeps its capitals; "a" or "an" as it sounds), and it does not promise
// that the most votes always win, since the facilitator breaks ties and may override (workshop.md, "Vote → discuss
// → revote"), as the room's screen says at the debrief.
import { describe, expect, it } from 'vitest';
import { aRole, roleMidSentence } from '../../../src/engine/roleInSentence';
import { prebriefCard } from '../../../src/facilitation/roomCards';

const card = (role: string) =>
  prebriefCard({ title: 'Standing Alongside', role, outcomes: ['Notice who is in the room'], contentNotes: [] });
const opening = (role: string) => card(role).paragraphs[0];

describe('the prebrief card', () => {
  it('keeps a statutory title’s capitals', () => {
    expect(opening('Director of Adult Social Services in a local council')).toBe(
      'Today we play “Standing Alongside” together. It is fiction. You play it in your own professional role: here, a Director of Adult Social Services in a local council.',
    );
  });

  it('says "an" before a role that starts with a vowel sound, and lower-cases a label’s capital', () => {
    expect(opening('Occupational therapist')).toContain('here, an occupational therapist.');
    expect(opening('Home-care worker')).toContain('here, a home-care worker.');
    expect(opening('Ward sister or charge nurse on an acute medical ward')).toContain(
      'here, a ward sister or charge nurse on an acute medical ward.',
    );
  });

  it('says the facilitator breaks ties and may choose otherwise, never that the most votes always play', () => {
    const text = card('Nurse in a care home').items.join(' ');
    expect(text).not.toContain('The option with the most votes plays.');
    expect(text).toContain('Usually the option with the most votes plays.');
    expect(text).toContain('The facilitator breaks a tie, and may sometimes choose a different option');
  });
});

describe('a role inside a sentence', () => {
  it.each([
    ['Home-care worker', 'a home-care worker'],
    ['Nurse in a care home', 'a nurse in a care home'],
    ['Registered manager of a home-care agency', 'a registered manager of a home-care agency'],
    ['Director of Adult Social Services in a local council', 'a Director of Adult Social Services in a local council'],
    ['Head of Nursing', 'a Head of Nursing'],
    ['Freedom to Speak Up Guardian', 'a Freedom to Speak Up Guardian'],
    ['Occupational therapist', 'an occupational therapist'],
    ['Advanced nurse practitioner', 'an advanced nurse practitioner'],
    ['Union representative', 'a union representative'],
    ['NHS manager', 'an NHS manager'],
    ['GP receptionist', 'a GP receptionist'],
  ])('%s → %s', (role, said) => {
    expect(aRole(role)).toBe(said);
  });

  it('gives the story opening its role without an article, capitals kept the same way', () => {
    expect(roleMidSentence('Home-care worker')).toBe('home-care worker');
    expect(roleMidSentence('Director of Adult Social Services in a local council')).toBe(
      'Director of Adult Social Services in a local council',
    );
  });
});
