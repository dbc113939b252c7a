// The room's screen, built from a session: only what the room may see goes in. Acts and perspectives enter only
// through a reveal the facilitator made; the room's own move only once shown; counts never (proportions and
// "a few" instead). Blank and pause cover everything else.
import { actPhrase } from './actWords';
import { airtimeBars, bandLines, discussionPrompts, NOW_WHAT_QUESTIONS, voteRowOf } from './groupDebrief';
import { closeCard, contentNotesCard, groundRulesCard, pauseCard, prebriefCard, type RoomCard } from './roomCards';
import type { RoomView, RoomViewBody } from './roomView';
import { votesAt } from './sessionLog';
import type { Workshop } from './workshop';

const DEFAULT_PROMPTS = [
  'What would you do here, and why?',
  'Who in this scene has the least say, and what would help them have more?',
];
/** One decision a page: its votes as bars fill a projector screen at the room's type size. */
export const DEBRIEF_PER_PAGE = 1;

export function buildRoomView(w: Workshop): RoomView {
  return { seq: w.seq, theme: w.state.theme, storyTitle: w.main.header.title, timer: w.state.timer, body: roomBody(w) };
}
function roomBody(w: Workshop): RoomViewBody {
  const s = w.state;
  const header = w.main.header;
  const card = (c: RoomCard, tone: 'info' | 'pause' = 'info'): RoomViewBody => ({ kind: 'card', card: c, tone });
  if (s.blank) return { kind: 'blank' };
  if (s.paused) return card(pauseCard(), 'pause');
  if (s.overlay?.card === 'ground-rules') return card(groundRulesCard());
  if (s.overlay?.card === 'reveal' && s.revealed.includes(s.overlay.step)) {
    const d = w.decisionAt(s.overlay.step);
    if (d) {
      return {
        kind: 'reveal',
        chosen: d.choice.text,
        moment: d.moment,
        acts: d.acts.map((a) => actPhrase(a, w.nameOf)),
        perspectives: d.perspectives.map((p) => ({ heading: `What ${w.nameOf(p.who)} noticed`, text: p.text })),
      };
    }
  }
  if (s.overlay?.card === 'room-move') {
    const id = s.overlay.id;
    const move = s.log.find((e) => e.type === 'room-move' && e.id === id);
    if (move && move.type === 'room-move' && move.shown) return { kind: 'room-move', text: move.text };
  }
  switch (s.screen) {
    case 'plan':
      return { kind: 'waiting', title: 'The Allyship Theatre', text: 'The workshop will begin shortly.' };
    case 'prebrief':
      return card(prebriefCard(header));
    case 'ground-rules':
      return card(groundRulesCard());
    case 'content-notes':
      return card(contentNotesCard(header));
    case 'story':
      return storyBody(w);
    case 'debrief':
      return debriefBody(w);
    case 'ended':
      return card(closeCard(header));
  }
}

function storyBody(w: Workshop): RoomViewBody {
  const s = w.state;
  if (s.exploring && w.exploration()) {
    const pages = w.explorePages();
    const page = Math.min(s.exploring.page, Math.max(0, pages.length - 1));
    return {
      kind: 'story',
      banner: 'What if… (a rewind: the room’s own choice stays the record)',
      chosen: page === 0 ? (w.exploration()?.option ?? null) : null,
      lines: pages[page] ?? [],
      page,
      pages: pages.length,
    };
  }
  const pages = w.pages();
  const last = s.path[s.path.length - 1];
  if (s.page < pages.length) {
    return {
      kind: 'story',
      banner: s.page === 0 && last && 'skip' in last ? 'A scene was skipped.' : null,
      chosen: s.page === 0 && last && 'text' in last ? last.text : null,
      lines: pages[s.page]!,
      page: s.page,
      pages: pages.length,
    };
  }
  if (w.passage.ended) return { kind: 'curtain', text: 'The curtain falls. Next, we look back together.' };
  if (w.passage.error)
    return {
      kind: 'card',
      card: {
        title: 'The story has stopped',
        paragraphs: ['Something went wrong in the story. The facilitator will take it from here.'],
        items: [],
      },
      tone: 'info',
    };
  const point = w.currentPoint()!;
  const step = s.step;
  if (step === 'discuss') return { kind: 'discuss', prompts: point.discuss.length ? point.discuss : DEFAULT_PROMPTS };
  if (step === 'vote-1' || step === 'vote-2')
    return { kind: 'vote', round: step === 'vote-1' ? 1 : 2, options: point.options };
  if (step === 'result-1' || step === 'result-2') {
    const round = step === 'result-1' ? 1 : 2;
    const votes = votesAt(s.log, point.step);
    const vote = round === 1 ? votes.first : votes.second;
    if (vote)
      return {
        kind: 'result',
        round,
        options: point.options,
        row: voteRowOf(vote, round === 1 ? 'How the room voted' : 'How the room voted the second time'),
        // The revote beside the first vote: how the room moved is the point of vote → discuss → revote.
        before: round === 2 && votes.first ? voteRowOf(votes.first, 'The first vote') : null,
      };
  }
  return { kind: 'options', banner: null, options: point.options, vote: point.vote };
}

function debriefBody(w: Workshop): RoomViewBody {
  const s = w.state;
  const parts = w.debriefParts();
  const whatParts = parts - 3;
  const page = Math.min(s.page, parts - 1);
  const log = w.main.log;
  if (page < whatParts) {
    const all = w.debriefDecisions();
    return {
      kind: 'debrief-what',
      part: page + 1,
      parts: whatParts,
      decisions: all.slice(page * DEBRIEF_PER_PAGE, (page + 1) * DEBRIEF_PER_PAGE).map((d) => ({
        heading: `${d.number}. ${d.heading}`,
        chosen: d.chosen,
        how: d.how ?? '',
        votes: d.votes.map((v) => voteRowOf(v.vote, v.label)),
        acts: d.revealed ? d.acts : null,
        roomMoves: d.roomMoves.filter((m) => m.shown).map((m) => m.text),
        explored: d.explored,
      })),
    };
  }
  if (page === whatParts) {
    const bars = airtimeBars(log, w.main.header.cast);
    return { kind: 'debrief-airtime', spoke: bars.spoke, spokenTo: bars.spokenTo, notes: bars.notes };
  }
  if (page === whatParts + 1) {
    return {
      kind: 'debrief-so-what',
      prompts: discussionPrompts(log),
      bands: s.bandsRevealed && log.scored ? bandLines(log) : null,
    };
  }
  return { kind: 'debrief-now-what', commitments: s.commitments, questions: NOW_WHAT_QUESTIONS };
}
