import { describe, expect, it } from 'vitest';
import { bandsFor } from '../../../src/engine/debrief/bands';
import {
  accountToMarkdown,
  accountToText,
  looksLikeRealName,
  namesInLearnersWords,
  type ReflectiveAccount,
} from '../../../src/engine/debrief/reflectiveAccount';
import { whatHappenedFromLog } from '../../../src/engine/debrief/timeline';
import { decision, log } from './buildLog';

const played = log([
  decision(0, { choice: 'Ask Esther what she would like to say', moment: 'At the desk', scores: [2, 2, 0] }),
  decision(1, { choice: 'Sit with her until a doctor is free', moment: null, scores: [1, 2, 1] }),
]);

function account(overrides: Partial<ReflectiveAccount> = {}): ReflectiveAccount {
  return {
    title: 'Sitting in Reception',
    outcomes: ['Notice when a service talks about a person instead of to them.'],
    authors: ['Jane Author'],
    date: '3 March 2026',
    minutesSpent: 14,
    cpdTime: '',
    participatory: false,
    whatHappened: whatHappenedFromLog(played),
    realSituation: 'A ward round where a patient was talked about over her bed.',
    learned: 'Turning to the person is a small act that changes who is in the conversation.',
    changePractice: '# Ask first\nI will ask the person before I answer for them.',
    impact: 'People I support get to speak for themselves.',
    peerReflection: '',
    commitmentsForMe: ['Credit ideas by name in the next team meeting.'],
    commitmentsForOrganisation: [],
    comeBackOn: null,
    followUp: '',
    standards: ['The NMC Code: Prioritise people'],
    bands: null,
    ...overrides,
  };
}

describe('the reflective account', () => {
  it('fills in what happened from the log: choices and moments, no numbers', () => {
    expect(whatHappenedFromLog(played)).toBe(
      'At the desk — I chose “Ask Esther what she would like to say”.\nI chose “Sit with her until a doctor is free”.',
    );
  });

  it('quotes an option that is speech once: its own quotation marks become the pair, with no second full stop', () => {
    // S1's '"Three weeks is a long time. Shall we ask for a doctor today?"' printed as “"Three weeks…today?"”.
    const spoken = log([
      decision(0, {
        choice: '"Three weeks is a long time. Shall we ask for a doctor today?"',
        moment: '"Or she can book online"',
        scores: [1, 2, 1],
      }),
      decision(1, { choice: 'Say "not today" and leave it there', moment: null, scores: [0, 0, 0] }),
    ]);
    expect(whatHappenedFromLog(spoken)).toBe(
      '"Or she can book online" — I chose “Three weeks is a long time. Shall we ask for a doctor today?”\n' +
        'I chose “Say "not today" and leave it there”.',
    );
  });

  it('holds the learner’s own words in Markdown and in text', () => {
    const markdown = accountToMarkdown(account());
    expect(markdown).toContain('# Reflective account: Sitting in Reception');
    expect(markdown).toContain('A ward round where a patient was talked about over her bed.');
    expect(markdown).toContain('I will ask the person before I answer for them.');
    expect(markdown).toContain('\\# Ask first'); // a learner's "#" does not become a heading
    expect(markdown).toContain('- Credit ideas by name in the next team meeting.');
    expect(markdown).toContain('non-participatory');
    expect(markdown).toContain('not an accreditation');
    // Optional but always there (r18 S3): an empty part reads as still to write, not as a choice not to answer.
    expect(markdown).toContain('## Reflection with a peer\n\n(not yet written)');
    const text = accountToText(account({ participatory: true, peerReflection: 'Talked it through with Sam.' }));
    expect(text).toContain('Turning to the person is a small act');
    expect(text).toContain('participatory (a facilitated group session)');
    expect(text).toContain('Talked it through with Sam.');
    expect(text).not.toContain('##');
  });

  it('holds the bands only when the learner opted in, and never as numbers', () => {
    expect(accountToMarkdown(account())).not.toContain('How the story read my choices');
    const withBands = accountToMarkdown(account({ bands: bandsFor(played.decisions) }));
    const section = withBands.slice(withBands.indexOf('## How the story read my choices'));
    expect(section).toContain('Whose voice was heard: their voices mostly heard');
    expect(section).toContain('mostly with');
    expect(section).not.toMatch(/\d/);
  });

  it('adds the follow-up when there is one', () => {
    const markdown = accountToMarkdown(account({ comeBackOn: '14 April 2026', followUp: 'I tried it in handover.' }));
    expect(markdown).toContain('## What happened when I tried it\n\nI tried it in handover.');
    expect(markdown).toContain('14 April 2026');
  });
});

