// The narrator-line label bug (issue 18): "Mrs Lee: Mrs Lee laughs." A line that opens with narration names its
// speaker itself; a line of plain speech, quoted or not, keeps its label.
import { describe, expect, test } from 'vitest';
import { opensWithNarration, speakerLabel } from '../../../src/engine/speakerLabel';

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
