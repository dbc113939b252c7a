// The engine takes over the opening the build drew (showOpening.ts) without the learner noticing: the play screen
// builds its own nodes off the page, and when they show exactly the same thing they replace the drawn ones in one
// step (no frame in between, so no flash and no shift). Focus stays where the learner had it: on a line, the very
// node is kept (moveBefore keeps focus without a focus event, so a screen reader does not read it again); anywhere
// else, the same place in the new nodes gets it quietly. Nothing is announced. A button pressed meanwhile is
// pressed again now, on the engine's own button.
import { nodeAt, pathIn, sameTree } from './openingTree';
import type { OpeningOnScreen } from './showOpening';

type MovableParent = ParentNode & { moveBefore?(node: Node, child: Node | null): void };

/**
 * Put the play screen's nodes (built in `built`, off the page) in place of the opening in `root`. Returns whether
 * they showed the same thing; when they do not (a story changed between the build and now) the engine's nodes
 * still win, and any held press is dropped rather than pressed on something the learner did not see.
 */
export function takeOverOpening(root: HTMLElement, opening: OpeningOnScreen, built: HTMLElement): boolean {
  opening.release();
  const drawn = Array.from(root.childNodes);
  const fresh = Array.from(built.childNodes);
  const same = drawn.length === fresh.length && drawn.every((n, i) => sameTree(n, fresh[i]!));
  const active = document.activeElement;
  const focusPath = active && active !== root && root.contains(active) ? pathIn(root, active) : null;
  if (same) {
    // A person's card the learner opened stays open.
    const drawnCards = root.querySelectorAll('details');
    built.querySelectorAll('details').forEach((card, i) => (card.open = (drawnCards[i] as HTMLDetailsElement).open));
  }
  root.append(...fresh);
  let kept = false;
  const twin = same && focusPath ? nodeAt(fresh, focusPath) : null;
  const parent = twin?.parentNode as MovableParent | null;
  // Only a line is kept as it is: the play screen holds on to its other nodes (headings, buttons, cards).
  if (twin && parent?.moveBefore && active!.matches('.transcript p')) {
    parent.moveBefore(active!, twin);
    twin.parentNode!.removeChild(twin);
    kept = true;
  }
  for (const node of drawn) node.parentNode?.removeChild(node);
  if (twin && !kept) (twin as HTMLElement).focus?.({ preventScroll: true });
  performance.mark('opening-taken-over', { detail: { same } });
  const pressed = same && opening.pressed ? nodeAt(fresh, opening.pressed) : null;
  (pressed as HTMLElement | null)?.click();
  return same;
}