describe('looksLikeRealName', () => {
  it('finds titles with names, wards, named places and postcodes', () => {
    expect(
      looksLikeRealName('I looked after Mrs Okafor on Ward 7, then took her to Hillside Surgery, LS1 4AP.'),
    ).toEqual(['Mrs Okafor', 'Ward 7', 'Hillside Surgery', 'LS1 4AP']);
    expect(looksLikeRealName('Dr Jane Smith was on Rowan Ward at St Mary’s Hospital.')).toEqual([
      'Dr Jane Smith',
      'Rowan Ward',
      'St Mary’s Hospital',
    ]);
  });

  it('finds a full name mid-sentence, NHS numbers, phone numbers and emails', () => {
    expect(
      looksLikeRealName('Yesterday I rang Jane Smith on 0113 496 0000 about 943 476 5919; jane@example.org'),
    ).toEqual(['Jane Smith', '0113 496 0000', '943 476 5919', 'jane@example.org']);
  });

  it('does not flag the story’s own characters', () => {
    expect(looksLikeRealName('Mrs Lee spoke to Dr Shah, then Mrs Okafor arrived.', ['Mrs Lee', 'Dr Shah'])).toEqual([
      'Mrs Okafor',
    ]);
  });

  it('leaves anonymised and general text alone', () => {
    expect(looksLikeRealName('Mrs X could not use the phone, so we sat in the surgery until the GP was free.')).toEqual(
      [],
    );
    expect(looksLikeRealName('The Care Home manager said Social Work England and the Care Act were clear.')).toEqual(
      [],
    );
    expect(looksLikeRealName('On the ward, a resident in her 80s asked for her daughter.')).toEqual([]);
  });
});

describe('the real-name warning looks only at what the learner wrote (r18 M3)', () => {
  const gameWrote = 'The board — you chose “Give Tom bay 3 today, and ask Dr Price to see him on Ward 7”.';
  const storyNames = ['Tom Reid', 'Dr Owen Price', 'Mr Dennis Hughes'];

  it('a cast name matches word by word: "Dr Price" is fiction when the cast has "Dr Owen Price"', () => {
    expect(looksLikeRealName('Dr Price came, then Mr Hughes, then Mrs Hughes-Bell.', storyNames)).toEqual([
      'Mrs Hughes-Bell',
    ]);
    expect(looksLikeRealName('Dr Jane Price was on call.', storyNames)).toEqual(['Dr Jane Price']);
  });

  it('says nothing about the game’s own “What happened” before the learner has typed a word', () => {
    expect(looksLikeRealName(gameWrote, storyNames)).toEqual(['bay 3', 'Ward 7']); // what used to be shown
    expect(namesInLearnersWords({ own: ['', ''], whatHappened: null, gameWrote, storyNames })).toEqual([]);
  });

  it('once “What happened” is edited, flags what the learner added there, not the phrases the game wrote', () => {
    const edited = `${gameWrote.replace('you chose', 'I chose')}\nIt reminded me of Mrs Okafor on Rowan Ward.`;
    expect(namesInLearnersWords({ own: [], whatHappened: edited, gameWrote, storyNames })).toEqual([
      'Mrs Okafor',
      'Rowan Ward',
    ]);
  });

  it('still flags the learner’s own words anywhere else, even a ward the story also has', () => {
    expect(
      namesInLearnersWords({
        own: ['It was like Ward 7 at St Anne’s Hospital.'],
        whatHappened: null,
        gameWrote,
        storyNames,
      }),
    ).toEqual(['Ward 7', 'St Anne’s Hospital']);
  });
});

describe('the account says what the activity was, in the learner’s own voice (r18 S4)', () => {
  it('“What happened” says “I chose”, and an option that ends its own sentence gets no second full stop', () => {
    const text = whatHappenedFromLog(
      log([decision(0, { choice: 'Tell her you’ll ring her tonight.', moment: 'The call', scores: [1, 1, 1] })]),
    );
    expect(text).toBe('The call — I chose “Tell her you’ll ring her tonight.”');
    expect(text).not.toContain('you chose');
  });

  it('the activity names its type, the role played and the story’s setting, and says the people are fictional', () => {
    const markdown = accountToMarkdown(
      account({ role: 'Ward sister on an acute medical ward', summary: 'On an acute ward you are given a lanyard.' }),
    );
    const activity = markdown.slice(markdown.indexOf('## The activity'), markdown.indexOf('## What I learned'));
    expect(activity).toContain('- Type of activity: an interactive online scenario');
    expect(activity).toContain('- My role in the story: Ward sister on an acute medical ward');
    expect(activity).toContain('- What the story is about: On an acute ward you are given a lanyard.');
    expect(activity).toContain('- The people and places in the story are fictional.');
  });
});

