// Whether xAPI statements go anywhere, and where. Off unless an organisation turns it on in config/xapi.json
// (editable on its server or in the package) or the game is launched with the usual xAPI launch parameters
// (endpoint, auth, actor, registration). Per-decision statements need their own, separate opt-in.
import { z } from 'zod';

const fileSchema = z.object({
  enabled: z.boolean().default(false),
  endpoint: z.string().max(2000).default(''),
  auth: z.string().max(4000).default(''),
  actorHomePage: z.string().max(2000).default(''),
  activityIdBase: z.string().max(2000).default('urn:allyship-theatre:story:'),
  sendDecisionActs: z.boolean().default(false),
});
export type XapiFile = z.infer<typeof fileSchema>;

const actorSchema = z.union([
  z.object({ objectType: z.literal('Agent').optional(), name: z.string().max(500).optional(), mbox: z.string().regex(/^mailto:/).max(500) }),
  z.object({ objectType: z.literal('Agent').optional(), name: z.string().max(500).optional(), mbox_sha1sum: z.string().regex(/^[0-9a-f]{40}$/i) }),
  z.object({ objectType: z.literal('Agent').optional(), name: z.string().max(500).optional(), openid: z.string().max(2000) }),
  z.object({
    objectType: z.literal('Agent').optional(),
    name: z.string().max(500).optional(),
    account: z.object({ homePage: z.string().max(2000), name: z.string().min(1).max(500) }),
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
export function xapiSettings(file: XapiFile, launch: XapiLaunch | null, lmsLearnerId: string | null): XapiSettings | null {
  const fromLaunch = launch && validEndpoint(launch.endpoint);
  if (!fromLaunch && !(file.enabled && validEndpoint(file.endpoint))) return null;
  const actor: XapiActor | null =
    (fromLaunch ? launch!.actor : null) ??
    (lmsLearnerId && file.actorHomePage ? { objectType: 'Agent', account: { homePage: file.actorHomePage, name: lmsLearnerId } } : null);
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
