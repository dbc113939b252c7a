// The slips a trainer who isn't a programmer really makes, one at a time, in a small scenario (a patient whose
// interpreter isn't booked), and what `check` says about each: the line the slip is on, in plain words, with the
// next step. `check`, `play` and the author page all read the story through this one checker.
import { describe, expect, it } from 'vitest';
import { checkStory, type StoryCheck } from '../../../src/ink/checkStory';

const STORY = `# title: No Interpreter Booked
# summary: Mrs Begum is waiting for her pre-op check. Nobody booked the interpreter.
# minutes: 2
# role: Healthcare assistant
# outcome: Get a professional interpreter rather than make do.
# content_note: A patient is talked about in front of her.
# review: Test fixture; not a story.
# cast: begum = Rokeya Begum; pronouns: she/her; age: 67; language: Sylheti first (communication); caring: looks after her grandchildren (invisible)
# cast: nurse = Paul Reid; pronouns: he/him; employment: staff nurse; age: 45; caring: a baby at home (invisible)
-> bay

=== bay ===
# scene: bay
# enter: begum
# enter: nurse
# access: begum able_with_support
"Her daughter can translate, can't she?" # speaker: nurse # to: you
# harm: exclusion
# discuss: Who is Paul asking?
# note: Family members should not normally interpret.
* ["Shanaz, would you help with a few questions?" #move: act_on_behalf begum]
    # moment: The bay
    # perspective: begum: Nobody asked me.
* [Show Mrs Begum the language card and wait #move: silent begum leaves_pause]
    # moment: The bay
    # perspective: begum: You let me choose.
- -> phone

=== phone ===
# scene: phone
# enter: begum
# enter: nurse
"Can you tell the interpreter she's diabetic?" # speaker: nurse # to: you
# discuss: Who should say it?
# note: She can say it herself now.
* [Tell the interpreter yourself #move: relay begum]
    # moment: Through the interpreter
    # perspective: begum: I was going to say it.
* [Ask Mrs Begum to tell them about her tablets #move: invite begum]
    # moment: Through the interpreter
    # perspective: begum: I told them myself.
- -> END
`;

function check(source: string, extra: Record<string, string> = {}): StoryCheck {
  return checkStory({ 'interpreter.ink': source, ...extra }, 'interpreter.ink');
}
const lineOf = (source: string, text: string) => source.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('the slips an author makes, each reported once, at its line, with the next step', () => {
  it('the scenario itself has nothing to report', () => {
    expect(check(STORY).diagnostics.filter((d) => !d.code.startsWith('craft-'))).toEqual([]);
  });

  it('a misspelt key in a cast line is one error, with the key meant; the person stays in the cast', () => {
    const source = STORY.replace('pronouns: she/her; age: 67', 'pronoun: she/her; age: 67');
    const errors = check(source).diagnostics.filter((d) => d.severity === 'error');
    // Before: every tag naming begum was also an error ("begum" is not in the cast), 13 in all.
    expect(errors.map((d) => `${d.line}: ${d.message}`)).toEqual([
      '8: "pronoun" is not a facet key (did you mean "pronouns"?)',
    ]);
  });

  it('a cast line written where the person first appears is named at its line, and the errors point to it', () => {
    const castLine = STORY.split('\n').find((l) => l.startsWith('# cast: nurse'))!;
    const source = STORY.replace(`${castLine}\n`, '').replace('=== phone ===\n', `=== phone ===\n${castLine}\n`);
    const at = lineOf(source, '# cast: nurse');
    const result = check(source);
    const there = result.diagnostics.find((d) => d.line === at);
    expect(there).toMatchObject({ severity: 'error' });
    expect(there!.message).toContain('is a header tag');
    expect(there!.message).toContain('move this line up');
    const undeclared = result.diagnostics.filter((d) => d.code === 'cast-undeclared');
    expect(undeclared.length).toBeGreaterThan(0);
    for (const d of undeclared) expect(d.message).toContain(`its cast: line (line ${at}) is below the start`);
  });

  it('a title moved below the start of the story is named where it is', () => {
    const source = STORY.replace('# title: No Interpreter Booked\n', '').replace(
      '=== bay ===\n',
      '=== bay ===\n# title: No Interpreter Booked\n',
    );
    const at = lineOf(source, '# title:');
    expect(check(source).diagnostics.find((d) => d.line === at)?.message).toMatch(/^"# title:" is a header tag/);
  });

  it('a cast several stories share, INCLUDEd among the header, declares its people', () => {
    const castLine = STORY.split('\n').find((l) => l.startsWith('# cast: nurse'))!;
    const source = STORY.replace(`${castLine}\n`, 'INCLUDE includes/staff.ink\n');
    const result = check(source, { 'includes/staff.ink': `${castLine}\n` });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a missing -> END is an error at the last option the path took, with what to do', () => {
    const source = STORY.replace('- -> END\n', '');
    const runtime = check(source).diagnostics.find((d) => d.code === 'runtime')!;
    // Before: no line at all ("interpreter.ink: error: runtime error: ran out of content…").
    expect([lineOf(source, '[Tell the interpreter'), lineOf(source, '[Ask Mrs Begum to tell them')]).toContain(
      runtime.line,
    );
    expect(runtime.message).toContain('(after the option on line');
  });

  it('an arrow an editor turned into a dash (–>) is named: ink shows it as text and never jumps', () => {
    const source = STORY.replace('- -> phone', '- –> phone');
    const d = check(source).diagnostics.find((x) => x.code === 'lookalike-arrow');
    expect(d).toMatchObject({ line: lineOf(source, '–> phone'), severity: 'warning' });
    expect(d!.message).toContain('type it again as ->');
  });
});