describe('the account never claims to be anonymised (r18 S6)', () => {
  it('heads the real situation without “(anonymised)”, which the game can’t know', () => {
    const markdown = accountToMarkdown(account({ realSituation: 'St Anne’s Hospital, Mrs Patel’s son.' }));
    expect(markdown).toContain('## A real situation this reminds me of\n\nSt Anne’s Hospital');
    expect(markdown).not.toContain('anonymised');
  });
});

describe('a blank account looks like a form to fill (r18 S3) and asks how it relates to the Code (r18 S1)', () => {
  it('prints the core parts, peer reflection and Code relevance even when empty, as “(not yet written)”', () => {
    const blank = account({ realSituation: '', learned: '', changePractice: '', impact: '', standards: [] });
    for (const out of [accountToMarkdown(blank), accountToText(blank)]) {
      for (const heading of [
        'What happened in the story',
        'A real situation this reminds me of',
        'What I learned',
        'How I will change my practice',
        'The impact on the people I support',
        'Reflection with a peer',
        'How this relates to the Code or my professional standards',
      ])
        expect(out).toContain(`${heading}\n`);
      expect(out).toContain('(not yet written)');
      expect(out).not.toContain('(left blank)');
    }
  });

  it('holds the learner’s own words on the Code, just before the standards they ticked', () => {
    const markdown = accountToMarkdown(account({ codeRelevance: 'Prioritise people: I listened to Esther first.' }));
    const own = markdown.indexOf(
      '## How this relates to the Code or my professional standards\n\nPrioritise people: I listened to Esther first.',
    );
    expect(own).toBeGreaterThan(-1);
    expect(markdown.indexOf('## Standards I think this reflection relates to')).toBeGreaterThan(own);
  });
});

describe('the account follows the forms’ order (r18 S2) and keeps the learner’s words as written (r18 C4)', () => {
  const full = account({
    reflections: [
      { question: 'Whose voice was missing?', answer: 'Esther’s, at first.' },
      { question: 'What stopped you?', answer: 'Time.' },
    ],
    followUp: 'I tried it at handover.',
    comeBackOn: '14 April 2026',
    peerReflection: 'Talked it through with Sam.',
    codeRelevance: 'Prioritise people.',
    bands: bandsFor(played.decisions),
  });

  // r19 C3: the NMC form asks the activity's nature, then what I learned, how I changed my practice, and the Code;
  // SWE a short dated description, then learning, impact and peer reflection. Neither asks for the story's aims or
  // the game's record of the path, which pushed the learner's first words to page 2 of the printout.
  it('a CPD reader meets the learner’s own words straight after the dated activity: the game’s parts come last', () => {
    const markdown = accountToMarkdown(full);
    const headings = markdown.split('\n').filter((line) => /^#{2,3} /.test(line));
    expect(headings).toEqual([
      '## The activity',
      '## What I learned',
      '## How I will change my practice',
      '## What I will do',
      '## When I will look back at this',
      '## What happened when I tried it',
      '## The impact on the people I support',
      '## A real situation this reminds me of',
      '## Reflection with a peer',
      '## How this relates to the Code or my professional standards',
      '## Standards I think this reflection relates to',
      '## Questions I thought about',
      '### Whose voice was missing?',
      '### What stopped you?',
      '## What happened in the story',
      '## What the story set out to help me learn',
      '## How the story read my choices (the game’s reading, not an assessment)',
    ]);
    // The facts are still there, dated, before the learner's words.
    expect(markdown.indexOf('- Date: 3 March 2026')).toBeLessThan(markdown.indexOf('## What I learned'));
    expect(accountToText(full).indexOf('What I learned\n')).toBeLessThan(
      accountToText(full).indexOf('What happened in the story\n'),
    );
    expect(accountToText(full)).toContain('Whose voice was missing?\n........................\nEsther’s, at first.');
  });

  it('a learner’s line beginning “1.”, “>” or “- ” stays their words, not a list or a quote', () => {
    const markdown = accountToMarkdown(account({ learned: '1. Wait.\n> Not a quote\n- Not a list\n2) Ask.' }));
    expect(markdown).toContain('1\\. Wait.  \n\\> Not a quote  \n\\- Not a list  \n2\\) Ask.');
  });
});
