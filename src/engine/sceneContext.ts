// What the scene knows as the story runs (voice-model.md "Scene context"). A class because it holds state over
// time; snapshot/restore let the runner rewind and let every move of a choice read the pre-choice context.
import type { ContextSnapshot, PersonContext } from './types';
import { LEARNER_ID, type LineTag } from './contract/index.ts';

export function defaultPerson(): PersonContext {
  return { present: false, access: 'able', mandate: 'none', wants: 'unknown', consents: {} };
}

function copyPerson(p: PersonContext): PersonContext {
  const consents: PersonContext['consents'] = {};
  for (const [item, audience] of Object.entries(p.consents)) {
    consents[item] = audience === null ? null : [...audience];
  }
  return { ...p, consents };
}

function copySnapshot(s: ContextSnapshot): ContextSnapshot {
  const people: ContextSnapshot['people'] = {};
  for (const [id, p] of Object.entries(s.people)) {
    people[id] = copyPerson(p);
  }
  return { ...s, people };
}

export class SceneContext {
  private state: ContextSnapshot;

  constructor(private readonly castIds: string[]) {
    this.state = SceneContext.atStart(castIds);
  }

  private static atStart(castIds: string[]): ContextSnapshot {
    const people: ContextSnapshot['people'] = {};
    for (const id of castIds) {
      people[id] = defaultPerson();
    }
    return { people, harm: 'off', duty: false, unsafe: false, rank: 'peer', scene: null };
  }

  /** Back to how every story starts (a playthrough reset in place). */
  reset(): void {
    this.state = SceneContext.atStart(this.castIds);
  }

  /** Tags name people the header may not have cast (a plain story has no cast); they start from the defaults. */
  private person(id: string): PersonContext {
    let p = this.state.people[id];
    if (p === undefined) {
      p = defaultPerson();
      this.state.people[id] = p;
    }
    return p;
  }

  apply(tag: LineTag): void {
    switch (tag.key) {
      case 'scene':
        // A new scene keeps what people asked for, want and consented to: those belong to the person, not the room.
        this.state.harm = 'off';
        this.state.duty = false;
        this.state.unsafe = false;
        this.state.rank = 'peer';
        this.state.scene = tag.name;
        for (const p of Object.values(this.state.people)) {
          p.present = false;
        }
        break;
      case 'speaker':
      case 'enter':
        // The learner is always in the scene; `you` is never a cast member with a context of their own.
        if (tag.id !== LEARNER_ID) {
          this.person(tag.id).present = true;
        }
        break;
      case 'exit':
        if (tag.id !== LEARNER_ID) {
          this.person(tag.id).present = false;
        }
        break;
      case 'access':
        this.person(tag.id).access = tag.access;
        break;
      case 'mandate':
        this.person(tag.id).mandate = tag.mandate;
        break;
      case 'wants':
        this.person(tag.id).wants = tag.wants;
        break;
      case 'consent': {
        // Spec silent on a second consent for the same item: the audiences add up (everyone stays everyone).
        const consents = this.person(tag.id).consents;
        const before = consents[tag.item];
        if (before === undefined || tag.to === null) {
          consents[tag.item] = tag.to === null ? null : [...tag.to];
        } else if (before !== null) {
          consents[tag.item] = [...new Set([...before, ...tag.to])];
        }
        break;
      }
      case 'harm':
        this.state.harm = tag.harm;
        break;
      case 'duty':
        this.state.duty = tag.duty;
        break;
      case 'unsafe':
        this.state.unsafe = tag.unsafe;
        break;
      case 'rank':
        this.state.rank = tag.rank;
        break;
      default:
        // `to:` is who is addressed, not who is present (the spec makes only speaker and enter bring someone on).
        break;
    }
  }

  snapshot(): ContextSnapshot {
    return copySnapshot(this.state);
  }

  restore(s: ContextSnapshot): void {
    this.state = copySnapshot(s);
  }
}
