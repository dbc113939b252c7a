// Questions the voice rules ask of a context snapshot, worded as the spec words them.
import type { ContextSnapshot, PersonContext } from './types';
import { defaultPerson } from './sceneContext';

/** A person no tag has mentioned yet has the spec's defaults. */
export function personIn(ctx: ContextSnapshot, id: string | null): PersonContext {
  return (id === null ? undefined : ctx.people[id]) ?? defaultPerson();
}

/** "A mandate" in voice-model.md: asked, consented or known_wishes. */
export function hasMandate(p: PersonContext): boolean {
  return p.mandate === 'asked' || p.mandate === 'consented' || p.mandate === 'known_wishes';
}

/** `harm` on includes exclusion wherever a rule says harm is on. */
export function harmIsOn(ctx: ContextSnapshot): boolean {
  return ctx.harm !== 'off';
}

/** Everyone on stage except the person the information is about (the learner is not a cast member). */
export function othersPresent(ctx: ContextSnapshot, about: string | null): string[] {
  return Object.entries(ctx.people)
    .filter(([id, p]) => id !== about && p.present)
    .map(([id]) => id);
}

/** Has `person` agreed that `item` may be shared with every one of `audience`? No item named: no consent. */
export function consentCovers(person: PersonContext, item: string | undefined, audience: string[]): boolean {
  if (item === undefined) {
    return false;
  }
  const consent = person.consents[item];
  if (consent === undefined) {
    return false;
  }
  return consent === null || audience.every((id) => consent.includes(id));
}
