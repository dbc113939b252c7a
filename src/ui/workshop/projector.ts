// The room's screen: big type, high contrast, no controls. It draws only the views the presenter sends and
// asks for the current one when it loads, so a reload catches up. F toggles full screen here, because a key
// pressed in the presenter's window cannot make this window full screen.
import type { RoomView } from '../../facilitation/roomView';
import { el } from '../dom';
import { drawRoom } from './drawRoom';
import { fitRoom } from './fitRoom';
import { openProjectorLink } from './roomChannel';

export function startProjector(room: HTMLElement, hint: HTMLButtonElement): void {
  document.title = 'Projector — The Allyship Theatre';
  let heard = false;
  let shown: RoomView | null = null;
  const show = (view: RoomView) => {
    heard = true;
    shown = view;
    drawRoom(room, view, 1);
    document.body.dataset.theme = view.theme;
    link?.reportFit(view.seq, room.dataset.fit !== 'no');
  };
  // Messages arrive on a later turn, so the waiting view below is always drawn first.
  const link = openProjectorLink(show);
  const waiting: RoomView = {
    seq: 0,
    theme: 'dark',
    storyTitle: 'The Allyship Theatre',
    timer: null,
    body: {
      kind: 'waiting',
      title: 'The Allyship Theatre',
      text: !link
        ? 'This browser cannot link two windows. Use single-screen mode on the workshop page.'
        : link.unpaired
          ? 'This window is not linked to a workshop. On the workshop page, press “Open the projector window”, or open the projector link it shows.'
          : 'Waiting for the facilitator’s screen. Open the workshop page in this browser.',
    },
  };
  drawRoom(room, waiting, 1);
  room.dataset.seq = '';
  // A new screen size (the window dragged to the projector, full screen, a font arriving) fits the view again.
  const refit = () => {
    fitRoom(room);
    if (heard && shown) link?.reportFit(shown.seq, room.dataset.fit !== 'no');
  };
  window.addEventListener('resize', refit);
  void document.fonts?.ready.then(refit);

  const toggleFullscreen = async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      hint.textContent = 'Full screen is not available here: try F11.';
    }
  };
  // The hint must not cover the room's words: it shows for a few seconds after the page opens or the pointer
  // moves, never in full screen.
  let hintTimer = 0;
  const syncHint = () => {
    hint.hidden = !!document.fullscreenElement;
    window.clearTimeout(hintTimer);
    if (!hint.hidden && document.activeElement !== hint)
      hintTimer = window.setTimeout(() => (hint.hidden = document.activeElement !== hint), 6000);
  };
  document.addEventListener('pointermove', () => hint.hidden && !document.fullscreenElement && syncHint());
  document.addEventListener('fullscreenchange', syncHint);
  hint.addEventListener('click', () => void toggleFullscreen());
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      void toggleFullscreen();
    }
  });
  syncHint();
  // Say so if nothing has answered (the presenter's page is not open in this browser).
  window.setTimeout(() => {
    if (!heard && link && !link.unpaired)
      room.append(el('p', { className: 'room-small' }, 'Nothing yet from the facilitator’s screen.'));
  }, 3000);
}
