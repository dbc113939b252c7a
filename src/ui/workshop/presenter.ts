// The facilitator's screen. It holds the session (a Workshop), keeps it on the device after every change so a
// reload resumes it, sends the room's view to the projector window after every change, and draws the plan,
// the controls or the debrief. Focus stays where the facilitator was, so the whole session runs by keyboard.
import scriptCards from '../../content/scriptCards.json';
import { Workshop, type Said } from '../../facilitation/workshop';
import { quietTaskFor, type QuietTask } from '../../facilitation/quietTask';
import { sessionForPhones } from '../../facilitation/sessionRecord';
import type { RoomView } from '../../facilitation/roomView';
import type { SessionState } from '../../facilitation/sessionState';
import { announce, clear, el } from '../dom';
import { deviceStorage } from '../deviceStorage';
import { findEntry, loadStoryJson, storyManifest } from '../storySource';
import { controlsPanel, voteTaking, type ControlHandlers } from './controlsPanel';
import { debriefPanel } from './debriefPanel';
import { drawRoom } from './drawRoom';
import { fitRoom } from './fitRoom';
import { guideDialog, keysDialog, openDialog } from './guidePanel';
import { planScreen } from './planScreen';
import { bindPresenterKeys } from './presenterKeys';
import {
  briefSheet,
  downloadSummary,
  printSheet,
  quietSheet,
  summarySheet,
  takeAwaySheet,
  voteCardsSheet,
} from './printSheets';
import { quietTaskPanel } from './quietTaskPanel';
import { tooManyVotesWords } from '../../facilitation/voteTally';
import { phoneCountWords } from './decisionPanel';
import { connectPhoneVotes, takeRoomKey, type PhoneVotes } from './phoneVotes';
import { PRESENTER_SILENCE_SECONDS } from '../../facilitation/roomSilence';
import { channelsWork, openPresenterLink } from './roomChannel';
import {
  bringBackSession,
  loadPrefs,
  loadSession,
  savePrefs,
  saveSession,
  setAsideSessions,
  deleteSetAsideSession,
  setSessionAside,
  type SetAsideSession,
} from './sessionStore';
import { confirmNewSession } from './newSessionDialog';
import { askFirst } from './askFirst';
import { setAsidePanel } from './setAsidePanel';

const ports = { now: () => Date.now() };

/** "Room code ABCD · 12 phones joined · 11 connected now". */
function joinedWords(room: PhoneVotes): string {
  const joined = room.state?.phones ?? 0;
  const here = room.state?.here ?? joined;
  return `Room code ${room.info.code} · ${joined} phone${joined === 1 ? '' : 's'} joined · ${here} connected now`;
}

const WAITING: RoomView = {
  seq: 0,
  theme: 'dark',
  storyTitle: 'The Allyship Theatre',
  timer: null,
  body: { kind: 'waiting', title: 'The Allyship Theatre', text: 'The workshop will begin shortly.' },
};

