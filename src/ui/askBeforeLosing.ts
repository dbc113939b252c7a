// The one rule for every question asked before something a learner or facilitator wrote or kept can be lost
// (delete everything, delete reflections, delete a saved slot, delete a phone's account, start a new session): when
// the question opens, focus is on the answer that keeps it, and Esc keeps it too. Enter pressed twice by reflex, or
// a held key, then loses nothing; only a deliberate move to the other button does.

export interface AskBeforeLosing {
  /** Show the question (a hidden box is shown, a <dialog> opens as a modal) and put focus on the keeping answer. */
  open(): void;
}

/**
 * `box` holds the question and both answers; `keep` is the answer that loses nothing, and its own click handler
 * closes the question. Esc anywhere in the box presses `keep` (for a <dialog>, instead of the browser's own cancel,
 * so both ways out run the same code).
 */
export function askBeforeLosing(box: HTMLElement, keep: HTMLButtonElement): AskBeforeLosing {
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Not also the site dialog around it: Esc answers this question, it does not close the whole panel.
    event.stopPropagation();
    keep.click();
  });
  return {
    open() {
      if (box instanceof HTMLDialogElement) {
        if (!box.open) box.showModal();
      } else box.hidden = false;
      keep.focus();
    },
  };
}
