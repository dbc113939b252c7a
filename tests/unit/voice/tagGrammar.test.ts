import { describe, it, expect } from 'vitest';
import {
  KNOWN_TAG_KEYS,
  parseHeader,
  parseLineTag,
  parseMove,
  splitTag,
  suggestKey,
} from '../../../src/engine/contract/index.ts';
import { isScoredStoryJson } from '../../../src/engine/compiledStory';
import { compileSource } from '../../support/compileSource';

const problem = (raw: string) => {
  const parsed = parseLineTag(raw);
  if (parsed.kind !== 'problem') throw new Error(`expected a problem for "${raw}", got ${JSON.stringify(parsed)}`);
  return parsed;
};
const moveError = (value: string) => {
  const parsed = parseMove(value);
  if (parsed.ok) throw new Error(`expected "${value}" to be rejected`);
  return parsed.message;
};

describe('splitTag', () => {
  it('splits at the first colon, trims, and lower-cases the key', () => {
    expect(splitTag(' Speaker:  dawn ')).toEqual({ key: 'speaker', value: 'dawn' });
    expect(splitTag('perspective: esther: She noticed.')).toEqual({
      key: 'perspective',
      value: 'esther: She noticed.',
    });
  });
  it('gives a bare tag an empty value', () => {
    expect(splitTag('contested')).toEqual({ key: 'contested', value: '' });
  });
});

describe('known keys and suggestions', () => {
  it("accepts Inky's web-export tags as known", () => {
    for (const key of ['clear', 'restart', 'image', 'class', 'audio', 'audioloop', 'background']) {
      expect(KNOWN_TAG_KEYS).toContain(key);
      expect(parseLineTag(key.toUpperCase() + ': x').kind).toBe('foreign');
    }
  });
  it('suggests the key an author probably meant', () => {
    expect(suggestKey('sene')).toBe('scene');
    expect(suggestKey('tilte')).toBe('title');
    expect(suggestKey('perpsective')).toBe('perspective');
  });
  it('suggests nothing for a word that is not close, or is short and merely similar', () => {
    expect(suggestKey('weather')).toBeNull();
    expect(suggestKey('mood')).toBeNull();
  });
});

