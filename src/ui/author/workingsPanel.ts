// The side panel of the author preview: what the engine made of the story so far, so an author can see why a
// choice came out as it did. The tags of the latest lines, the scene as the tags have set it, each decision's
// moves, acts and scores, and the decision log. Everything is text; nothing the story says becomes markup.
import type { HeardPassage } from '../../engine/heardPassage';
import { resolveOptions } from '../../engine/optionOutcomes';
import type {
  ContextSnapshot,
  DecisionLog,
  DecisionRecord,
  MoveSpec,
  OptionOffered,
  OptionOutcome,
} from '../../engine/types';
import { actPhrase } from '../../facilitation/actWords';

/** What the panel reads: the passage as heard on the stream, and the performance's state (the preview's view). */
export interface WorkingsSource {
  passage: HeardPassage | null;
  log: Pick<DecisionLog, 'decisions' | 'pattern'>;
  sceneContext: ContextSnapshot;
  header: { cast: { id: string; name: string }[] };
  /** What each option on offer does (its `move:` tags and `contested`, read by the engine), in the order shown. */
  options: readonly OptionOffered[];
}
import { clear, el } from '../dom';

/** A move as an author writes it: "relay esther source=inferred self_focus". */
function moveText(move: MoveSpec): string {
  const params = Object.entries(move.params).map(([k, v]) => `${k}=${v}`);
  return ['move:', move.move, move.target, ...params, ...move.flags].filter((w) => w !== null && w !== '').join(' ');
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

// Each scale in plain words beside its number, so an author reads what the score says without the voice model.
const SCALE_WORDS: Record<'voice' | 'power' | 'courage', [less: string, none: string, more: string]> = {
  voice: ['their voice heard less', 'their voice unchanged', 'their voice heard more'],
  power: ['they decided less', 'who decides unchanged', 'they decided more'],
  courage: ['you stood by', 'neither acted nor stood by', 'you acted'],
};

function scores(d: Pick<DecisionRecord, 'voice' | 'power' | 'courage'>): string {
  return (['voice', 'power', 'courage'] as const)
    .map((scale) => {
      const n = d[scale];
      return `${scale} ${signed(n)} (${SCALE_WORDS[scale][n < 0 ? 0 : n === 0 ? 1 : 2]})`;
    })
    .join(', ');
}

/** The three numbers alone, for a list of options where the words would crowd them. */
function numbers(d: Pick<DecisionRecord, 'voice' | 'power' | 'courage'>): string {
  return `voice ${signed(d.voice)}, power ${signed(d.power)}, courage ${signed(d.courage)}`;
}

/** Every option with the act and scores it resolves to in the context it is offered in. */
function optionList(options: readonly OptionOutcome[], chosen: number | null): HTMLElement {
  const list = el('ol', { className: 'option-outcomes' });
  for (const o of options) {
    const acts = o.acts.length
      ? o.acts.map((a) => (a.target ? `${a.act} (${a.target})` : a.act)).join(' + ')
      : 'no act';
    list.append(
      el(
        'li',
        { 'data-option': o.index },
        el('span', {}, `“${o.text}”`),
        ' → ',
        el('strong', {}, acts),
        `: ${numbers(o)}${o.contested ? '; contested' : ''}${o.index === chosen ? ' (chosen)' : ''}`,
      ),
    );
  }
  return list;
}

function section(id: string, title: string, ...body: (Node | string | null)[]): HTMLElement {
  return el('section', { className: 'workings-part' }, el('h3', { id }, title), ...body);
}

function tagsPart(passage: HeardPassage | null): HTMLElement {
  const lines = passage?.lines ?? [];
  const list = el('ol', { className: 'tag-lines' });
  for (const line of lines) {
    if (line.tags.length === 0) continue;
    const text = line.hidden
      ? '(a line with only tags)'
      : line.text.length > 70
        ? `${line.text.slice(0, 70)}…`
        : line.text;
    list.append(
      el(
        'li',
        {},
        el('span', { className: 'tag-line-text' }, text),
        el('span', { className: 'tag-list' }, ...line.tags.map((t) => el('code', {}, `# ${t}`))),
      ),
    );
  }
  return section(
    'workings-tags',
    'Tags on the latest lines',
    list.childElementCount ? list : el('p', { className: 'hint' }, 'No tags on these lines.'),
  );
}

function scenePart(playthrough: WorkingsSource): HTMLElement {
  const scene = playthrough.sceneContext;
  const names = new Map(playthrough.header.cast.map((c) => [c.id, c.name]));
  const facts = el(
    'dl',
    { className: 'facts' },
    el('dt', {}, 'Scene'),
    el('dd', {}, scene.scene ?? '(none yet)'),
    el('dt', {}, 'Harm'),
    el('dd', {}, scene.harm),
    el('dt', {}, 'Duty'),
    el('dd', {}, scene.duty ? 'on' : 'off'),
    el('dt', {}, 'Unsafe to tell'),
    el('dd', {}, scene.unsafe ? 'on' : 'off'),
    el('dt', {}, 'Your rank'),
    el('dd', {}, scene.rank),
  );
  const rows = Object.entries(scene.people).map(([id, p]) => {
    const consents = Object.entries(p.consents).map(([item, to]) =>
      to === null ? item : `${item} (to ${to.join(', ')})`,
    );
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, names.get(id) ? `${names.get(id)} (${id})` : id),
      el('td', {}, p.present ? 'yes' : 'no'),
      el('td', {}, p.access.replace(/_/g, ' ')),
      el('td', {}, p.mandate.replace(/_/g, ' ')),
      el('td', {}, p.wants),
      el('td', {}, consents.join('; ') || '—'),
    );
  });
  const table = el(
    'table',
    { className: 'people' },
    el('caption', {}, 'Who is here, and what they asked for'),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...['Person', 'Present', 'Access', 'Mandate', 'Wants help', 'Consents'].map((h) =>
          el('th', { scope: 'col' }, h),
        ),
      ),
    ),
    el('tbody', {}, ...rows),
  );
  return section(
    'workings-scene',
    'The scene now',
    facts,
    rows.length
      ? el(
          'div',
          { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'People in the scene' },
          table,
        )
      : null,
  );
}

