// The length of the save code (src/engine/saveCode.ts) at every place along every path of the every-path walk,
// without compressing each place afresh. Compressing each of a story's ~20,000 paths whole cost 15-18 s of CPU a
// run; most of that was the same opening steps compressed again and again.
//
// Why this is exact, not an estimate: lz-string's compressor reads its input one character at a time, and what it
// has emitted and remembers after a prefix depends on that prefix alone. The JSON a save code compresses has the
// path last (`{"format":…,"seed":…,"path":[step,step,…]}`), and the walk visits paths depth-first, so one path's
// JSON begins with most of the previous one's. This keeps the compressor's state (its dictionary and bit count, not
// its output) at every character fed, with a log to undo back to the first character where the next path differs,
// and feeds only the rest. A place part-way along a path is the JSON up to the end of a step, then `]}`: fed, its
// length read, and undone.
//
// The length follows lz-string 1.5.0's `_compress` (libs/lz-string.js) and `compressToBase64`'s padding. The
// every-path test checks it against the real `encodeSavePath` on a sample of paths in every story, so a change in
// lz-string or in what a save code holds fails there, not silently here.
import type { SaveEnvelope } from '../../src/engine/types';

type Step = SaveEnvelope['path'][number];

/** The save's JSON as encodeSavePath writes it, in pieces: up to the path's `[`, then each step's own JSON. */
function pieces(save: SaveEnvelope): { head: string; steps: string[] } {
  const { format, storyId, storyHash, seed } = save;
  const whole = JSON.stringify({ format, storyId, storyHash, seed, path: [] });
  return {
    head: whole.slice(0, -2),
    // A scene skipped is a step with its one field (the walk never skips one; it only chooses).
    steps: save.path.map((step: Step) =>
      JSON.stringify('index' in step ? { index: step.index, text: step.text } : step),
    ),
  };
}

/** How a change to the compressor's two sets is logged, to undo it. */
const Change = { AddedToDictionary: 0, AddedToCreate: 1, RemovedFromCreate: 2 } as const;
type Change = (typeof Change)[keyof typeof Change];

/** lz-string's compressor reduced to what decides the output's length, fed a character at a time and undoable. */
class CompressorLength {
  private dictionary = new Set<string>();
  private toCreate = new Set<string>();
  private w = '';
  private enlargeIn = 2;
  private numBits = 2;
  private bits = 0;
  // The scalar state after each character fed (index i: after `i` characters), in parallel arrays: a walk feeds
  // millions of characters, and an object for each kept the garbage collector busy.
  private wAt: string[] = [''];
  private enlargeInAt: number[] = [2];
  private numBitsAt: number[] = [2];
  private bitsAt: number[] = [0];
  // Each change to the two sets, with the count of characters fed before it, to undo it.
  private logAt: number[] = [];
  private logKey: string[] = [];
  private logChange: Change[] = [];

  get fed(): number {
    return this.wAt.length - 1;
  }

  private change(change: Change, key: string): void {
    if (change === Change.AddedToDictionary) this.dictionary.add(key);
    else if (change === Change.AddedToCreate) this.toCreate.add(key);
    else this.toCreate.delete(key);
    this.logAt.push(this.fed);
    this.logKey.push(key);
    this.logChange.push(change);
  }

  private grow(): void {
    if (--this.enlargeIn === 0) this.enlargeIn = 2 ** this.numBits++;
  }

  feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charAt(i);
      if (!this.dictionary.has(c)) {
        this.change(Change.AddedToDictionary, c);
        this.change(Change.AddedToCreate, c);
      }
      const wc = this.w + c;
      if (this.dictionary.has(wc)) {
        this.w = wc;
      } else {
        this.emitW();
        this.change(Change.AddedToDictionary, wc);
        this.w = c;
      }
      this.wAt.push(this.w);
      this.enlargeInAt.push(this.enlargeIn);
      this.numBitsAt.push(this.numBits);
      this.bitsAt.push(this.bits);
    }
  }

  /** Output `w`: as a new character (a marker and 8 or 16 bits) the first time, else as its dictionary code. */
  private emitW(): void {
    if (this.toCreate.has(this.w)) {
      this.bits += this.numBits + (this.w.charCodeAt(0) < 256 ? 8 : 16);
      this.grow();
      this.change(Change.RemovedFromCreate, this.w);
    } else {
      this.bits += this.numBits;
    }
    this.grow();
  }

  /** Back to the state after the first `count` characters. */
  undoTo(count: number): void {
    let n = this.logAt.length;
    while (n > 0 && this.logAt[n - 1]! >= count) {
      n--;
      const key = this.logKey[n]!;
      const change = this.logChange[n]!;
      if (change === Change.AddedToDictionary) this.dictionary.delete(key);
      else if (change === Change.AddedToCreate) this.toCreate.delete(key);
      else this.toCreate.add(key);
    }
    this.logAt.length = this.logKey.length = this.logChange.length = n;
    this.wAt.length = this.enlargeInAt.length = this.numBitsAt.length = this.bitsAt.length = count + 1;
    this.w = this.wAt[count]!;
    this.enlargeIn = this.enlargeInAt[count]!;
    this.numBits = this.numBitsAt[count]!;
    this.bits = this.bitsAt[count]!;
  }

  /** compressToBase64's length for what has been fed: `w`, the end mark, one last character, padding to 4. */
  finishedLength(): number {
    const before = this.fed;
    if (this.w !== '') this.emitW();
    const bits = this.bits + this.numBits;
    this.undoTo(before);
    const chars = Math.floor(bits / 6) + 1;
    return Math.ceil(chars / 4) * 4;
  }
}

/** A place along a path: how many of its steps it has taken, and its save code's length. */
export interface PlaceCodeLength {
  steps: number;
  length: number;
}

/**
 * Feed it each complete path of one story in the walk's order: it answers with the code length of every place
 * along that path not already measured along an earlier one (a place is shared while the paths share their steps).
 */
export class PlaceCodeLengths {
  private compressor = new CompressorLength();
  private head: string | null = null;
  private steps: string[] = [];
  /** Characters fed before each step of `steps` (index k: the JSON up to the end of step k - 1). */
  private ends: number[] = [];

  newPlaces(save: SaveEnvelope): PlaceCodeLength[] {
    const { head, steps } = pieces(save);
    let same = 0;
    if (head === this.head) {
      while (same < steps.length && same < this.steps.length && steps[same] === this.steps[same]) same++;
    } else {
      this.compressor.undoTo(0);
      this.compressor.feed(head);
      this.head = head;
      this.steps = [];
      this.ends = [this.compressor.fed];
    }
    const found: PlaceCodeLength[] = [];
    // Places up to `same` steps were measured along the previous path (the first path measures the empty one).
    if (this.steps.length === 0 && same === 0) found.push({ steps: 0, length: this.place(this.ends[0]!) });
    this.compressor.undoTo(this.ends[same]!);
    this.steps.length = same;
    this.ends.length = same + 1;
    for (let k = same; k < steps.length; k++) {
      this.compressor.feed(k === 0 ? steps[k]! : `,${steps[k]}`);
      this.steps.push(steps[k]!);
      this.ends.push(this.compressor.fed);
      found.push({ steps: k + 1, length: this.place(this.compressor.fed) });
    }
    return found;
  }

  /** The code's length for the JSON fed so far, closed with `]}`. */
  private place(fed: number): number {
    this.compressor.feed(']}');
    const length = this.compressor.finishedLength();
    this.compressor.undoTo(fed);
    return length;
  }
}