describe('line tags', () => {
  it('parses each kind of context tag into typed values', () => {
    expect(parseLineTag('access: okafor able_with_support')).toEqual({
      kind: 'ours',
      tag: { key: 'access', id: 'okafor', access: 'able_with_support' },
    });
    expect(parseLineTag('duty: on')).toEqual({ kind: 'ours', tag: { key: 'duty', duty: true } });
    expect(parseLineTag('harm: exclusion')).toEqual({ kind: 'ours', tag: { key: 'harm', harm: 'exclusion' } });
    expect(parseLineTag('consent: desmond partner to=ann,bob')).toEqual({
      kind: 'ours',
      tag: { key: 'consent', id: 'desmond', item: 'partner', to: ['ann', 'bob'] },
    });
    expect(parseLineTag('consent: desmond partner')).toMatchObject({ tag: { to: null } });
    expect(parseLineTag('perspective: esther: She noticed you turned to her.')).toEqual({
      kind: 'ours',
      tag: { key: 'perspective', who: 'esther', text: 'She noticed you turned to her.' },
    });
    expect(parseLineTag('prop: dawn rainbow lanyard')).toMatchObject({ tag: { id: 'dawn', item: 'rainbow lanyard' } });
    expect(parseLineTag('contested')).toEqual({ kind: 'ours', tag: { key: 'contested' } });
    expect(parseLineTag('move: invite esther')).toEqual({
      kind: 'ours',
      tag: { key: 'move', move: { move: 'invite', target: 'esther', params: {}, flags: [] } },
    });
  });

  it('rejects a bad value as an error naming the allowed ones', () => {
    const p = problem('access: okafor abel');
    expect(p.severity).toBe('error');
    expect(p.message).toContain('able_with_support');
    expect(problem('rank: boss').message).toContain('below');
    expect(problem('duty: maybe').severity).toBe('error');
    expect(problem('mandate: okafor').severity).toBe('error');
    expect(problem('speaker: Dawn').message).toContain('not a person id');
    expect(problem('perspective: esther noticed').severity).toBe('error');
  });

  it('names the allowed values when a person-and-value tag has the wrong number of words', () => {
    // Before: 'access: takes a person and a value, e.g. "access: esther able"', and mandate's example was "no".
    expect(problem('access: begum able with support').message).toBe(
      'access: takes a person and one of able, able_with_support or substantial_difficulty, e.g. "access: esther able" (got "begum able with support") (did you mean "access: begum able_with_support"?)',
    );
    expect(problem('mandate: begum').message).toContain('one of asked, consented, known_wishes, none or declined');
    expect(problem('wants: begum not sure').message).toContain('one of yes, no or unknown');
  });

  it('rejects an unknown theory key as an error', () => {
    const p = problem('theory: five_d');
    expect(p.severity).toBe('error');
    expect(p.message).toContain('five_ds');
    expect(parseLineTag('theory: five_ds').kind).toBe('ours');
  });

  it('warns on an unknown key, with a did-you-mean', () => {
    const p = problem('speeker: dawn');
    expect(p.severity).toBe('warning');
    expect(p.message).toContain('did you mean "speaker"');
    // And what the slip costs: the line shows with no speaker, and nobody is counted as speaking.
    expect(p.message).toBe(
      'unknown tag "speeker" (did you mean "speaker"?): the game ignores it, so it does nothing a "speaker:" would',
    );
    expect(problem('mood: calm')).toMatchObject({ severity: 'warning' });
  });

  it('leaves header keys on a line, and empty tags, to others', () => {
    expect(parseLineTag('title: Again')).toEqual({ kind: 'foreign' });
    expect(parseLineTag('')).toEqual({ kind: 'foreign' });
  });

  it('passes a move error through as an error', () => {
    expect(problem('move: relai okafor')).toMatchObject({ severity: 'error' });
  });
});

describe('parseMove', () => {
  it('reads target, params and flags, keeping informs=unsafe as a param', () => {
    expect(parseMove('relay okafor source=inferred self_focus')).toEqual({
      ok: true,
      move: { move: 'relay', target: 'okafor', params: { source: 'inferred' }, flags: ['self_focus'] },
    });
    expect(parseMove('act_on_behalf kasia informs=unsafe')).toMatchObject({
      move: { params: { informs: 'unsafe' }, flags: [] },
    });
    expect(parseMove('disclose desmond info=partner to=ann,bob informs')).toMatchObject({
      move: { params: { info: 'partner', to: 'ann,bob' }, flags: ['informs'] },
    });
    expect(parseMove('challenge public')).toMatchObject({ move: { target: null, flags: ['public'] } });
    expect(parseMove('silent')).toMatchObject({ ok: true, move: { target: null } });
  });

  it('rejects an unknown move, suggesting the near one', () => {
    expect(moveError('relai okafor')).toBe('unknown move "relai" (did you mean "relay"?)');
    expect(moveError('shout okafor')).toBe('unknown move "shout"');
  });

  it('rejects an unknown parameter, naming it and what the move takes', () => {
    const message = moveError('relay okafor tone=soft');
    expect(message).toContain('"tone"');
    expect(message).toContain('source=');
    expect(moveError('invite esther info=partner')).toContain('"info"');
  });

  it('rejects a parameter value outside its list', () => {
    expect(moveError('indirect jo kind=shout')).toContain('kind=delay');
    expect(moveError('act_on_behalf kasia informs=yes')).toContain('informs=unsafe');
  });

  it('requires credited= on credit_repeat', () => {
    expect(moveError('credit_repeat amina')).toBe('credit_repeat needs credited=yes or credited=no');
  });

  it('rejects a flag the move does not take, and an unknown one', () => {
    expect(moveError('relay okafor public')).toContain('"public"');
    expect(moveError('invite esther loudly')).toContain('"loudly"');
  });

  it('requires a person where the move needs one, and never the learner', () => {
    expect(moveError('relay')).toContain('relay needs a person');
    expect(moveError('invite public')).toContain('invite needs a person');
    expect(moveError('relay you')).toContain('learner');
    expect(moveError('relay Okafor')).toContain('not a person id');
  });
});

