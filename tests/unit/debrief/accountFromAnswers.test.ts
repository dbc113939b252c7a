import { describe, expect, it } from 'vitest';
import commitmentsData from '../../../src/content/commitments.json';
import standardsData from '../../../src/content/standards.json';
import {
  A_QUESTION_ASKED_BEFORE,
  accountFromAnswers,
  type AccountSources,
} from '../../../src/engine/debrief/accountFromAnswers';
import { parseCommitments } from '../../../src/engine/debrief/commitmentMenu';
import { emptyAnswers } from '../../../src/engine/debrief/debriefAnswers';
import { accountToMarkdown, accountToText } from '../../../src/engine/debrief/reflectiveAccount';
import { scriptCardsFor } from '../../../src/engine/debrief/scriptCardPick';
import { parseStandards } from '../../../src/engine/debrief/standards';
import { decision, log } from './buildLog';

const played = log([decision(0, { choice: 'Ask Esther', moment: 'At the desk', scores: [2, 2, 0] })]);

function sources(change: (answers: ReturnType<typeof emptyAnswers>) => void = () => {}): AccountSources {
  const answers = emptyAnswers();
  change(answers);
  return {
    header: { title: 'Sitting in Reception', outcomes: ['Hand the conversation back.'], authors: ['Jane Author'] },
    log: played,
    answers,
    commitments: parseCommitments(commitmentsData),
    standards: parseStandards(standardsData),
    activeMs: 14 * 60_000 + 20_000,
    endedAt: Date.UTC(2026, 2, 3, 10, 14, 20),
    participatory: false,
    formatDate: (date) => `${date.getDate()}/${date.getMonth() + 1}/${date.getFullYear()}`,
    today: '2026-03-03',
  };
}

describe('accountFromAnswers', () => {
  it('fills in only what happened, and takes the rest from the learner', () => {
    const account = accountFromAnswers(
      sources((answers) => {
        answers.account.learned = 'Turn to the person.';
        answers.commitments.self = ['credit-by-name'];
        answers.commitments.ownSelf = '  Ask first.  ';
        answers.comeBackOn = '2026-04-14';
        answers.standards = ['cqc-workforce-edi'];
      }),
    );
    expect(account.whatHappened).toBe('At the desk — I chose “Ask Esther”.');
    expect(account.realSituation).toBe('');
    expect(account.learned).toBe('Turn to the person.');
    expect(account.minutesSpent).toBe(14);
    expect(account.commitmentsForMe).toEqual([
      'Credit ideas by name in the next team meeting, including ideas from people who are not in the room.',
      'Ask first.',
    ]);
    expect(account.comeBackOn).toBe('14/4/2026');
    expect(account.standards).toEqual(['CQC assessment (well-led): Workforce equality, diversity and inclusion']);
    expect(account.bands).toBeNull();
  });

  it('says under what happened that the game filled it in, until the learner changes it', () => {
    const byGame = accountToMarkdown(accountFromAnswers(sources()));
    expect(byGame).toContain(
      '## What happened in the story\n\nAt the desk — I chose “Ask Esther”.\n\n(The game filled this in',
    );
    expect(accountToText(accountFromAnswers(sources()))).toContain(
      '(The game filled this in from the choices I made.)',
    );
    const own = accountFromAnswers(sources((answers) => (answers.account.whatHappened = 'My own telling.')));
    expect(accountToMarkdown(own)).not.toContain('The game filled this in');
  });

  it('keeps the learner’s edit of what happened, and adds bands only when asked', () => {
    const account = accountFromAnswers(
      sources((answers) => {
        answers.account.whatHappened = 'My own telling.';
        answers.includeBands = true;
      }),
    );
    expect(account.whatHappened).toBe('My own telling.');
    expect(account.bands?.power.text).toBe('mostly with');
    expect(accountToMarkdown(account)).toContain('Who decided: with, for or to: mostly with');
  });
});

describe('how the learner was left feeling (Pause)', () => {
  const felt = 'Tired, and cross with myself for waiting.';

  it('stays out of the account, in every form, unless the learner puts it in', () => {
    const account = accountFromAnswers(sources((answers) => (answers.feelings = felt)));
    expect(account.feelings).toBeUndefined();
    expect(accountToMarkdown(account)).not.toContain(felt);
    expect(accountToText(account)).not.toContain(felt);
    expect(accountToMarkdown(account)).not.toContain('How I felt straight after the story');
  });

  it('once put in, follows the activity’s facts (Gibbs: what happened, then how I felt), before what I learned', () => {
    const account = accountFromAnswers(
      sources((answers) => {
        answers.feelings = felt;
        answers.feelingsInAccount = true;
        answers.account.learned = 'Turn to the person.';
      }),
    );
    expect(account.feelings).toBe(felt);
    const markdown = accountToMarkdown(account);
    expect(markdown).toContain(`## How I felt straight after the story\n\n${felt}\n\n## What I learned`);
    expect(markdown.indexOf('## The activity')).toBeLessThan(
      markdown.indexOf('## How I felt straight after the story'),
    );
    expect(accountToText(account)).toContain(
      `How I felt straight after the story\n-----------------------------------\n${felt}`,
    );
  });

  it('put in with nothing written, reads as still to write', () => {
    const account = accountFromAnswers(sources((answers) => (answers.feelingsInAccount = true)));
    expect(accountToMarkdown(account)).toContain('## How I felt straight after the story\n\n(not yet written)');
  });
});