export async function startPresenter(bar: HTMLElement, main: HTMLElement): Promise<void> {
  let workshop: Workshop | null = null;
  let loading: string | null = null;
  let notice: string | null = null;
  /** Said when the browser will not keep the session (see below). */
  let storageWords: string | null = null;
  let said = '';
  /** A session set aside was just deleted: said on the next drawing of the plan screen only. */
  let justDeleted: string | null = null;
  let confirmingEnd = false;
  let quiet: QuietTask | null = null;
  let quietOffered = 0;
  let projectorConnected = false;
  let lastSeq = -1;
  const prefs = loadPrefs();
  const guide = guideDialog();
  const keys = keysDialog();
  const stories = storyManifest().stories.filter((s) => s.listed);

  // Phone votes, when this page was opened from the address `npm run room` printed.
  const roomKey = takeRoomKey();
  let phones: PhoneVotes | null = null;
  let phonesOn = false;
  let phoneRound: string | null = null;
  /** The phone round closed into the count fields (hands being added): the room is no longer sent to phones. */
  let phoneClosedInto: string | null = null;
  /** The last phone round the room server took (opened or picked up): one it missed is opened when it is back. */
  let phoneOpened: string | null = null;
  /**
   * This tab holds a room key but the room server did not answer when the page loaded (a reload while it was down,
   * or it came back with a new key): the bar says so and what to do, and votes are typed.
   */
  let phoneRoomLost = false;

  /** The room's view, with where to join by phone while people arrive and while a phone vote is open. */
  const roomView = (): RoomView => {
    const view = workshop ? workshop.roomView() : WAITING;
    // A room server that has stopped answering is not offered to the room: phones could not join it.
    if (!phonesOn || !phones?.reachable || (view.body.kind !== 'vote' && view.body.kind !== 'waiting')) return view;
    if (view.body.kind === 'vote' && phoneRound !== null && phoneClosedInto === phoneRound) return view;
    return { ...view, body: { ...view.body, phones: { ...phones.info } } };
  };
  // Whether the projector could fit the view it last drew (it says so after every draw and resize).
  let projectorFit: { seq: number; fits: boolean } | null = null;
  const link = openPresenterLink(
    roomView,
    (connected) => {
      projectorConnected = connected;
      drawBar();
    },
    (seq, fits) => {
      projectorFit = { seq, fits };
      showFit();
    },
  );

  // ---- the bar at the top: projector window, single screen, keys, guide ----
  const drawBar = () => {
    const active = (document.activeElement as HTMLElement | null)?.dataset?.key;
    clear(bar);
    const open = el('button', { type: 'button', 'data-key': 'open-projector' }, 'Open the projector window');
    open.addEventListener('click', () => {
      // The address carries this session's pairing key: only a projector opened from here hears the room.
      const win = link
        ? window.open(link.projectorAddress, 'allyship-projector', 'popup=yes,width=1280,height=720')
        : null;
      say(
        win
          ? 'The projector window is open. Drag it to the projector and press F in it for full screen.'
          : 'The browser blocked the new window. Open the projector link in a new window yourself, or use single-screen mode.',
      );
    });
    // The same address, to open by hand (another browser window, a window the popup blocker stopped).
    const projectorLink = link
      ? el(
          'a',
          { href: link.projectorAddress, target: '_blank', rel: 'noopener', 'data-key': 'projector-link' },
          'Projector link',
        )
      : null;
    const single = el('input', {
      type: 'checkbox',
      id: 'single-screen',
      'data-key': 'single-screen',
      checked: prefs.single,
    });
    single.addEventListener('change', () => {
      prefs.single = single.checked;
      savePrefs(prefs);
      render();
      say(
        prefs.single
          ? 'Single-screen mode: the room’s view fills this screen.'
          : 'Two screens: the room’s view is in the projector window.',
      );
    });
    const keysOn = el('input', {
      type: 'checkbox',
      id: 'presenter-keys',
      'data-key': 'presenter-keys',
      checked: prefs.keys,
    });
    keysOn.addEventListener('change', () => {
      prefs.keys = keysOn.checked;
      savePrefs(prefs);
      say(prefs.keys ? 'Presenter keys are on.' : 'Presenter keys are off.');
    });
    const help = el('button', { type: 'button', 'data-key': 'keys-help' }, 'Keys (?)');
    help.addEventListener('click', () => openDialog(keys));
    const guideButton = el('button', { type: 'button', 'data-key': 'guide' }, 'Guide');
    guideButton.addEventListener('click', () => openDialog(guide));
    const phoneControls = phones ? phoneBar(phones) : phoneRoomLost ? lostBar() : null;
    bar.append(
      el('p', { className: 'ws-brand' }, el('a', { href: './' }, 'The Allyship Theatre'), ' · Workshop'),
      el(
        'p',
        { className: 'ws-link' },
        !channelsWork()
          ? 'This browser cannot link two windows: use single-screen mode.'
          : projectorConnected
            ? 'Projector window: connected'
            : 'Projector window: not open',
      ),
      el(
        'div',
        { className: 'ws-bar-controls' },
        open,
        projectorLink,
        el('span', { className: 'ws-check' }, single, el('label', { for: 'single-screen' }, 'Single screen')),
        el('span', { className: 'ws-check' }, keysOn, el('label', { for: 'presenter-keys' }, 'Presenter keys')),
        help,
        guideButton,
      ),
    );
    if (phoneControls) bar.append(phoneControls);
    if (active) (bar.querySelector(`[data-key="${active}"]`) as HTMLElement | null)?.focus();
  };

  /** The room server has stopped answering: what that means for this vote, and how to bring phones back. */
  const lostBar = (): HTMLElement =>
    el(
      'div',
      { className: 'ws-bar-controls ws-phone-bar' },
      el(
        'p',
        { className: 'ws-phone-lost', role: 'alert', 'data-phone-lost': '' },
        el('strong', {}, 'The phone room is not answering. '),
        'Phones cannot vote, and the room’s screen no longer shows the QR code. Take this vote by hands or cards and type the counts. If the room comes back by itself (a laptop waking up), this message goes. To bring phones back now: in the terminal where the room runs, press Ctrl+C if it is still open, run ',
        el('code', {}, 'npm run room -- --no-build'),
        ' again and open the new address it prints, in this browser: this session carries on where it is, and people join again with the new code.',
      ),
    );

  /** What ending the phone room does, said before it is done; a phone vote still open is said to be lost. */
  const endRoomWords = (): string =>
    [
      // Educator read 18b, COULD 8: the phones say "ended" even when the facilitator carries on by hand.
      'Every phone is told the workshop has ended, and phones can no longer join or vote: take any later vote by hand or card. If the workshop carries on, say so to the room.',
      phoneRound !== null && phoneClosedInto !== phoneRound
        ? 'The phone vote open now is lost: close it first to keep its counts.'
        : '',
      'Each phone keeps its reflective account on screen until the page is closed or reloaded, so ask people to save or email theirs first.',
      // The same command as the lost-room step above; "the room" alone could be the people or the server.
      'To take phone votes again, start the phone room again: npm run room -- --no-build in the terminal.',
    ]
      .filter(Boolean)
      .join(' ');

  const phoneBar = (room: PhoneVotes): HTMLElement => {
    const box = el('input', { type: 'checkbox', id: 'phones-on', 'data-key': 'phones-on', checked: phonesOn });
    box.addEventListener('change', () => {
      phonesOn = box.checked;
      syncPhones();
      link?.send(roomView());
      render();
      say(
        phonesOn
          ? `Phone votes are on. At each room vote the projector shows the QR code and the code ${room.info.code}.`
          : 'Phone votes are off: type the counts.',
      );
    });
    // Asked first, in a dialog by the button, saying what ending does: it cannot be undone from this page. (It was a
    // button that changed its words on the first press and ended on the second, with the reason in the status line
    // below, away from the button; and once pressed it stayed armed, so a stray press much later ended the room.)
    const end = el('button', { type: 'button', 'data-key': 'phones-end' }, 'End the phone room');
    end.addEventListener('click', () =>
      askFirst(
        {
          name: 'phones-end',
          title: 'End the phone room?',
          words: endRoomWords(),
          keep: 'Keep it open',
          yes: 'End the phone room',
        },
        () =>
          void room.end().then(() => {
            phones = null;
            phonesOn = false;
            phoneRound = null;
            link?.send(roomView());
            drawBar();
            render();
            // Focus was on the button that has gone: Next, or the page's heading once the session is closed.
            (
              main.querySelector<HTMLElement>('[data-key="next"]:not(:disabled)') ??
              main.querySelector<HTMLElement>('#session-heading')
            )?.focus();
            say('The phone room has ended. Nothing from it was kept. Typed counts still work.');
          }),
      ),
    );
    if (!room.reachable) return lostBar();
    return el(
      'div',
      { className: 'ws-bar-controls ws-phone-bar' },
      el('span', { className: 'ws-check' }, box, el('label', { for: 'phones-on' }, 'Take votes from phones')),
      el('span', { 'data-phone-joined': '' }, joinedWords(room)),
      end,
    );
  };

  /**
   * In the debrief, the phones get what the room did together (the story, the date, what it chose, its
   * commitments) so each participant can write their own reflective account, marked as participatory learning.
   * Sent again when it changes (a commitment added); never anything about one person.
   */
  let sharedSession = '';
  const shareWithPhones = () => {
    const w = workshop;
    if (!w || !phones?.reachable || (w.state.screen !== 'debrief' && w.state.screen !== 'ended')) return;
    const session = sessionForPhones({
      title: w.main.header.title,
      outcomes: w.main.header.outcomes,
      session: w.state,
      decisions: w.debriefDecisions(),
      now: ports.now(),
    });
    const text = JSON.stringify(session);
    if (text === sharedSession) return;
    sharedSession = text;
    void phones.share(session).then((ok) => {
      if (!ok) sharedSession = '';
    });
  };

  /** Opens a phone vote when the room's vote opens, and closes or reveals it when the room moves on. */
  const syncPhones = () => {
    const point = workshop?.currentPoint() ?? null;
    const step = workshop?.state.step ?? null;
    const voting = phonesOn && phones && point && (step === 'vote-1' || step === 'vote-2');
    const wanted = voting ? `${point.step}:${step}` : null;
    if (wanted === phoneRound) return;
    const room = phones;
    const was = phoneRound;
    phoneRound = wanted;
    if (!room) return;
    const current = room.state?.round;
    const same = current?.open && current.options.join('\n') === point?.options.join('\n');
    // A presenter who reloads mid-vote picks the open vote up again rather than starting it afresh.
    if (wanted && point && was === null && same) {
      phoneOpened = wanted;
      return;
    }
    if (wanted && point) {
      void room.open(point.options, workshop?.state.step === 'vote-2').then((ok) => {
        if (ok && phoneRound === wanted) phoneOpened = wanted;
        if (!ok) say('The room server did not open the phone vote. Type the counts instead.');
      });
    } else if (was) {
      void (step === 'result-1' || step === 'result-2' ? room.reveal() : room.close());
    }
  };

  /**
   * A change from the room server: the counts of phones, drawn in place so typing is not disturbed; or the server
   * stopped answering (or came back), which changes the bar, the room's screen and the vote entry.
   */
  let phonesReachable = true;
  const phoneChanged = () => {
    const state = phones?.state;
    if (phones && phones.reachable !== phonesReachable) {
      phonesReachable = phones.reachable;
      if (phonesReachable) phonesCatchUp();
      drawBar();
      link?.send(roomView());
      renderKeepingCounts();
      say(
        phonesReachable
          ? 'The phone room is answering again.'
          : 'The phone room is not answering: take this vote by hands or cards and type the counts.',
      );
      return;
    }
    const joined = bar.querySelector('[data-phone-joined]');
    if (joined && phones && state) joined.textContent = joinedWords(phones);
    const count = main.querySelector('[data-phone-count]');
    if (count && state?.round?.open)
      count.textContent = phoneCountWords({
        voted: state.round.voted,
        phones: state.here ?? state.phones,
        roomSize: workshop?.state.roomSize,
      });
  };

  /**
   * The phone room answers again after a gap in which the session moved on without it: a phone vote the room has
   * since taken by hand is closed on the phones (they stop offering a vote that no longer counts), and a vote opened
   * meanwhile is opened on them.
   */
  const phonesCatchUp = () => {
    const room = phones;
    const point = workshop?.currentPoint() ?? null;
    if (!room) return;
    if (phoneRound && point && phoneOpened !== phoneRound) {
      const wanted = phoneRound;
      void room.open(point.options, workshop?.state.step === 'vote-2').then((ok) => {
        if (ok && phoneRound === wanted) phoneOpened = wanted;
      });
    } else if (!phoneRound && room.state?.round?.open) {
      void room.close();
    }
  };

  /** Redraws without losing counts typed and not yet shown (the phone room going or coming back mid-vote). */
  const renderKeepingCounts = () => {
    const typed = [...main.querySelectorAll<HTMLInputElement>('.ws-vote input[type="number"]')]
      .filter((field) => field.value !== field.defaultValue)
      .map((field) => [field.id, field.value] as const);
    render();
    for (const [id, value] of typed) {
      const field = main.querySelector<HTMLInputElement>(`.ws-vote #${id}`);
      if (!field) continue;
      field.value = value;
      // So Next's words read the counts put back.
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };

  /**
   * The room server did not answer when this page loaded: asked again now and then, because one that was only
   * hanging (the laptop running it asleep, a stuck network) comes back by itself with the same key. A room restarted
   * with a new key never answers this one: its new address is what brings phones back.
   */
  const askRoomAgain = () => {
    window.setTimeout(() => {
      if (!phoneRoomLost || !roomKey) return;
      void connectPhoneVotes(roomKey, phoneChanged).then((again) => {
        if (!again || !phoneRoomLost) {
          again?.disconnect();
          if (phoneRoomLost) askRoomAgain();
          return;
        }
        phones = again;
        phonesOn = true;
        phoneRoomLost = false;
        phonesReachable = true;
        syncPhones();
        phonesCatchUp();
        drawBar();
        link?.send(roomView());
        renderKeepingCounts();
        say('The phone room is answering again.');
      });
    }, PRESENTER_SILENCE_SECONDS * 1000);
  };

  const closePhoneVote = async (show: boolean) => {
    if (!phones || !workshop) return;
    const phoneCounts = await phones.close();
    if (!phoneCounts) {
      say('The room server did not answer. Type the counts, then choose “Show the room”.');
      return;
    }
    // Counts typed before the phone vote closed (hands taken while the phone room was not answering, or before the
    // phones were closed) are added to, never written over: the phones' counts join them.
    const typedIn = (id: string): number | null => {
      const field = main.querySelector<HTMLInputElement>(`#${id}`);
      const n = Number(field?.value);
      return field && field.value !== field.defaultValue && Number.isInteger(n) && n > 0 ? n : null;
    };
    const typed = [...phoneCounts.counts.map((_, i) => typedIn(`count-${i}`)), typedIn('count-rather')];
    const hadTyped = typed.some((n) => n !== null);
    const counts = {
      counts: phoneCounts.counts.map((n, i) => n + (typed[i] ?? 0)),
      ratherNot: phoneCounts.ratherNot + (typed.at(-1) ?? 0),
    };
    // More votes than people in the room: the counts go into the fields, and the room sees nothing yet. So do counts
    // added to typed ones: the facilitator checks them first (someone may have voted by phone and by hand).
    const tooMany = tooManyVotesWords(
      counts.counts.reduce((a, b) => a + b, counts.ratherNot),
      workshop.state.roomSize,
    );
    if (show && !tooMany && !hadTyped) {
      act(() => workshop!.recordVote(counts.counts, counts.ratherNot), 'next');
      return;
    }
    // Into the fields only: the facilitator adds the hand or card votes, then shows the room one result. The phone
    // vote is closed, so the room's screen stops offering it (no QR code; "a card or a hand").
    // Drawn again, so the status line and Next say what is true now (closed, counts in the fields), then filled.
    phoneClosedInto = phoneRound;
    link?.send(roomView());
    render();
    counts.counts.forEach((n, i) => {
      const field = main.querySelector<HTMLInputElement>(`#count-${i}`);
      if (field) field.value = String(n);
    });
    const rather = main.querySelector<HTMLInputElement>('#count-rather');
    if (rather) rather.value = String(counts.ratherNot);
    if (tooMany) {
      const form = main.querySelector<HTMLElement>('.ws-vote');
      const problem = form?.querySelector<HTMLElement>('.ws-problem');
      const words = `The phone vote is closed and its counts are in the fields, not on the room’s screen. ${tooMany} To show them as they are, choose “Show the room”.`;
      if (form) form.dataset.warned = String(counts.counts.reduce((a, b) => a + b, counts.ratherNot));
      if (problem) {
        problem.hidden = false;
        problem.textContent = words;
      }
      say(words);
      main.querySelector<HTMLElement>('#count-0')?.focus();
      return;
    }
    say(
      hadTyped
        ? 'The phone vote is closed and its counts are added to the counts you had typed, not shown on the room’s screen yet. Check them (anyone who voted by phone and by hand is in both), then choose “Show the room”.'
        : 'The phone vote is closed and its counts are in the fields. Add the hand or card votes, then choose “Show the room”.',
    );
    main.querySelector<HTMLElement>('#count-0')?.focus();
  };

  /** Fits the small "what the room sees" and warns when the room's screen cannot show the view whole. */
  const showFit = () => {
    const preview = main.querySelector<HTMLElement>('.room-preview');
    const warning = main.querySelector<HTMLElement>('.ws-fit-warning');
    if (!preview || !warning) return;
    const previewFits = fitRoom(preview);
    const seq = Number(preview.dataset.seq);
    const projectorFits = !projectorConnected || !projectorFit || projectorFit.seq !== seq || projectorFit.fits;
    warning.hidden = previewFits && projectorFits;
    warning.textContent = projectorFits
      ? 'This view does not fit here even with smaller type. Make this window larger, or zoom out (Ctrl and −).'
      : 'The projector cannot show all of this view, even with smaller type, so the room may miss part of it. Zoom the projector window out (Ctrl and −) or use a larger screen.';
  };
  window.addEventListener('resize', () => showFit());

  const say = (words: Said) => {
    said = words;
    announce(words);
    const line = main.querySelector('.ws-said');
    if (line) line.textContent = saidUnlessRepeated(words);
  };
  /** What was just done, in the line under "Your controls"; left out when the line below it says the same. */
  const saidUnlessRepeated = (words: Said) => (words === main.querySelector('.ws-where')?.textContent ? '' : words);

  // ---- drawing ----
  const render = (focusKey?: string) => {
    const active = document.activeElement as HTMLElement | null;
    const activeKey = active?.dataset?.key;
    const hadFocusInMain = !!active && main.contains(active);
    clear(main);
    if (storageWords) main.append(el('p', { className: 'notice storage-notice', role: 'note' }, storageWords));
    if (notice) main.append(el('p', { className: 'notice', role: 'note' }, notice));
    // Said once, where the facilitator is: in the list, or at the top when the list has gone.
    const deleted = justDeleted;
    justDeleted = null;
    if (!workshop || workshop.state.screen === 'plan') {
      document.title = 'Plan a workshop — The Allyship Theatre';
      const setAside = setAsidePanel(
        setAsideSessions(),
        { bringBack: (kept) => void bringBack(kept), remove: (kept) => deleteSetAside(kept) },
        deleted,
      );
      if (deleted && !setAside) main.append(el('p', { className: 'notice', role: 'note' }, deleted));
      main.append(
        planScreen(stories, workshop, loading, {
          chooseStory: (id) => void chooseStory(id),
          setVote: (key, on) => act(() => workshop!.setVotePoint(key, on)),
          printBrief: () => workshop && printSheet('brief', briefSheet(workshop)),
          printCards: () => workshop && printSheet('cards', voteCardsSheet(workshop)),
          start: () => act(() => workshop!.start(), 'next'),
        }),
        setAside ?? '',
      );
    } else {
      main.append(sessionScreen(workshop));
      showFit();
    }
    const target =
      (focusKey && main.querySelector(`[data-key="${focusKey}"]`)) ||
      (activeKey && main.querySelector(`[data-key="${activeKey}"]`)) ||
      (hadFocusInMain ? main.querySelector('[data-key="next"]') : null);
    (target as HTMLElement | null)?.focus();
  };

  const sessionScreen = (w: Workshop): HTMLElement => {
    const s = w.state;
    document.title = `${w.main.header.title}: workshop — The Allyship Theatre`;
    // Focusable, so a long view that scrolls in its small frame can be scrolled by keyboard too.
    const preview = el('div', {
      className: 'room room-preview',
      'data-room': '',
      tabindex: '0',
      role: 'region',
      'aria-label': 'The room’s screen, as the room sees it',
    });
    drawRoom(preview, roomView(), 3);
    const previewBox = el(
      'section',
      { className: 'ws-preview' },
      el('h2', { id: 'preview-heading' }, 'What the room sees'),
      el('p', { className: 'ws-fit-warning', role: 'status', hidden: true }),
      preview,
    );
    const controls =
      s.screen === 'debrief' || s.screen === 'ended'
        ? debriefPanel(w, {
            next: () => act(() => w.next()),
            back: () => act(() => w.back()),
            reveal: (step) => act(() => w.reveal(step)),
            setCommitments: (list) => act(() => w.setCommitments(list), 'commitment'),
            printSummary: () => printSheet('summary', summarySheet(w, ports.now())),
            downloadSummary: () => {
              downloadSummary(w, ports.now());
              say('The session summary is saved as a text file in your downloads.');
            },
            printTakeAway: () => printSheet('takeaway', takeAwaySheet(w, ports.now())),
            newSession: () => confirmNewSession(w.main.header.title, !deviceStorage().problem, newSession),
          })
        : controlsPanel(
            w,
            handlers,
            confirmingEnd,
            (yes) => {
              confirmingEnd = yes === null;
              if (yes) act(() => w.end(), 'next');
              else render(yes === null ? 'end-no' : 'end');
            },
            prefs.single,
          );
    const where = controls.querySelector('.ws-where')?.textContent;
    controls
      .querySelector('#controls-heading')
      ?.after(el('p', { className: 'ws-said', role: 'note' }, said === where ? '' : said));
    const quietBox = quiet
      ? quietTaskPanel(quiet, {
          print: () => quiet && printSheet('quiet', quietSheet(quiet)),
          another: () => {
            quietOffered += 1;
            quiet = quietTaskFor(w.main.log.theory, scriptCards.cards, quietOffered);
            render('quiet-another');
          },
          close: () => {
            quiet = null;
            render('quiet');
          },
        })
      : null;
    const body = prefs.single
      ? el('div', { className: 'ws-session single' }, previewBox, quietBox, fold(controls))
      : el('div', { className: 'ws-session' }, previewBox, el('div', { className: 'ws-side' }, quietBox, controls));
    return el('div', {}, el('h1', { id: 'session-heading', tabindex: '-1' }, `${w.main.header.title}: workshop`), body);
  };

  // In single-screen mode the controls fold away; the fold stays as the facilitator left it across redraws.
  let foldOpen = false;
  const fold = (controls: HTMLElement) => {
    const box = el(
      'details',
      { className: 'ws-fold', open: foldOpen },
      el(
        'summary',
        { 'data-key': 'fold' },
        'Facilitator controls (the room can see them while open; your notes and how a choice resolved stay hidden)',
      ),
      controls,
    );
    box.addEventListener('toggle', () => (foldOpen = box.open));
    return box;
  };

  // ---- acting on the session ----
  /** Runs a change to the session; `focusKey` (or, asked after the change, where the next step is) takes focus. */
  const act = (fn: () => Said, focusKey?: string | (() => string | undefined)) => {
    const words = fn();
    said = words;
    announce(words);
    if (workshop) {
      saveSession(workshop.state);
      syncPhones();
      shareWithPhones();
      if (workshop.seq !== lastSeq) {
        lastSeq = workshop.seq;
        link?.send(roomView());
      }
    }
    render(typeof focusKey === 'function' ? focusKey() : focusKey);
  };

  /** Whether a vote opened now is taken on phones: the phone room is on and answering. */
  const phonesWillVote = () => phonesOn && !!phones?.reachable;
  /** At an open vote, where the next step is: the phone vote's close button, or the first count field. */
  const voteFocus = () => (workshop && voteTaking(handlers, null).startsWith('phones') ? 'phone-close' : 'count-0');
  /** The open vote's count fields, where counts typed (or closed in from the phones) wait until the room sees them. */
  const countsForm = () => main.querySelector<HTMLFormElement>('form.ws-vote');
  const atOpenVote = () => workshop?.state.step === 'vote-1' || workshop?.state.step === 'vote-2';

  const handlers: ControlHandlers = {
    next: () => {
      if (!workshop) return;
      const taking = atOpenVote() ? voteTaking(handlers, countsForm()) : phonesWillVote() ? 'phones' : 'counts';
      // Counts are in the fields (typed, or the phones'): Next says "Show the room", and does what that button does.
      if (atOpenVote() && (taking === 'phones-closed' || taking === 'counts-typed')) {
        countsForm()?.requestSubmit();
        return;
      }
      act(
        () => workshop!.next(taking),
        () => (atOpenVote() ? voteFocus() : undefined),
      );
    },
    back: () => act(() => workshop!.back()),
    pick: (i) => act(() => workshop!.pick(i), 'next'),
    openVote: () => act(() => workshop!.openVote(phonesWillVote() ? 'phones' : 'counts'), voteFocus),
    recordVote: (counts, rather) => act(() => workshop!.recordVote(counts, rather), 'next'),
    discuss: () => act(() => workshop!.discuss()),
    setVote: (key, on) => act(() => workshop!.setVotePoint(key, on)),
    roomMove: (text, playedAs) =>
      act(() => workshop!.roomMove(text, playedAs), playedAs === null ? 'room-move-text' : 'next'),
    showRoomMove: (id) => act(() => workshop!.showRoomMove(id), 'next'),
    reveal: () => act(() => workshop!.reveal()),
    explore: (option) => act(() => workshop!.explore(option), 'next'),
    endExplore: () => act(() => workshop!.endExplore(), 'next'),
    timer: (seconds) => act(() => workshop!.startTimer(seconds)),
    stopTimer: () => act(() => workshop!.stopTimer(), 'timer-1'),
    skip: () => act(() => workshop!.skipScene(), 'next'),
    quiet: () => {
      if (!workshop) return;
      quietOffered += 1;
      quiet = quietTaskFor(workshop.main.log.theory, scriptCards.cards, quietOffered);
      say('The quiet task is on your screen only.');
      render('quiet-print');
    },
    groundRules: () => act(() => workshop!.toggleGroundRules()),
    blank: () => act(() => workshop!.toggleBlank()),
    pause: () => act(() => workshop!.togglePause()),
    end: () => act(() => workshop!.end(), 'next'),
    phoneVote: () => {
      if (!phonesOn || !phones?.reachable || phoneRound === null) return null;
      const state = phones.state;
      return {
        voted: state?.round?.open ? state.round.voted : 0,
        phones: state?.here ?? state?.phones ?? 0,
        closed: phoneClosedInto === phoneRound,
      };
    },
    closePhoneVote: (show) => void closePhoneVote(show),
    // Kept without drawing the panel again: counts typed but not yet shown stay in their fields.
    setRoomSize: (size) => {
      if (!workshop) return;
      say(workshop.setRoomSize(size));
      saveSession(workshop.state);
    },
  };

  const inSession = () => !!workshop && workshop.state.screen !== 'plan';
  bindPresenterKeys(
    {
      next: () => inSession() && handlers.next(),
      back: () => inSession() && handlers.back(),
      pick: (i) => inSession() && handlers.pick(i),
      vote: () => inSession() && handlers.openVote(),
      discuss: () => inSession() && handlers.discuss(),
      reveal: () => inSession() && act(() => workshop!.reveal()),
      blank: () => inSession() && handlers.blank(),
      pause: () => inSession() && handlers.pause(),
      help: () => openDialog(keys),
      keptFromField: () =>
        say('Presenter keys wait while you are in a count field. Press Tab to leave it, then press the key again.'),
    },
    () => prefs.keys,
  );

  // ---- choosing, resuming and clearing sessions ----
  const chooseStory = async (id: string) => {
    loading = 'Reading the story’s decisions…';
    workshop = null;
    render(`story-${id}`);
    try {
      const story = await loadStoryJson(id);
      // Let the page say "reading" before the walk takes the main thread for a moment.
      await new Promise((resolve) => window.setTimeout(resolve, 30));
      workshop = Workshop.plan({ id, hash: story.entry.hash, json: story.json }, ports);
      loading = null;
      act(
        () =>
          `${story.entry.title}: ${workshop!.plan.points.length} decisions listed, room votes at ${workshop!.state.votePoints.length}.`,
        `story-${id}`,
      );
    } catch (e) {
      loading = (e as Error).message;
      render(`story-${id}`);
    }
  };

  const resume = async (state: SessionState) => {
    const entry = findEntry(state.storyId);
    if (!entry) {
      notice =
        'The last session’s story is no longer in this theatre, so a new session starts. The last one is set aside below.';
      setSessionAside(state);
      return false;
    }
    const story = await loadStoryJson(state.storyId);
    const { workshop: restored, changed } = Workshop.restore(
      { id: entry.id, hash: entry.hash, json: story.json },
      state,
      ports,
    );
    workshop = restored;
    if (changed)
      notice =
        'This story has changed since the session was saved, so it resumes at the last point that still matches.';
    said = state.screen === 'plan' ? 'Your plan is as you left it.' : 'The session is resumed where it was.';
    return true;
  };

  const newSession = () => {
    const kept = !!workshop && setSessionAside(workshop.state);
    workshop = null;
    quiet = null;
    confirmingEnd = false;
    said = kept
      ? 'A new session: choose a story. The last one is set aside, under “Sessions set aside”.'
      : 'A new session: choose a story.';
    link?.send(roomView());
    render();
    (main.querySelector('#plan-heading') as HTMLElement | null)?.focus();
    announce(said);
  };

  /** A session set aside comes back where it was; the one on screen is set aside in its turn. */
  const bringBack = async (kept: SetAsideSession) => {
    const state = bringBackSession(kept, workshop?.state ?? null);
    if (!state) {
      say('This browser would not keep the sessions, so nothing has changed.');
      return;
    }
    workshop = null;
    quiet = null;
    confirmingEnd = false;
    notice = null;
    let back = false;
    try {
      back = await resume(state);
    } catch (e) {
      setSessionAside(state);
      notice = `That session could not be brought back (${(e as Error).message}). It is still set aside.`;
    }
    if (!back || !workshop) {
      render();
      return;
    }
    lastSeq = (workshop as Workshop).seq;
    syncPhones();
    shareWithPhones();
    link?.send(roomView());
    render();
    (main.querySelector('#plan-heading, [data-key="next"]') as HTMLElement | null)?.focus();
    announce(said);
  };

  /** A session set aside goes for good (the facilitator was asked first); focus stays in the list, or its place. */
  const deleteSetAside = (kept: SetAsideSession) => {
    const at = setAsideSessions().findIndex((s) => s.key === kept.key);
    if (!deleteSetAsideSession(kept)) {
      say('This browser could not delete it, so the session is still set aside. Reload the page and try again.');
      return;
    }
    // On screen (by the list, until the page is next drawn) as well as read out.
    const words = 'That session is deleted from this browser.';
    justDeleted = words;
    render();
    // The next one's Delete, or the one before it, or the plan when none is left.
    const next =
      main.querySelector<HTMLElement>(`[data-key="delete-set-aside-${at}"]`) ??
      main.querySelector<HTMLElement>(`[data-key="delete-set-aside-${at - 1}"]`) ??
      main.querySelector<HTMLElement>('#plan-heading');
    next?.focus();
    announce(words);
  };

  // Storage blocked, full or throwing: the session runs from memory and the page says so (once: the note stays).
  // Registered only now that render() exists (it used to be called before it was defined: a blank page).
  deviceStorage().onProblem((problem) => {
    if (!problem || storageWords) return;
    storageWords =
      'This browser is not keeping anything for this page, so a reload will lose the session. You can still run it.';
    announce(storageWords);
    render();
  });

  drawBar();
  if (roomKey) {
    phones = await connectPhoneVotes(roomKey, phoneChanged);
    if (phones) {
      phonesOn = true;
      syncPhones();
      drawBar();
      announce(`Connected to the phone room, code ${phones.info.code}. Phone votes are on.`);
    } else {
      phoneRoomLost = true;
      drawBar();
      askRoomAgain();
    }
  }
  const stored = loadSession();
  if (stored.problem) notice = stored.problem;
  let resumed = false;
  if (stored.state) {
    try {
      resumed = await resume(stored.state);
    } catch (e) {
      // Set aside, so choosing a story now cannot write over it: it comes back from the plan screen.
      setSessionAside(stored.state);
      notice = `The last session could not be resumed: ${(e as Error).message.replace(/\.?$/, '.')} It is set aside below.`;
    }
  }
  if (resumed && workshop) {
    lastSeq = (workshop as Workshop).seq;
    syncPhones();
    shareWithPhones();
    link?.send(roomView());
    render();
    announce(said);
    return;
  }
  render();
  const wanted = new URLSearchParams(location.search).get('story');
  const preselect = wanted && stories.some((s) => s.id === wanted) ? wanted : null;
  link?.send(roomView());
  if (preselect) await chooseStory(preselect);
  (main.querySelector('#plan-heading') as HTMLElement | null)?.focus();
}
