// Nobody in the room can scroll the room's screen, so everything on it must show at once. After each draw the
// type is scaled down (never below MIN_FIT of its set size) until the view fits its box; the caller hears whether
// it fits even so, and the presenter warns the facilitator when it does not.
const MIN_FIT = 0.55;

/** Scales `--fit` on the box by halving the gap (six layouts at most). True when everything shows. */
export function fitRoom(box: HTMLElement): boolean {
  if (!box.isConnected) return true;
  const fits = () => box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
  const at = (scale: number) => box.style.setProperty('--fit', scale.toFixed(3));
  at(1);
  let ok = fits();
  if (!ok) {
    let low = MIN_FIT;
    let high = 1;
    for (let i = 0; i < 6; i++) {
      const mid = (low + high) / 2;
      at(mid);
      if (fits()) low = mid;
      else high = mid;
    }
    at(low);
    ok = fits();
  }
  box.dataset.fit = ok ? 'yes' : 'no';
  return ok;
}