describe('parseHeader', () => {
  const full = [
    'title: Sitting in Reception',
    'summary: A home-care visit turns into a morning at the GP surgery.',
    'minutes: 12',
    'role: Home-care worker',
    'outcome: Notice when a service talks about a person.',
    'outcome: Hand the conversation back.',
    'content_note: An older deaf woman is talked about.',
    'review: Draft.',
    'author: Jane Author',
    'cast: esther = Esther Mensah; age: 78; race: Ghanaian-British; ability: severe hearing loss (invisible, communication); education: retired deputy head teacher (invisible, unvoiced)',
  ];

  it('reads every header field, facets and marks included', () => {
    const { header, problems } = parseHeader(full, { scored: true });
    expect(problems).toEqual([]);
    expect(header).toMatchObject({
      title: 'Sitting in Reception',
      minutes: 12,
      role: 'Home-care worker',
      listed: true,
      review: 'Draft.',
      authors: ['Jane Author'],
    });
    expect(header.outcomes).toHaveLength(2);
    expect(header.cast[0]).toMatchObject({ id: 'esther', name: 'Esther Mensah' });
    expect(header.cast[0]!.facets[2]).toEqual({
      key: 'ability',
      value: 'severe hearing loss',
      marks: ['invisible', 'communication'],
    });
  });

  it('makes missing required tags errors only in a scored story', () => {
    const scored = parseHeader(['title: T'], { scored: true });
    expect(scored.problems.filter((p) => p.severity === 'error').map((p) => p.tag)).toEqual([
      'summary',
      'minutes',
      'role',
      'outcome',
    ]);
    const plain = parseHeader([], { scored: false });
    expect(plain.problems).toEqual([]);
    expect(plain.header.title).toBe('');
    expect(plain.header.minutes).toBeNull();
  });

  it('still checks the values an unscored story gives', () => {
    expect(parseHeader(['minutes: soon'], { scored: false }).problems[0]).toMatchObject({ severity: 'error' });
  });

  it('keeps a story out of the foyer with listed: no', () => {
    expect(parseHeader([...full, 'listed: no'], { scored: true }).header.listed).toBe(false);
    expect(parseHeader([...full, 'listed: maybe'], { scored: true }).problems[0]).toMatchObject({ severity: 'error' });
  });

  it('rejects a bad facet key or mark', () => {
    const { problems } = parseHeader(['cast: dawn = Dawn; job: receptionist; class: working-class (loud)'], {
      scored: false,
    });
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"job" is not a facet key/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"loud" is not a facet mark/);
  });

  it('rejects reserved flag words and the learner as cast ids', () => {
    for (const id of ['public', 'room', 'informs', 'you']) {
      const { problems, header } = parseHeader([`cast: ${id} = Someone; age: 40`], { scored: false });
      expect(problems[0]?.severity).toBe('error');
      expect(header.cast).toEqual([]);
    }
  });

  it('rejects a cast id used twice', () => {
    const { problems } = parseHeader(['cast: dawn = Dawn', 'cast: dawn = Dawn Two'], { scored: false });
    expect(problems[0]!.message).toContain('used twice');
  });

  it('warns in a scored story about thin cast members and unknown header keys', () => {
    const { problems } = parseHeader([...full, 'cast: dawn = Dawn; employment: receptionist', 'titel: x'], {
      scored: true,
    });
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/dawn has 1 facets/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/did you mean "title"/);
    expect(parseHeader([...full, 'titel: x', 'mood: calm'], { scored: false }).problems).toEqual([]);
  });
});