describe('scriptCardsFor', () => {
  const cards = ['five_ds', 'with_for_to', 'amplification', 'calling_in_out'].map((key) => ({
    key,
    title: key,
    body: [],
  }));

  it('shows the cards the story linked, at most two, in the order met', () => {
    expect(
      scriptCardsFor(log([], { theory: ['amplification', 'five_ds', 'with_for_to'] }), cards).map((card) => card.key),
    ).toEqual(['amplification', 'five_ds']);
  });

  it('falls back to the card for the pattern when the story linked none', () => {
    expect(scriptCardsFor(log([], { pattern: 'Rescuer', theory: [] }), cards).map((card) => card.key)).toEqual([
      'with_for_to',
    ]);
    expect(scriptCardsFor(log([decision(0, { theory: ['five_ds'] })]), cards).map((card) => card.key)).toEqual([
      'five_ds',
    ]);
  });
});

describe('answers to the reflective questions', () => {
  const questions = [
    { id: 'what-surprised-you', text: 'What surprised you in this story, and why?' },
    { id: 'whose-voice', text: 'Whose voice was heard most in the story, and whose was missing?' },
  ];
  const answered = (include: boolean) =>
    accountFromAnswers({
      ...sources((answers) => {
        answers.prompts = { 'what-surprised-you': 'How quickly I answered for her.', 'not-asked-now': 'Old answer.' };
        answers.leaveOutAnswers = !include;
      }),
      questions,
    });

  it('join the account unless the learner leaves them out, and only those answered', () => {
    // By default: a record without the learner's own answers read as blank (issue 19).
    expect(
      accountFromAnswers({ ...sources((a) => (a.prompts = { 'what-surprised-you': 'Mine.' })), questions }).reflections,
    ).toEqual([{ question: questions[0]!.text, answer: 'Mine.' }]);
    expect(answered(false).reflections).toEqual([]);
    expect(accountToMarkdown(answered(false))).not.toContain('How quickly I answered for her.');
    expect(answered(true).reflections).toEqual([
      { question: questions[0]!.text, answer: 'How quickly I answered for her.' },
      { question: A_QUESTION_ASKED_BEFORE, answer: 'Old answer.' },
    ]);
    expect(accountToMarkdown(answered(true))).toContain(
      '## What surprised you in this story, and why?\n\nHow quickly I answered for her.',
    );
  });
});

describe('the standards the learner ticked (r18 M2)', () => {
  it('print each ticked group’s note, so nobody files the account as evidence or forgets the peer discussion', () => {
    const account = accountFromAnswers(
      sources((answers) => (answers.standards = ['care-cert-4', 'nmc-preserve-safety'])),
    );
    const markdown = accountToMarkdown(account);
    const section = markdown.slice(markdown.indexOf('## Standards I think this reflection relates to'));
    expect(section).toContain('- Care Certificate: Standard 4: Equality, diversity, inclusion and human rights');
    expect(section).toContain('Care Certificate: this supports my learning for Standard 4; it isn’t evidence for it.');
    expect(section).toContain('NMC revalidation: my reflective discussion must still be with another NMC registrant.');
    expect(section).not.toContain('Social Work England');
    expect(markdown).not.toContain('Standards this reflection relates to');
  });

  it('print no note for a group with nothing ticked, and no section when nothing is', () => {
    const none = accountToMarkdown(accountFromAnswers(sources()));
    expect(none).not.toContain('NMC revalidation');
    const cqc = accountToMarkdown(
      accountFromAnswers(sources((answers) => (answers.standards = ['cqc-workforce-edi']))),
    );
    expect(cqc).not.toContain('Care Certificate');
    expect(cqc).not.toContain('NMC revalidation');
  });
});

describe('the standards for organisations say so (r18 C1)', () => {
  it('the CQC statement and the board competencies print as about the organisation, not individual practice', () => {
    const markdown = accountToMarkdown(
      accountFromAnswers(sources((answers) => (answers.standards = ['cqc-workforce-edi', 'nhse-equality']))),
    );
    expect(markdown).toContain(
      'CQC (well-led): this is about my organisation, which I help lead, not about individual practice.',
    );
    expect(markdown).toContain(
      'NHS England board competencies: this is about how I help lead my organisation as a board member.',
    );
  });
});

describe('an answer to a question the curtain call no longer asks (a newer version re-worded or re-chose it)', () => {
  it('stays in the account under the question as the learner saw it, after the questions asked now', () => {
    const account = accountFromAnswers({
      ...sources((answers) => {
        answers.prompts = { 'believed-less': 'I took Dawn’s word over hers.', 'whose-voice': 'Dawn’s.' };
        answers.questions = { 'believed-less': 'Was Esther believed less than she deserved?' };
      }),
      questions: [{ id: 'whose-voice', text: 'Whose voice was heard most in the story, and whose was missing?' }],
    });
    expect(account.reflections).toEqual([
      { question: 'Whose voice was heard most in the story, and whose was missing?', answer: 'Dawn’s.' },
      { question: 'Was Esther believed less than she deserved?', answer: 'I took Dawn’s word over hers.' },
    ]);
    expect(accountToMarkdown(account)).toContain('I took Dawn’s word over hers.');
  });
});

