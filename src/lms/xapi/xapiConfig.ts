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

function parsedEndpoint(url: string): URL | null {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** This machine: the one place plain http may carry credentials, since they never cross a network. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why an endpoint cannot be used with these credentials, or null when it can. Credentials over plain http can
 * be read by anyone on the network path, so an http:// endpoint is refused whenever there is an Authorization
 * header, except on this machine (localhost, 127.x.x.x, [::1]; LMS.md says so).
 */
export function endpointProblem(endpoint: string, auth: string): string | null {
  const url = parsedEndpoint(endpoint);
  if (!url) return 'the xAPI endpoint is not an http(s) address';
  if (auth && url.protocol === 'http:' && !LOOPBACK.test(url.hostname))
    return 'the xAPI endpoint uses plain http, which would send the credentials unencrypted: use https';
  return null;
}

/** The endpoint with its path ending in `/` (any query string kept after it, where it belongs). */
function withSlash(endpoint: string): string {
  const url = new URL(endpoint);
  url.pathname = url.pathname.replace(/\/?$/, '/');
  return url.toString();
}

/** Where statements go: the endpoint's path with `statements` after it, keeping any query string it carries. */
export function statementsUrl(endpoint: string): string {
  const url = new URL(withSlash(endpoint));
  url.pathname = `${url.pathname}statements`;
  return url.toString();
}

/**
 * The settings in force, or null when xAPI is off. Launch parameters win over the file; the actor comes from the
 * launch, or else from the LMS's learner id under the file's actorHomePage. No actor, no statements.
 */
export function xapiSettings(
  file: XapiFile,
  launch: XapiLaunch | null,
  lmsLearnerId: string | null,
): XapiSettings | null {
  const fromLaunch = launch && endpointProblem(launch.endpoint, launch.auth) === null;
  if (!fromLaunch && !(file.enabled && endpointProblem(file.endpoint, file.auth) === null)) return null;
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
