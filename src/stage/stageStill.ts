// While the stage's loop sleeps, the page shows a still of its last frame (an <img>) in the canvas's place, and
// the canvas comes back the moment the loop wakes. Why: with no GPU (software compositing, as on a virtual
// desktop and in the bench's headless Chromium) the browser hands the compositor a fresh copy of a canvas's pixels
// at every frame the page paints, drawn or not; a choice's words are painted in such a frame, and the copy was on
// their path (issue 20). An image is rastered once and then left alone.
// The still is taken in the task that drew the last frame (a WebGL canvas keeps its pixels only until then), sized
// and placed exactly as the canvas is, and swapped in only once decoded, so the stage never flashes or shifts.

export interface StageStill {
  /** The loop has gone to sleep just after drawing: show a still of what it drew. */
  asleep(): void;
  /** The loop is about to draw again: the canvas, now. */
  awake(): void;
  destroy(): void;
}

/** The canvas's own size and place (Phaser's scale manager sets them), for the still to take the same box. */
const PLACED = ['width', 'height', 'marginLeft', 'marginTop', 'marginRight', 'marginBottom'] as const;

export function stageStill(box: HTMLElement, canvas: HTMLCanvasElement): StageStill {
  const img = document.createElement('img');
  img.className = 'stage-still';
  img.alt = '';
  // Hidden by the stylesheet until the box is marked `data-still`.
  box.append(img);
  let url: string | null = null;
  /** Each sleep and wake: a still finished for an older sleep is not shown. */
  let generation = 0;
  let destroyed = false;
  const showCanvas = () => box.removeAttribute('data-still');
  const forget = () => {
    if (url) URL.revokeObjectURL(url);
    url = null;
  };
  return {
    asleep() {
      const asked = ++generation;
      canvas.toBlob((blob) => {
        if (!blob || destroyed || asked !== generation) return;
        const next = URL.createObjectURL(blob);
        img.src = next;
        img
          .decode()
          .then(() => {
            if (destroyed || asked !== generation) return;
            for (const key of PLACED) img.style[key] = canvas.style[key];
            box.setAttribute('data-still', '');
          })
          .catch(() => {})
          .finally(() => {
            // The picture stays decoded in the <img>; its address is not needed once it is (or is not) shown.
            if (url && url !== next) URL.revokeObjectURL(url);
            url = next;
          });
      });
    },
    awake() {
      generation++;
      showCanvas();
    },
    destroy() {
      destroyed = true;
      generation++;
      showCanvas();
      img.remove();
      forget();
    },
  };
}
