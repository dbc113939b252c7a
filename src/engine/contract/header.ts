// The story header (global tags): what the foyer, the playbill and the reflective account show about a story.
// Which keys exist, which repeat and which a scored story needs is the registry's (tags.ts); this file reads
// their values.
import { z } from '../zod.ts';
import { CastMemberSchema, MIN_FACETS, parseCastMember, HIDDEN_FACET_MARKS, type CastMember } from './cast.ts';
import { HEADER_KEYS, HEADER_TAGS, KNOWN_TAG_KEYS, unknownKeyMessage, type HeaderKey } from './tags.ts';
import { splitTag, type TagProblem } from './tagWords.ts';

const StoryHeaderSchema = z.object({
  title: z.string(),
  summary: z.string(),
  /** null only in an unscored story that gives none. */
  minutes: z.nullable(z.int().check(z.positive())),
  role: z.string(),
  outcomes: z.array(z.string()),
  contentNotes: z.array(z.string()),
  review: z.nullable(z.string()),
  authors: z.array(z.string()),
  cast: z.array(CastMemberSchema),
  listed: z.boolean(),
});

export type StoryHeader = z.infer<typeof StoryHeaderSchema>;

const REQUIRED_WHEN_SCORED = HEADER_KEYS.filter((key) => HEADER_TAGS[key].requiredWhenScored);

function castWarnings(member: CastMember, tag: string): TagProblem[] {
  const problems: TagProblem[] = [];
  if (member.facets.length < MIN_FACETS) {
    problems.push({
      tag,
      severity: 'warning',
      message: `${member.id} has ${member.facets.length} facets; a scored story's cast members have at least ${MIN_FACETS}`,
    });
  }
  if (!member.facets.some((f) => f.marks.some((m) => (HIDDEN_FACET_MARKS as readonly string[]).includes(m)))) {
    problems.push({ tag, severity: 'warning', message: `${member.id} has no facet marked invisible or unvoiced` });
  }
  return problems;
}

const isHeaderKey = (key: string): key is HeaderKey => Object.hasOwn(HEADER_TAGS, key);

/**
 * Reads the header from a story's global tags. Missing required tags are errors only in a scored story; an
 * unknown key is a warning only in a scored story (a plain Inky story's own tags are ignored). Keys that belong
 * on lines or choices are left for the runner. A repeated single-valued key is an error: which one was meant?
 */
export function parseHeader(
  globalTags: string[],
  opts: { scored: boolean },
): { header: StoryHeader; problems: TagProblem[] } {
  const header: StoryHeader = {
    title: '',
    summary: '',
    minutes: null,
    role: '',
    outcomes: [],
    contentNotes: [],
    review: null,
    authors: [],
    cast: [],
    listed: true,
  };
  const problems: TagProblem[] = [];
  const seen = new Set<string>();
  const error = (tag: string, message: string): void => {
    problems.push({ tag, severity: 'error', message });
  };

  for (const raw of globalTags) {
    const { key, value } = splitTag(raw);
    if (!isHeaderKey(key)) {
      if (opts.scored && key !== '' && !KNOWN_TAG_KEYS.includes(key)) {
        problems.push({ tag: raw, severity: 'warning', message: unknownKeyMessage(key) });
      }
      continue;
    }
    if (!HEADER_TAGS[key].repeats && seen.has(key)) {
      error(raw, `${key}: is given more than once`);
      continue;
    }
    seen.add(key);
    if (value === '') {
      error(raw, `${key}: needs a value`);
      continue;
    }
    switch (key) {
      case 'title':
        header.title = value;
        break;
      case 'summary':
        header.summary = value;
        break;
      case 'role':
        header.role = value;
        break;
      case 'review':
        header.review = value;
        break;
      case 'minutes':
        if (/^\d+$/.test(value) && Number(value) > 0) {
          header.minutes = Number(value);
        } else {
          error(raw, `minutes: must be a whole number of minutes, e.g. "minutes: 12" (got "${value}")`);
        }
        break;
      case 'listed':
        if (value === 'yes' || value === 'no') {
          header.listed = value === 'yes';
        } else {
          error(raw, `listed: must be yes or no (got "${value}")`);
        }
        break;
      case 'outcome':
        header.outcomes.push(value);
        break;
      case 'content_note':
        header.contentNotes.push(value);
        break;
      case 'author':
        header.authors.push(value);
        break;
      case 'cast': {
        const parsed = parseCastMember(value);
        if (!parsed.ok) {
          for (const message of parsed.messages) {
            error(raw, message);
          }
          // The person is still in the cast, without the facet that is wrong (the error above stops play).
          if (parsed.partial && !header.cast.some((m) => m.id === parsed.partial!.id)) header.cast.push(parsed.partial);
        } else if (header.cast.some((m) => m.id === parsed.member.id)) {
          error(raw, `cast id "${parsed.member.id}" is used twice`);
        } else {
          header.cast.push(parsed.member);
          if (opts.scored) {
            problems.push(...castWarnings(parsed.member, raw));
          }
        }
        break;
      }
    }
  }

  if (opts.scored) {
    for (const key of REQUIRED_WHEN_SCORED) {
      if (!seen.has(key)) {
        error(key, `a scored story needs "# ${key}: …" in its header`);
      }
    }
  }
  return { header, problems };
}
