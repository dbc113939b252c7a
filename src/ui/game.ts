// The game's one page: which screen is showing, and the address that goes with it (`?story=ID` opens a story
// directly, so a learner can bookmark or an LMS can launch one).
import { clear, el, announce, focusOrSay } from './dom';
import { startPlay, type PlayScreen } from './playScreen';
import { markStageShown } from './stageShown';
import { findEntry, loadStoryJson, OPENED_PREFIX, StoryNotSent } from './storySource';
import { curtainCallPart, readAutosave } from './autosave';
import { mountStorageNotice } from './storageNotice';
import { noticeElement } from '../lms/lmsNotice';
import { launchedByLms } from '../lms/lmsApi';
import type { LmsLink } from '../lms/lmsLink';
import { takeOpening, type OpeningOnScreen } from './opening/showOpening';
import { takeOverOpening } from './opening/takeOverOpening';
import { storyPageTitle, THEATRE_TITLE } from './pageTitle';
import { fetchWhilePlaying, laterCode } from './laterCode';
import { followOtherTabs } from './otherTab';

// Downloaded when first needed, and while a story is played (laterCode.ts), so a connection lost mid-story still
// leaves the way to the curtain call and back to the foyer.
const curtainCallCode = laterCode(() => import('./curtainCall'));
const foyerCode = laterCode(() => Promise.all([import('./foyer'), import('./openStoryFile')]));

/** Said when a part of the game could not be downloaded: what happened, that nothing is lost, what to do. */
const NOT_DOWNLOADED =
  'the connection may have dropped. Nothing you have chosen or written is lost. Keep this page open, check you are connected, then';

/** A story whose file never arrived: the connection, not the story. */
class StoryNotDownloaded extends Error {
  constructor(title: string) {
    super(`“${title}” could not be downloaded: ${NOT_DOWNLOADED} try again.`);
  }
}

/**
 * `?story=` names a story that isn't here: a mistyped or old link, a removed story, or a story file opened from the
 * device, which stays only until the page is closed or reloaded (openStoryFile.ts). Not the connection: said so,
 * with the way on. A mistyped link and a removed story get their own words (storyNotHere.ts); these are said if
 * those could not be downloaded.
 */
class StoryNotHere extends Error {
  constructor(id: string) {
    super(
      id.startsWith(OPENED_PREFIX)
        ? 'This was a story file opened from your device. An opened file stays only until the page is closed or reloaded, so it has gone. Go back to the foyer and open the file again under “Open a story file”.'
        : `There is no story called “${id}” in this theatre: the link may be mistyped, or the story may have been removed. Go back to the foyer and choose a story there.`,
    );
  }
}