function decisionDetail(d: DecisionRecord, nameOf: (id: string) => string): HTMLElement {
  return el(
    'dl',
    { className: 'facts' },
    el('dt', {}, 'Chosen'),
    el('dd', {}, d.choice.text),
    el('dt', {}, 'Moves'),
    el('dd', {}, d.moves.length ? d.moves.map(moveText).join('; ') : '(none)'),
    el('dt', {}, 'Acts'),
    el(
      'dd',
      {},
      d.acts.length
        ? d.acts
            .map((a) => `${a.act}${a.target ? ` (${a.target})` : ''}: ${lowerFirst(actPhrase(a, nameOf))}`)
            .join(', ')
        : '(none)',
    ),
    el('dt', {}, 'Scores'),
    el(
      'dd',
      {},
      d.base.voice === d.voice && d.base.power === d.power && d.base.courage === d.courage
        ? scores(d)
        : `${scores(d)} (as chosen: ${scores(d.base)}; a later decision came back to it)`,
    ),
    el('dt', {}, 'Every option here'),
    el('dd', {}, optionList(d.options, d.choice.index)),
    el('dt', {}, 'last_act'),
    el('dd', {}, d.lastAct === '' ? '""' : d.lastAct),
  );
}

function pendingPart(playthrough: WorkingsSource, passage: HeardPassage | null): HTMLElement | null {
  if (!passage?.isDecision) return null;
  const notes = passage.notes;
  return section(
    'workings-pending',
    'Cards for the decision on offer',
    el(
      'dl',
      { className: 'facts' },
      el('dt', {}, 'Discuss'),
      el('dd', {}, passage.discuss.join(' / ') || '(none)'),
      el('dt', {}, 'Note'),
      el('dd', {}, notes.join(' / ') || '(none)'),
      el('dt', {}, 'Options, as they would resolve now'),
      el('dd', {}, optionList(resolveOptions(playthrough.options, playthrough.sceneContext), null)),
    ),
  );
}

/** "Inviting Rokeya Begum in" → "inviting Rokeya Begum in": the phrase in a sentence, a person's name as written. */
const lowerFirst = (phrase: string) => phrase.charAt(0).toLowerCase() + phrase.slice(1);

function logPart(decisions: DecisionRecord[], nameOf: (id: string) => string): HTMLElement {
  if (decisions.length === 0)
    return section('workings-log', 'Decision log', el('p', { className: 'hint' }, 'No decisions yet.'));
  const list = el('ol', { className: 'decision-log' });
  for (const d of decisions) {
    const acts = d.acts.map((a) => `${a.act} (${lowerFirst(actPhrase(a, nameOf))})`).join(' + ') || 'no act';
    const extra = [
      d.moment ? `moment: ${d.moment}` : 'no moment',
      `${d.perspectives.length} perspective${d.perspectives.length === 1 ? '' : 's'}`,
    ];
    list.append(el('li', {}, el('strong', {}, acts), ` (${scores(d)}) — “${d.choice.text}”; ${extra.join('; ')}`));
  }
  return section('workings-log', 'Decision log', list);
}

/** Redraw the panel from the playthrough as it is now. */
export function renderWorkings(panel: HTMLElement, playthrough: WorkingsSource): void {
  const passage = playthrough.passage;
  const decisions = playthrough.log.decisions;
  const last = decisions.at(-1);
  const names = new Map(playthrough.header.cast.map((c) => [c.id, c.name]));
  const nameOf = (id: string) => (id === 'you' ? 'you' : (names.get(id) ?? id));
  clear(panel);
  panel.append(
    el('h2', { id: 'workings-heading' }, 'Workings'),
    pendingPart(playthrough, passage) ?? '',
    last ? section('workings-last', 'Your last decision', decisionDetail(last, nameOf)) : '',
    scenePart(playthrough),
    tagsPart(passage),
    logPart(decisions, nameOf),
    // Before the first decision there is no pattern to read (the engine names it "Finding the way" for the debrief).
    playthrough.log.pattern && decisions.length > 0 ? el('p', {}, `Pattern so far: ${playthrough.log.pattern}`) : '',
  );
}
