// The statements the game can send, built as plain data. A statement says who (the actor the organisation
// supplied), what (completed a story; with the separate opt-in, responded at a decision with a kind of act) and
// when. It never carries a score, an option's words, the learner's answers or anything else they wrote.
import type { ActName } from '../../engine/types';
import type { XapiActor, XapiSettings } from './xapiConfig';

export const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const VERB_RESPONDED = 'http://adlnet.gov/expapi/verbs/responded';
/** The result extension that holds the acts a decision resolved to (e.g. ["AMPLIFY"]). */
export const ACTS_EXTENSION = 'urn:allyship-theatre:xapi:acts';
const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
const INTERACTION = 'http://adlnet.gov/expapi/activities/interaction';

export interface Statement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { name: Record<string, string>; type: string };
  };
  result?: { completion?: boolean; extensions?: Record<string, unknown> };
  context: {
    registration?: string;
    platform: string;
    language: string;
    contextActivities?: { parent: { objectType: 'Activity'; id: string }[] };
  };
  timestamp: string;
}

export interface StoryRef {
  id: string;
  title: string;
}

const storyActivityId = (base: string, storyId: string) => `${base}${storyId}`;

function context(settings: XapiSettings, parentId?: string): Statement['context'] {
  return {
    ...(settings.registration ? { registration: settings.registration } : {}),
    platform: 'The Allyship Theatre',
    language: 'en-GB',
    ...(parentId ? { contextActivities: { parent: [{ objectType: 'Activity' as const, id: parentId }] } } : {}),
  };
}

export function completedStatement(settings: XapiSettings, story: StoryRef, id: string, now: Date): Statement {
  return {
    id,
    actor: settings.actor,
    verb: { id: VERB_COMPLETED, display: { 'en-GB': 'completed' } },
    object: {
      objectType: 'Activity',
      id: storyActivityId(settings.activityIdBase, story.id),
      definition: { name: { 'en-GB': story.title }, type: SIMULATION },
    },
    result: { completion: true },
    context: context(settings),
    timestamp: now.toISOString(),
  };
}

/** Sent only when an organisation has set `sendDecisionActs`: the acts, never the words of the option chosen. */
export function decisionStatement(
  settings: XapiSettings,
  story: StoryRef,
  decision: number,
  acts: ActName[],
  id: string,
  now: Date,
): Statement {
  const storyActivity = storyActivityId(settings.activityIdBase, story.id);
  return {
    id,
    actor: settings.actor,
    verb: { id: VERB_RESPONDED, display: { 'en-GB': 'responded' } },
    object: {
      objectType: 'Activity',
      id: `${storyActivity}/decision-${decision}`,
      definition: { name: { 'en-GB': `${story.title}, decision ${decision}` }, type: INTERACTION },
    },
    result: { extensions: { [ACTS_EXTENSION]: [...acts] } },
    context: context(settings, storyActivity),
    timestamp: now.toISOString(),
  };
}

/** A version 4 UUID for a statement's id (so a retried statement is never stored twice by the LRS). */
export function statementId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
