// Whether xAPI statements go anywhere, and where. Off unless an organisation turns it on in config/xapi.json
// (editable on its server or in the package) or the game is launched with the usual xAPI launch parameters
// (endpoint, auth, actor, registration). Per-decision statements need their own, separate opt-in.
import { z } from '../../engine/zod';

/** A string of at most `max` characters. */
const upTo = (max: number) => z.string().check(z.maxLength(max));

const fileSchema = z.object({
  enabled: z._default(z.boolean(), false),
  endpoint: z._default(upTo(2000), ''),
  auth: z._default(upTo(4000), ''),
  actorHomePage: z._default(upTo(2000), ''),
  activityIdBase: z._default(upTo(2000), 'urn:allyship-theatre:story:'),
  sendDecisionActs: z._default(z.boolean(), false),
});
export type XapiFile = z.infer<typeof fileSchema>;

// xAPI names an agent by one of four identifiers; the type and the display name may come with any of them.
const agent = { objectType: z.optional(z.literal('Agent')), name: z.optional(upTo(500)) };
const actorSchema = z.union([
  z.object({ ...agent, mbox: z.string().check(z.regex(/^mailto:/), z.maxLength(500)) }),
  z.object({ ...agent, mbox_sha1sum: z.string().check(z.regex(/^[0-9a-f]{40}$/i)) }),
  z.object({ ...agent, openid: upTo(2000) }),
  z.object({
    ...agent,
    account: z.object({ homePage: upTo(2000), name: z.string().check(z.minLength(1), z.maxLength(500)) }),
  }),
]);
export type XapiActor = z.infer<typeof actorSchema>;

export interface XapiSettings {
  endpoint: string;
  auth: string;
  actor: XapiActor;
  registration: string | null;
  activityIdBase: string;
  sendDecisionActs: boolean;
}

/** The launch parameters of the common xAPI launch convention, when the page was opened with them. */
export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: XapiActor | null;
  registration: string | null;
}

export const LAUNCH_PARAMS = ['endpoint', 'auth', 'actor', 'registration'] as const;

export function readXapiFile(data: unknown): XapiFile {
  const parsed = fileSchema.safeParse(data ?? {});
  // A damaged file turns reporting off rather than sending to a half-read address.
  return parsed.success ? parsed.data : fileSchema.parse({});
}

export function readXapiLaunch(search: string): XapiLaunch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  if (!endpoint) return null;
  let actor: XapiActor | null = null;
  try {
    const parsed = actorSchema.safeParse(JSON.parse(params.get('actor') ?? 'null'));
    actor = parsed.success ? parsed.data : null;
  } catch {
    actor = null;
  }
  return { endpoint, auth: params.get('auth') ?? '', actor, registration: params.get('registration') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const validEndpoint = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);
const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

/**
 * The settings in force, or null when xAPI is off. Launch parameters win over the file; the actor comes from the
 * launch, or else from the LMS's learner id under the file's actorHomePage. No actor, no statements.
 */
export function xapiSettings(
  file: XapiFile,
  launch: XapiLaunch | null,
  lmsLearnerId: string | null,
): XapiSettings | null {
  const fromLaunch = launch && validEndpoint(launch.endpoint);
  if (!fromLaunch && !(file.enabled && validEndpoint(file.endpoint))) return null;
  const actor: XapiActor | null =
    (fromLaunch ? launch!.actor : null) ??
    (lmsLearnerId && file.actorHomePage
      ? { objectType: 'Agent', account: { homePage: file.actorHomePage, name: lmsLearnerId } }
      : null);
  if (!actor) return null;
  return {
    endpoint: withSlash(fromLaunch ? launch!.endpoint : file.endpoint),
    auth: fromLaunch ? launch!.auth : file.auth,
    actor,
    // xAPI wants a registration to be a UUID; anything else is left out rather than sent malformed.
    registration: fromLaunch && launch!.registration && UUID.test(launch!.registration) ? launch!.registration : null,
    activityIdBase: file.activityIdBase,
    sendDecisionActs: file.sendDecisionActs,
  };
}