describe('an answer to an earlier wording of a question asked now (prompts.json `replaces`)', () => {
  // Session 14 re-worded the talked-past question (new id); the answer to the old wording sat in a box of its own
  // beside the new question, and the account listed it as another question: the game read as asking twice.
  const now = {
    id: 'talked-to-instead-before',
    text: 'Before your choice at “Or she can book online”, did anyone talk to you instead of to Esther Mensah?',
    earlierIds: ['talked-to-instead'],
  };
  const oldWording = 'Did anyone talk to you, or to a relative, instead of to Esther Mensah?';

  it('goes under the question asked now, with the wording the learner answered named, not as a question of its own', () => {
    const account = accountFromAnswers({
      ...sources((answers) => {
        answers.prompts = { 'talked-to-instead': 'Dawn talked to me.' };
        answers.questions = { 'talked-to-instead': oldWording };
      }),
      questions: [now],
    });
    expect(account.reflections).toEqual([{ question: now.text, answer: 'Dawn talked to me.', askedAs: oldWording }]);
    const markdown = accountToMarkdown(account);
    expect(markdown).toContain(
      `### ${now.text}\n\nDawn talked to me.\n\n(I wrote this when the question read: ‘${oldWording}’)`,
    );
    expect(markdown).not.toContain(`### ${oldWording}`);
  });

  it('closes the note on the quoted wording without a second stop after its question mark (session 15 read 5: not ‘…?’.), and with one after a wording that has none', () => {
    const note = (wording: string) =>
      accountToMarkdown(
        accountFromAnswers({
          ...sources((answers) => {
            answers.prompts = { 'talked-to-instead': 'Dawn talked to me.' };
            answers.questions = { 'talked-to-instead': wording };
          }),
          questions: [now],
        }),
      );
    expect(note(oldWording)).toContain(`‘${oldWording}’)`);
    expect(note(oldWording)).not.toContain('?’.');
    expect(note('Tell us who was talked to')).toContain(
      '(I wrote this when the question read: ‘Tell us who was talked to’.)',
    );
  });

  it('stays a second answer, never merged, when the learner answered the new wording too', () => {
    const account = accountFromAnswers({
      ...sources((answers) => {
        answers.prompts = {
          'talked-to-instead': 'Dawn talked to me.',
          'talked-to-instead-before': 'Twice, at the desk.',
        };
        answers.questions = { 'talked-to-instead': oldWording, 'talked-to-instead-before': now.text };
      }),
      questions: [now],
    });
    expect(account.reflections).toEqual([
      { question: now.text, answer: 'Twice, at the desk.' },
      { question: now.text, answer: 'Dawn talked to me.', askedAs: oldWording },
    ]);
    const text = accountToText(account);
    expect(text.split(now.text)).toHaveLength(2);
    expect(text).toContain(`Twice, at the desk.\n\nWhen it read ‘${oldWording}’, I wrote:\n\nDawn talked to me.`);
  });
});

describe('the account names people as it is read, on its own (curtainCallNames.ts)', () => {
  const cast = [
    { id: 'esther', name: 'Esther Mensah', facets: [] },
    { id: 'dawn', name: 'Dawn', facets: [] },
  ];
  const asked = [
    {
      id: 'speak-for-there',
      text: 'At “The desk”, Esther was there when you said it for her. What would it have taken?',
    },
    { id: 'decided-together', text: 'You and Esther decided together at “The booking”. What did that change?' },
  ];
  const withCast = (change: (answers: ReturnType<typeof emptyAnswers>) => void) => {
    const given = sources(change);
    return { ...given, header: { ...given.header, cast }, questions: asked };
  };

  it('names Esther in full at the first question that names her, and by her first name after', () => {
    const account = accountFromAnswers(
      withCast((answers) => {
        answers.prompts = { 'speak-for-there': 'I spoke first.', 'decided-together': 'She chose the day.' };
      }),
    );
    expect(account.reflections!.map((r) => r.question)).toEqual([
      'At “The desk”, Esther Mensah was there when you said it for her. What would it have taken?',
      'You and Esther decided together at “The booking”. What did that change?',
    ]);
  });

  it('does not call an answer kept beside “Esther Mensah” (before session 17) an answer to an earlier wording', () => {
    const account = accountFromAnswers(
      withCast((answers) => {
        answers.prompts = { 'decided-together': 'She chose the day.' };
        answers.questions = {
          'decided-together': 'You and Esther Mensah decided together at “The booking”. What did that change?',
        };
      }),
    );
    expect(account.reflections).toEqual([
      {
        question: 'You and Esther Mensah decided together at “The booking”. What did that change?',
        answer: 'She chose the day.',
      },
    ]);
  });
});
