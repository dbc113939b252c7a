// Watch a running ink story from outside the playthrough. The playthrough keeps its ink story to itself, as it
// should; `check` still needs to know which knots ran, which choice in the source each option on screen is, and
// where the story ended. While a probe is open, inkjs's own Story class reports every container the story enters
// and remembers which story was last active. Closed again at once (the callers are synchronous), so the game
// never runs with it.
import { Story } from 'inkjs';

export interface OfferedChoice {
  /** The choice point's path: the key of StoryMap.choices. */
  sourcePath: string;
}

export interface InkProbe {
  /** Every container path entered since the probe opened or was last reset. */
  visited: Set<string>;
  /** The last container entered (where the story was when it ended). */
  lastContainer: string | null;
  /** The choices on offer in the story that ran last. */
  offered(): OfferedChoice[];
  /** The value of a global variable in the story that ran last (undefined when it has none). */
  variable(name: string): unknown;
  reset(): void;
  close(): void;
}

interface Probed {
  VisitContainer(container: { path: { toString(): string } }, atStart: boolean): void;
  currentChoices: { sourcePath: string }[];
  variablesState: Record<string, unknown>;
}

let open = false;

export function openInkProbe(): InkProbe {
  if (open) throw new Error('an ink probe is already open');
  open = true;
  const proto = Story.prototype as unknown as Probed;
  const original = proto.VisitContainer;
  let active: Probed | null = null;
  const probe: InkProbe = {
    visited: new Set(),
    lastContainer: null,
    offered: () => (active ? active.currentChoices.map((c) => ({ sourcePath: c.sourcePath })) : []),
    variable: (name) => active?.variablesState[name],
    reset() {
      probe.visited = new Set();
      probe.lastContainer = null;
      active = null;
    },
    close() {
      proto.VisitContainer = original;
      open = false;
    },
  };
  proto.VisitContainer = function (this: Probed, container, atStart) {
    // The probe reads the story it is patched into; the patch goes when the probe becomes a subclass (issue 14).
    // oxlint-disable-next-line typescript/no-this-alias
    active = this;
    const path = container.path.toString();
    probe.visited.add(path);
    probe.lastContainer = path;
    original.call(this, container, atStart);
  };
  return probe;
}

/** Run `body` with a probe open, closing it however `body` ends. */
export function withInkProbe<T>(body: (probe: InkProbe) => T): T {
  const probe = openInkProbe();
  try {
    return body(probe);
  } finally {
    probe.close();
  }
}
