// Where to find support. An organisation edits config/support.json on its web server to list its own
// services; when that file is missing or broken the learner still sees this national default for England.
import { z } from '../zod';

const signpostSchema = z.object({
  name: z.string().check(z.minLength(1)),
  detail: z.string().check(z.minLength(1)),
  /** How to get in touch, in words ("Call 116 123"). */
  contact: z.optional(z.string()),
  /** Digits for a tel: link. */
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ]+$/))),
  /** Only http(s) links are followed, so an edited file cannot smuggle in a script link. */
  url: z.optional(z.string().check(z.regex(/^https?:\/\//))),
});

export const supportSchema = z.object({
  about: z.optional(z.string()),
  heading: z.string().check(z.minLength(1)),
  intro: z.string().check(z.minLength(1)),
  signposts: z.array(signpostSchema).check(z.minLength(1)),
  emergency: z.optional(z.string()),
});

export type SupportConfig = z.infer<typeof supportSchema>;

export const DEFAULT_SUPPORT: SupportConfig = {
  heading: 'Where to find support',
  intro: 'If this story brought something up for you, you do not have to carry it alone.',
  signposts: [
    {
      name: 'Your employee assistance programme',
      detail: 'Free, confidential support through many employers. Ask your manager or HR team.',
    },
    {
      name: 'Your Freedom to Speak Up Guardian',
      detail: 'Listens in confidence if you want to raise something that happens at work.',
    },
    { name: 'Your trade union', detail: 'Advice and support from your rep, if you are a member.' },
    { name: 'Staff networks', detail: 'Support from colleagues who may share your experience.' },
    {
      name: 'Samaritans',
      detail: 'Free, any time of the day or night.',
      contact: 'Call 116 123',
      phone: '116123',
      url: 'https://www.samaritans.org',
    },
    {
      name: 'NHS 111',
      detail: 'Urgent help with your health, including your mental health.',
      contact: 'Call 111',
      phone: '111',
      url: 'https://111.nhs.uk',
    },
  ],
  emergency: 'If you or someone else is in danger right now, call 999.',
};

/** The organisation's signposts, or the default when the file is not valid. Never throws. */
export function supportFrom(data: unknown): SupportConfig {
  const parsed = supportSchema.safeParse(data);
  return parsed.success ? parsed.data : DEFAULT_SUPPORT;
}
