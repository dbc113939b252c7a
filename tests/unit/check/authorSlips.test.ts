// The slips a trainer who isn't a programmer really makes, one at a time, in a small scenario (a patient whose
// interpreter isn't booked), and what `check` says about each: the line the slip is on, in plain words, with the
// next step. `check`, `play` and the author page all read the story through this one checker.
import { describe, expect, it } from 'vitest';
import { checkStory, type StoryCheck } from '../../../src/ink/checkStory';
import { plainFix } from '../../../src/ink/plainFixes';

const STORY = `# title: No Interpreter Booked
# summary: Mrs Begum is waiting for her pre-op check. Nobody booked the interpreter.
# minutes: 2
# role: Healthcare assistant
# outcome: Get a professional interpreter rather than make do.
# content_note: A patient is talked about in front of her.
# listed: no
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

  it('a story listed in the foyer with no content_note: or review: is reminded of each, with a line to copy in', () => {
    const listed = STORY.replace('# listed: no\n', '').replace(/^# content_note: .*\n/m, '');
    const last = lineOf(listed, '# cast: nurse');
    const reminders = check(listed).diagnostics.filter((d) => d.code === 'header-reminder');
    // Before: nothing, though the playbill shows both.
    expect(reminders.map((d) => `${d.line} ${d.severity}`)).toEqual([`${last} warning`, `${last} warning`]);
    expect(reminders[0]!.message).toContain(`its header (lines 1 to ${last}) has no "# content_note:"`);
    expect(reminders[0]!.message).toMatch(
      /Copy this line into the header and fill in the brackets: # content_note: \(/,
    );
    expect(reminders[1]!.message).toMatch(
      /has no "# review:".*: # review: Draft written by \(you\)\. Not yet reviewed/,
    );
    // Kept off the playbill (a draft, an example), or with both lines, it is not asked.
    expect(
      check(STORY.replace(/^# content_note: .*\n/m, '')).diagnostics.filter((d) => d.code === 'header-reminder'),
    ).toEqual([]);
    expect(
      check(
        `# content_note: A patient is talked about.\n# review: Draft; not yet reviewed.\n${listed}`,
      ).diagnostics.filter((d) => d.code === 'header-reminder'),
    ).toEqual([]);
  });

  it('a missing -> END is one error at the last line the path ran, in plain words, with what to do and the replay', () => {
    const source = STORY.replace('- -> END\n', '');
    const result = check(source);
    const runtime = result.diagnostics.find((d) => d.code === 'runtime')!;
    // Where the path stops: the last line of the option it took, where -> END is missing (before: the option's
    // own line, "after the option on line 36"; before that, no line at all).
    expect([lineOf(source, 'I was going to say it.'), lineOf(source, 'I told them myself.')]).toContain(runtime.line);
    // Once (the author walk-about, session 17, finding 10: before, ink's compile warning "Apparent loose end …
    // Do you need a '-> DONE' statement" at the same line as well), and in the author's words, never DONE.
    expect(result.diagnostics.filter((d) => d.line === runtime.line)).toEqual([runtime]);
    expect(runtime.message).toMatch(
      /^a path stops after this line with no -> END \(in phone\), and a learner who gets here is stopped with an error: end it with -> END, or with -> and the name of the knot that comes next; to see it: npm run play -- interpreter\.ink --choices \d,\d$/,
    );
    expect(plainFix(runtime.message)).toBeNull();
    // Both options of the last decision stop, and each is named (before: one, as ink's words and knot were the same).
    expect(result.diagnostics.filter((d) => d.code === 'runtime').map((d) => d.line)).toEqual([
      lineOf(source, 'I was going to say it.'),
      lineOf(source, 'I told them myself.'),
    ]);
  });

  it('a loose end no path reaches (the story does not compile) is still named once, in plain words', () => {
    const source = STORY.replace('- -> END\n', '').replace('- -> phone', '- -> phnoe');
    const loose = check(source).diagnostics.filter((d) => /-> END/.test(d.message));
    const said =
      'the story can stop after this line with no -> END, and a learner who gets here is stopped with an error: end it with -> END, or with -> and the name of the knot that comes next';
    // Each option of the last decision stops: one warning for each, at its last line.
    expect(loose.map((d) => [d.line, d.severity, d.message])).toEqual([
      [lineOf(source, 'I was going to say it.'), 'warning', said],
      [lineOf(source, 'I told them myself.'), 'warning', said],
    ]);
  });

  it("narration on a speaker's line, which the player would show as the speaker's words, is a warning at the line with the fix", () => {
    // The author walk-about (session 17, finding 9): `npm run play` showed "Paul Reid (to you): You wait. Paul …".
    const source = STORY.replace(
      '"Can you tell the interpreter she\'s diabetic?" # speaker: nurse # to: you',
      'You wait. Paul takes his time. "Can you tell the interpreter?" he says. # speaker: nurse # to: you\n"Diabetic," Paul says. "Type 2." # speaker: nurse # to: you',
    );
    const found = check(source).diagnostics.filter((d) => d.code === 'speaker-narration');
    // Before: nothing.
    expect(found.map((d) => [d.line, d.severity])).toEqual([
      [lineOf(source, 'You wait. Paul'), 'warning'],
      [lineOf(source, '"Diabetic," Paul says.'), 'warning'],
    ]);
    expect(found[0]!.message).toBe(
      'this line has "# speaker: nurse" but starts with narration ("You wait. Paul takes his time."), and the game shows "Paul Reid:" before all of it, as if Paul Reid said it: put the narration on a line of its own above, with no speaker: tag, and keep the quoted words here (or end this line with the quotation: narration, then the quoted words last, is shown without a name)',
    );
    expect(found[1]!.message).toContain('says who speaks ("Paul says.")');
    // Narration on its own line, then the words: nothing to say.
    const mended = STORY.replace(
      '"Can you tell the interpreter she\'s diabetic?" # speaker: nurse # to: you',
      'You wait. Paul takes his time.\n"Can you tell the interpreter she\'s diabetic?" # speaker: nurse # to: you',
    );
    expect(check(mended).diagnostics.filter((d) => d.code === 'speaker-narration')).toEqual([]);
  });

  it('a misspelt knot in an arrow says which knot was meant, as a misspelt tag does', () => {
    // The author walk-about (session 17, finding 10): "-> latre" got "Check the spelling, or add a knot".
    const source = STORY.replace('- -> phone', '- -> phnoe');
    const d = check(source).diagnostics.find((x) => x.code === 'compile')!;
    expect(d).toMatchObject({ line: lineOf(source, '-> phnoe'), severity: 'error' });
    expect(d.message).toBe(`Divert target not found: '-> phnoe' (did you mean "phone"?)`);
    expect(plainFix(d.message)).toBe(
      'Nothing in the story is called “phnoe”, so “-> phnoe” has nowhere to go. Did you mean “phone”? Write -> phone',
    );
    // A name nothing is close to keeps the general advice.
    const far = check(STORY.replace('- -> phone', '- -> telephone_call')).diagnostics.find(
      (x) => x.code === 'compile',
    )!;
    expect(far.message).toBe(`Divert target not found: '-> telephone_call'`);
    expect(plainFix(far.message)).toContain('Check the spelling, or add a knot: === telephone_call ===');
  });

  it('an arrow an editor turned into a dash (–>) is named: ink shows it as text and never jumps', () => {
    const source = STORY.replace('- -> phone', '- –> phone');
    const d = check(source).diagnostics.find((x) => x.code === 'lookalike-arrow');
    expect(d).toMatchObject({ line: lineOf(source, '–> phone'), severity: 'warning' });
    expect(d!.message).toContain('type it again as ->');
  });

  it('a gather written between two options leaves a decision of one option, and check says so', () => {
    const source = STORY.replace(
      '    # perspective: begum: I was going to say it.\n',
      '    # perspective: begum: I was going to say it.\n- Paul sighs.\n',
    );
    const ones = check(source).diagnostics.filter((d) => d.code === 'one-option');
    // Before: nothing but "no discuss:" and "no note:" for the new one-option "decision". Both halves are named.
    expect(ones.map((d) => d.line)).toEqual([
      lineOf(source, '[Tell the interpreter yourself'),
      lineOf(source, '[Ask Mrs Begum to tell them'),
    ]);
    const one = ones[0];
    expect(one!.message).toContain('the learner has no choice to make');
    expect(one!.message).toContain('move it below the last option');
  });

  it('a misspelt word on a move says which word was meant', () => {
    const source = STORY.replace('#move: invite begum]', '#move: invite begum publc]');
    const d = check(source).diagnostics.find((x) => x.line === lineOf(source, 'publc'))!;
    // Before: 'unknown flag "publc" on invite (a move names at most one person)'.
    expect(d.message).toBe('invite does not know the word "publc" (did you mean "public"?)');
  });

  it("the playbill's minutes: far from the median path is named at its line, with the number to write", () => {
    const source = STORY.replace('# minutes: 2', '# minutes: 12');
    const d = check(source).diagnostics.find((x) => x.code === 'minutes')!;
    expect(d.line).toBe(3);
    expect(d.message).toMatch(
      /^the header says "minutes: 12", but the median path takes about [\d.]+ minutes: .*write "# minutes: 1"/,
    );
    expect(check(STORY).diagnostics.filter((x) => x.code === 'minutes')).toEqual([]);
  });

  it('a median path over 15 minutes is a warning: a session slot is 10 to 15', () => {
    const scene = 'The ward is busy and a buzzer goes in bay two. '.repeat(300);
    const source = STORY.replace('# harm: exclusion\n', `${scene}\n# harm: exclusion\n`).replace(
      '# minutes: 2',
      '# minutes: 19',
    );
    const d = check(source).diagnostics.find((x) => x.code === 'too-many-minutes')!;
    expect(d.message).toMatch(/^the median path takes about 1\d\.\d minutes, more than the 15 a session slot allows/);
  });

  it('a story listed in the foyer whose median path is under ten minutes is told so; one marked listed: no is not', () => {
    const listed = STORY.replace('# listed: no\n', '');
    const d = check(listed).diagnostics.find((x) => x.code === 'too-few-minutes')!;
    // Before: nothing; a two-decision story of under a minute went onto the playbill beside the 13-minute ones.
    expect(d).toMatchObject({ file: 'interpreter.ink', line: null, severity: 'warning' });
    expect(d.message).toMatch(
      /^the median path takes about [\d.]+ minutes, less than the 10 to 15 a session slot plans on/,
    );
    expect(d.message).toContain('"# listed: no"');
    expect(check(STORY).diagnostics.filter((x) => x.code === 'too-few-minutes')).toEqual([]);
  });

  it('a long option is named at its own line, with the short one and what to do', () => {
    const long =
      "Say you'll hold for the interpreter, because Mrs Begum has the right to understand what she's agreeing to before theatre, and do her observations meanwhile so nobody is held up";
    const source = STORY.replace('Show Mrs Begum the language card and wait', long);
    const d = check(source).diagnostics.find((x) => x.code === 'craft-length')!;
    expect(d.line).toBe(lineOf(source, long));
    expect(d.message).toContain(`(line ${lineOf(source, 'Shanaz, would you help')})`);
    expect(d.message).toContain('shorten it');
  });

  it("option craft's story-wide warnings are said at the decision's line, as FILE:LINE:", () => {
    const d = check(STORY).diagnostics.find((x) => x.code === 'craft-best-longest')!;
    // Before that: "in 1 of 2 decisions the best-scoring option is also the longest", and no way to tell which;
    // then the line in brackets, "(more than 40 %; line 36)", where an editor cannot jump to it (walk-about, 10).
    expect(d.line).toBe(lineOf(STORY, '[Ask Mrs Begum to tell them'));
    expect(d.message).toContain('(more than 40 %):');
  });

  it('a reflect: too long to be one question is a warning at its option', () => {
    const question =
      "When you told the interpreter about Mrs Begum's diabetes yourself, though she was there with the interpreter on the line and could have said it, what did that do to her part in her own care, what might you have missed about her tablets, and what would you do next time when the nurse is rushing you?";
    const source = STORY.replace('#move: relay begum]', `#move: relay begum #reflect: ${question}]`);
    const d = check(source).diagnostics.find((x) => x.code === 'reflect-long')!;
    expect(d.line).toBe(lineOf(source, '[Tell the interpreter yourself'));
    expect(d.message).toContain('ask one thing');
  });

  it('a moment: written before the choices is named there, not only missed under each option', () => {
    const source = STORY.replace(
      '# discuss: Who should say it?\n',
      '# discuss: Who should say it?\n# moment: Through the interpreter\n',
    ).replaceAll('    # moment: Through the interpreter\n', '');
    const d = check(source).diagnostics.find((x) => x.code === 'card-misplaced')!;
    expect(d.line).toBe(lineOf(source, '# moment: Through the interpreter'));
    expect(d.message).toContain('counts for the decision before it');
    // Cards in each option's consequence, above the next option, are where they belong.
    expect(check(STORY).diagnostics.filter((x) => x.code === 'card-misplaced')).toEqual([]);
  });

  it('a misspelt move is one error, not also an option-craft warning about the decision it left short', () => {
    const source = STORY.replace('#move: invite begum]', '#move: invit begum]');
    // Before: also "no option of this decision scores +1 or more on both voice and power" at the same decision.
    expect(
      check(source)
        .diagnostics.filter((d) => !d.code.startsWith('craft-best') && d.code !== 'craft-same-best-act')
        .map((d) => `${d.line}: ${d.severity}: ${d.message}`),
    ).toEqual([`${lineOf(source, 'invit begum')}: error: unknown move "invit" (did you mean "invite"?)`]);
  });

  it('a misspelt cast id in a move is one error, not also a warning that the decision has no harmful option', () => {
    const source = STORY.replace('#move: relay begum]', '#move: relay begun]');
    // Before: also "no option of this decision scores below 0" (relaying for "begun", who is nowhere, is advocacy).
    expect(
      check(source)
        .diagnostics.filter((d) => !d.code.startsWith('craft-best') && d.code !== 'craft-same-best-act')
        .map((d) => `${d.line}: ${d.severity}: ${d.message}`),
    ).toEqual([
      `${lineOf(source, 'relay begun')}: error: "begun" is not in the cast (did you mean "begum"?): correct the id, or add "# cast: begun = Name; …" to the header`,
    ]);
  });

  it("a discuss: written in an option's consequence is named at its line, with where it goes", () => {
    const source = STORY.replace('# discuss: Who should say it?\n', '').replace(
      '    # perspective: begum: You let me choose.\n',
      '    # perspective: begum: You let me choose.\n    # discuss: Who should say it?\n',
    );
    const d = check(source).diagnostics.find((x) => x.code === 'card-misplaced')!;
    // Before: only "this decision has no discuss: card" at the phone decision, and nothing at the line itself.
    expect(d.line).toBe(lineOf(source, '    # discuss: Who should say it?'));
    expect(d.message).toBe(
      `this discuss: is in the consequence of the option on line ${lineOf(source, '[Show Mrs Begum the language card')}, so it is shown only after that option, with whatever decision comes next: write it before the choices of the decision it is about (discuss: and note: go before the choices; moment: and perspective: under each option)`,
    );
  });

  it('cards before a decision nested under an option are where they belong: its moment above, their discuss', () => {
    const source = STORY.replace(
      '    # perspective: begum: I told them myself.\n',
      '    # perspective: begum: I told them myself.\n    # discuss: And now?\n    # note: A nested decision.\n    ** [Wait #move: silent begum leaves_pause]\n        # moment: After\n        # perspective: begum: Yes.\n    ** [Ask her #move: invite begum]\n        # moment: After\n        # perspective: begum: Yes.\n',
    );
    // Before: the option's own moment: and perspective:, above the nested decision, were said to be misplaced.
    expect(check(source).diagnostics.filter((x) => x.code === 'card-misplaced')).toEqual([]);
  });

  it("a discuss: inside an option's brackets is named: the game ignores it there", () => {
    const source = STORY.replace('# discuss: Who should say it?\n', '').replace(
      '#move: relay begum]',
      '#move: relay begum #discuss: Who should say it?]',
    );
    const d = check(source).diagnostics.find((x) => x.code === 'line-tag-in-choice')!;
    expect(d).toMatchObject({ line: lineOf(source, '#discuss: Who should say it?]'), severity: 'warning' });
    expect(d.message).toBe(
      "a discuss: tag inside an option's [brackets] tags the option, and the game ignores it there: write it on a line of its own before the choices",
    );
  });

  it('two decisions on one path with the same moment: are named, the later at its line', () => {
    const source = STORY.replaceAll('# moment: Through the interpreter', '# moment: The bay');
    const d = check(source).diagnostics.find((x) => x.code === 'moment-repeated')!;
    // Before: nothing, and the debrief's timeline showed two "The bay".
    expect(d.line).toBe(lineOf(source, '[Tell the interpreter yourself'));
    expect(d.message).toContain(`the same as after the decision on line ${lineOf(source, '["Shanaz, would you')}`);
  });

  it('a decision with a #contested option and no note: says what the note is for there', () => {
    const source = STORY.replace('# note: She can say it herself now.\n', '').replace(
      '#move: relay begum]',
      '#move: relay begum #contested]',
    );
    const d = check(source).diagnostics.find((x) => x.code === 'card-note')!;
    expect(d.message).toContain(
      'an option is marked #contested: the note: is where the facilitator reads what practitioners disagree about',
    );
  });

  it('a variable with no VAR, set on two lines and read on a third, is one error naming the others', () => {
    const source = STORY.replace(
      '    # moment: The bay\n    # perspective: begum: Nobody asked me.\n',
      '    ~ asked = false\n    # moment: The bay\n    # perspective: begum: Nobody asked me.\n',
    )
      .replace(
        '    # moment: The bay\n    # perspective: begum: You let me choose.\n',
        '    ~ asked = true\n    # moment: The bay\n    # perspective: begum: You let me choose.\n',
      )
      .replace('- -> END\n', '- {asked: She nods.}\n-> END\n');
    const errors = check(source).diagnostics.filter((d) => d.severity === 'error');
    // Before: three errors, one a line, for the one VAR line that mends them all.
    expect(errors.map((d) => `${d.line}: ${d.message}`)).toEqual([
      `${lineOf(source, '~ asked = false')}: Variable could not be found to assign to: 'asked' (also used on lines ${lineOf(source, '~ asked = true')} and ${lineOf(source, '{asked:')})`,
    ]);
  });

  it('a ->-> in a part reached by a plain arrow is named at its own line, with what to do', () => {
    const source = STORY.replace('- -> phone\n', '- ->->\n');
    const d = check(source).diagnostics.find((x) => x.code === 'runtime')!;
    // Before: at the knot's first line (=== bay ===), in ink's words only.
    expect(d.line).toBe(lineOf(source, '- ->->'));
    expect(plainFix(d.message)).toMatch(/^A double arrow \(->->\) goes back to where a tunnel was called from/);
  });
});
