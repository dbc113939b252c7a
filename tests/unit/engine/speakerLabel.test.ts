// The narrator-line label bug (issue 18): "Mrs Lee: Mrs Lee laughs." A line that opens with narration names its
// speaker itself; a line of plain speech, quoted or not, keeps its label.
import { describe, expect, test } from 'vitest';
import { narrationBesideSpeech, opensWithNarration, speakerLabel } from '../../../src/engine/speakerLabel';

const names: Record<string, string> = { mrs_lee: 'Mrs Lee', esther: 'Esther Mensah', desmond: 'Desmond Clarke' };
const nameOf = (id: string) => names[id] ?? id;

describe('speaker labels', () => {
  test('a line that opens with narration before its quoted speech carries no label', () => {
    const line = { speaker: 'mrs_lee', text: 'Mrs Lee laughs. "And when they see the two together?"' };
    expect(speakerLabel(line, nameOf)).toBeNull();
    expect(opensWithNarration('She writes on her pad and turns it to you: “If they talk to you, I shall sleep.”')).toBe(
      true,
    );
  });

  test('quoted speech, unquoted speech and speech quoting a word keep their label', () => {
    expect(speakerLabel({ speaker: 'esther', text: '"Face me when you answer."' }, nameOf)).toBe('Esther Mensah');
    expect(speakerLabel({ speaker: 'alan', text: 'Morning.' }, nameOf)).toBe('alan');
    expect(
      speakerLabel(
        { speaker: 'desmond', text: 'At the last home, I said "partner" once. After that it was "family".' },
        nameOf,
      ),
    ).toBe('Desmond Clarke');
    expect(speakerLabel({ speaker: 'you', text: 'Shall we sit here together?' }, nameOf)).toBe('You');
  });

  test('narration has no label', () => {
    expect(speakerLabel({ speaker: null, text: 'Mrs Lee laughs.' }, nameOf)).toBeNull();
  });
});

// The author walk-about (session 17, finding 9): "Amrit Kaur Sandhu (to Kev): You wait. Amrit takes her time. …".
describe("narration a speaker label would put in the speaker's mouth", () => {
  const amrit = ['Amrit Kaur Sandhu'];

  test('narration before the quotation, a said-tag after it, and a line telling of the speaker are found', () => {
    expect(narrationBesideSpeech('You wait. Amrit takes her time. "Ask next time," she says.', amrit)).toEqual({
      kind: 'narration-first',
      narration: 'You wait. Amrit takes her time.',
    });
    expect(narrationBesideSpeech('"Sandhu is fine, love," Amrit says. "Most people manage."', amrit)).toEqual({
      kind: 'said-tag',
      narration: 'Amrit says.',
    });
    expect(narrationBesideSpeech('Amrit takes her time.', amrit)).toEqual({
      kind: 'about-the-speaker',
      narration: 'Amrit takes her time.',
    });
    expect(narrationBesideSpeech('The tea goes cold. Mr Hughes looks away.', ['Mr Hughes'])?.kind).toBe(
      'about-the-speaker',
    );
  });

  test("the shipped stories' shapes read as the speaker's: speech, speech with a beat, speech quoting words, narration then the quotation last", () => {
    for (const line of [
      '"Face me when you answer."',
      'Morning.',
      '"Once." She goes.',
      '"It kept me in work." Farah holds her gaze. "If anyone starts in there, I\'ll say something. Not you."',
      'Put "partner". Luke and the care team can know.',
      'Before we go on: Alan told me himself, last month, "No more hospital." It\'s in his notes, with the date.',
      'Mrs Lee laughs. "And when they see the two together?"',
      'Tell Amrit about it.',
      "Sandhu is fine with me. I've had worse.",
    ])
      expect(narrationBesideSpeech(line, [...amrit, 'Farah Osei', 'Luke Bennett']), line).toBeNull();
  });
});