export function startGame(root: HTMLElement): void {
  let play: PlayScreen | null = null;
  /** The next curtain call is one the learner comes back to: it opens at the part they were on, or at the Record. */
  let comingBack = false;
  /** What follows the story on screen (the code fetched while it plays, the other tabs), stopped when it goes. */
  let stopAlongside: (() => void) | null = null;
  // Launched from an LMS (or with xAPI launch parameters): null otherwise, and then nothing below changes.
  // Finding the API is cheap; the SCORM and xAPI code is only loaded when there is one, so a learner playing on
  // their own never downloads it.
  let lms: LmsLink | null = null;
  const maybeLms = launchedByLms(window);

  // Private windows, locked-down browsers, full storage: said once, with "save your place to a file" right there
  // (or, from an LMS, which keeps the place, that what they write is what won't be kept).
  mountStorageNotice(root, maybeLms);

  const route = () => {
    stopAlongside?.();
    stopAlongside = null;
    play?.destroy();
    play = null;
    const id = new URLSearchParams(location.search).get('story');
    // The opening the build drew is taken over only by the story it belongs to, and only once.
    const opening = takeOpening();
    if (opening && opening.storyId !== id) opening.release();
    if (id) void openStory(id, true, opening?.storyId === id ? opening : null);
    else {
      // An opening drawn for another story is set aside: the foyer has no stage box.
      markStageShown(false);
      void foyer();
    }
  };

  const go = (search: string) => {
    history.pushState(null, '', search || location.pathname);
    route();
  };

  // The foyer's code (the playbill, opening a story file) loads only on the foyer's route, so a story opened
  // directly (`?story=`, an LMS launch) starts with less to download.
  const foyer = async () => {
    let code: Awaited<ReturnType<typeof foyerCode>>;
    try {
      code = await foyerCode();
    } catch {
      notDownloaded(
        'The foyer could not be opened',
        `The list of stories could not be downloaded: ${NOT_DOWNLOADED} try again.`,
        () => route(),
      );
      return;
    }
    const [{ showFoyer }, { openStoryFileSection }] = code;
    document.title = THEATRE_TITLE;
    showFoyer({
      root,
      only: lms?.stories,
      keeps: lms?.notice(),
      // An LMS launch plays its own stories only: no opening files from disk there.
      extras: lms ? [] : [openStoryFileSection()],
      onPlay: (storyId, resume, toRecord) => {
        const how = !resume ? '&fresh=1' : toRecord ? '&record=1' : '';
        history.pushState(null, '', `?story=${encodeURIComponent(storyId)}${how}`);
        route();
      },
    });
  };

  const openStory = async (id: string, allowResume: boolean, opening: OpeningOnScreen | null = null) => {
    const fresh = new URLSearchParams(location.search).get('fresh') === '1';
    // Once: a reload or a bookmark of the address opens the story's end, as any resume does.
    const toRecord = new URLSearchParams(location.search).get('record') === '1';
    if (toRecord) history.replaceState(null, '', `?story=${encodeURIComponent(id)}`);
    // With the build's opening on screen the words are already there: nothing is cleared until the engine has them.
    if (!opening) {
      clear(root);
      root.append(el('p', { className: 'loading' }, 'Opening the story…'));
    }
    try {
      const entry = findEntry(id);
      if (!entry) throw new StoryNotHere(id);
      document.title = storyPageTitle(entry.title);
      const story = await loadStoryJson(id).catch((e: unknown) => {
        // fetch's own failure (offline, the site unreachable) says "Failed to fetch": not words for a learner.
        throw e instanceof TypeError ? new StoryNotDownloaded(entry.title) : e;
      });
      const autosaved = allowResume && !fresh ? readAutosave(id) : { save: null, problem: null };
      // The LMS's place wins: the learner may have played on another device since.
      const kept = lms && allowResume && !fresh ? lms.placeFor(story, !!autosaved.save) : null;
      const save = kept?.save ?? autosaved.save;
      const problem = (kept && (kept.save || kept.problem) ? kept.problem : autosaved.problem) ?? kept?.note ?? null;
      if (fresh) history.replaceState(null, '', `?story=${encodeURIComponent(id)}`);
      // The engine builds off the page and takes over the drawn opening, when the story opens the way it was drawn.
      const takesOver = opening && !save && !problem && !lms;
      // "Back to your curtain call", or a reload (another day) of a place whose curtain call kept the part the
      // learner was on: the story's end is replayed, and its curtain call opens at once, at that part.
      const toCurtainCall = !!autosaved.save && !lms && (toRecord || curtainCallPart(id) !== null);
      if (opening && !takesOver) opening.release();
      const offPage = takesOver ? document.createElement('div') : null;
      play = startPlay({
        root: offPage ?? root,
        story,
        resumeFrom: save,
        onFoyer: () => go(''),
        toCurtainCall,
        // The debrief is loaded when the curtain falls, so it never weighs on the first words.
        onEnded: async (playthrough, screen) => {
          let code: Awaited<ReturnType<typeof curtainCallCode>>;
          try {
            code = await curtainCallCode();
          } catch {
            curtainCallNotDownloaded();
            return;
          }
          code.showCurtainCall({ root, story, playthrough, screen, onFoyer: () => go(''), comingBack });
          comingBack = false;
          performance.mark('curtain-text');
        },
      });
      const stopFollowing = followOtherTabs({ storyId: id, root, play, json: story.json });
      const stopLoading = fetchWhilePlaying(play, [curtainCallCode, foyerCode]);
      stopAlongside = () => {
        stopFollowing();
        stopLoading();
      };
      if (toCurtainCall) {
        comingBack = true;
        root.querySelector<HTMLButtonElement>('.end-card .button-row button.primary')?.click();
      }
      if (offPage) takeOverOpening(root, opening!, offPage);
      performance.mark('story-ready');
      if (lms) {
        lms.follow(play);
        const notice = lms.notice();
        if (notice.length) root.querySelector('.transcript')?.prepend(noticeElement(notice));
      }
      if (problem) {
        root.querySelector('.transcript')?.prepend(el('p', { className: 'notice', role: 'note' }, problem));
        announce(problem);
      }
    } catch (e) {
      const notHere =
        e instanceof StoryNotHere && !id.startsWith(OPENED_PREFIX)
          ? await import('./storyNotHere')
              .then(({ storyNotHere }) => storyNotHere(id, (meant) => go(`?story=${encodeURIComponent(meant)}`)))
              .catch(() => null)
          : null;
      // The learner moved on (Back, a link) while those words were on their way.
      if (new URLSearchParams(location.search).get('story') !== id) return;
      opening?.release();
      clear(root);
      markStageShown(false);
      const heading = el('h1', { tabindex: '-1' }, 'This story could not be opened');
      // Each cause its own words and way on (r19 a11y C3): only a download that failed is worth trying again.
      const downloading = e instanceof StoryNotDownloaded || e instanceof StoryNotSent;
      const again = el('button', { type: 'button', className: 'primary' }, 'Try again');
      again.addEventListener('click', () => void openStory(id, allowResume));
      const back = el('button', { type: 'button', className: downloading ? '' : 'primary' }, 'Back to the foyer');
      back.addEventListener('click', () => go(''));
      root.append(
        el(
          'div',
          { className: 'error-panel' },
          heading,
          ...(notHere ??
            (downloading || e instanceof StoryNotHere
              ? [el('p', {}, (e as Error).message)]
              : [
                  el('p', {}, `“${findEntry(id)?.title ?? id}” arrived, but it could not be started.`),
                  el(
                    'p',
                    {},
                    'The story file has a fault, so trying again won’t help. Choose another story, and if you can, tell whoever runs this site.',
                  ),
                  el('details', {}, el('summary', {}, 'Technical details'), el('p', {}, (e as Error).message)),
                ])),
          el('div', { className: 'button-row' }, downloading ? again : null, back),
        ),
      );
      // Said once, by focus on its heading (an alert as well would say it twice).
      focusOrSay(heading, 'This story could not be opened.');
      // The site bar (Settings, Accessibility) follows the first words on screen: these are them.
      performance.mark('panel-text');
    }
  };

  /** A screen that could not be downloaded: said in a panel with a way to try again, never the safety net's reload. */
  const notDownloaded = (title: string, message: string, retry: () => void) => {
    clear(root);
    markStageShown(false);
    const heading = el('h1', { tabindex: '-1' }, title);
    const again = el('button', { type: 'button', className: 'primary' }, 'Try again');
    again.addEventListener('click', retry);
    root.append(el('div', { className: 'error-panel' }, heading, el('p', {}, message), again));
    focusOrSay(heading, title);
    performance.mark('panel-text');
  };

  /** The end card stays, with its button: the curtain call opens when the learner presses it again, connected. */
  const curtainCallNotDownloaded = () => {
    const card = root.querySelector('.end-card');
    const message = `The curtain call could not be downloaded: ${NOT_DOWNLOADED} press “Take your curtain call” again.`;
    let said = card?.querySelector<HTMLElement>('.end-card-problem');
    if (card && !said) {
      said = el('p', { className: 'notice end-card-problem', role: 'alert' });
      card.querySelector('.button-row')?.before(said);
    }
    if (said) said.textContent = message;
  };

  window.addEventListener('popstate', route);

  // Authors in dev: a saved .ink reaches the running game, replaying the learner's path where it still fits.
  if (import.meta.hot) {
    import.meta.hot.on('ink:story-updated', async (data: { id: string; hash: string }) => {
      if (!play || play.playthrough.storyId !== data.id) return;
      const response = await fetch(`stories/${data.id}.json`, { cache: 'no-store' });
      const json = await response.text();
      const { mismatch } = play.replay(json, play.playthrough.save, data.hash);
      announce(
        mismatch
          ? 'The story changed where you were, so it has gone back to the last point that still fits.'
          : 'The story was updated.',
      );
      performance.mark('story-reloaded');
    });
  }

  // A package launched with `lms=1` whose LMS does not answer still loads the link, which tells the learner.
  if (maybeLms || new URLSearchParams(location.search).has('lms')) {
    void Promise.all([import('../lms/lmsLink'), import('../lms/lmsProblems')])
      .then(([{ connectLms }, { mountLmsProblems }]) => {
        lms = connectLms(window, mountLmsProblems(root));
        return lms?.ready;
      })
      .catch(() => null)
      .then(route);
  } else route();
}