describe('the v3 tags', () => {
  it('reads reveal: as a person and one of the facet keys', () => {
    expect(parseLineTag('reveal: esther education')).toEqual({
      kind: 'ours',
      tag: { key: 'reveal', id: 'esther', facet: 'education' },
    });
    expect(problem('reveal: esther hobbies').message).toMatch(/"hobbies" is not a facet key/);
    expect(problem('reveal: esther').message).toMatch(/takes a person and one of their facet keys/);
    expect(problem('reveal: Esther age').message).toMatch(/not a person id/);
  });

  it("reads reflect: as the author's own question, which needs words", () => {
    expect(parseLineTag('reflect: What did waiting let Esther do?')).toEqual({
      kind: 'ours',
      tag: { key: 'reflect', text: 'What did waiting let Esther do?' },
    });
    expect(problem('reflect:').message).toBe('reflect: needs some text');
  });

  it('reads pronouns in a cast line, not as a facet and not counted towards the three', () => {
    const { header, problems } = parseHeader(
      ['cast: esther = Esther Mensah; pronouns: she/her; age: 78; ability: deaf (invisible); education: teacher'],
      { scored: false },
    );
    expect(problems).toEqual([]);
    expect(header.cast[0]!.pronouns).toBe('she/her');
    expect(header.cast[0]!.facets.map((f) => f.key)).toEqual(['age', 'ability', 'education']);
    const thin = parseHeader(['cast: jo = Jo; pronouns: they/them; age: 30; employment: nurse (invisible)'], {
      scored: true,
    });
    expect(thin.problems.map((p) => p.message)).toContain(
      "jo has 2 facets; a scored story's cast members have at least 3",
    );
  });

  it('leaves pronouns out when none are given, and rejects a malformed or repeated one', () => {
    expect(parseHeader(['cast: jo = Jo; age: 30'], { scored: false }).header.cast[0]).not.toHaveProperty('pronouns');
    for (const bad of ['pronouns: she', 'pronouns: she/her (invisible)', 'pronouns: she/her; pronouns: they/them']) {
      const { problems, header } = parseHeader([`cast: jo = Jo; ${bad}; age: 30`], { scored: false });
      expect(problems[0], bad).toMatchObject({ severity: 'error' });
      expect(problems[0]!.message, bad).toMatch(/^pronouns: /);
      // Jo is still in the cast, with the facet that was right: one slip is one error, not one for every tag
      // that names her.
      expect(
        header.cast.map((m) => [m.id, m.facets.map((f) => f.key)]),
        bad,
      ).toEqual([['jo', ['age']]]);
    }
  });

  it('keeps a person whose cast line has a misspelt facet key, without that facet, and says which key was meant', () => {
    const { header, problems } = parseHeader(
      ['cast: begum = Rokeya Begum; pronoun: she/her; aged: 67; language: Sylheti (communication)'],
      { scored: false },
    );
    expect(problems.map((p) => p.message)).toEqual([
      '"pronoun" is not a facet key (did you mean "pronouns"?)',
      '"aged" is not a facet key (did you mean "age"?)',
    ]);
    expect(header.cast.map((m) => [m.id, m.facets.map((f) => f.key)])).toEqual([['begum', ['language']]]);
  });
});

describe('a scored story', () => {
  // The playthrough and the playbill read this from the compiled JSON (ink writes a tag as "^move: …").
  const story = (choiceTags: string) =>
    compileSource(`Hello.\n* [Go ${choiceTags}] On.\n  -> END\n* [Stay] Here.\n  -> END`);

  it('is scored exactly when some choice carries a move', () => {
    expect(isScoredStoryJson(story('#contested #move: invite esther'))).toBe(true);
    expect(isScoredStoryJson(story('#contested'))).toBe(false);
  });
});
