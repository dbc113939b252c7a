// The learner's settings, remembered on the device. Defaults follow the system where it says something
// (reduced motion, dark or light).
import { z } from 'zod';
import { deviceStorage, storageKey } from './deviceStorage';

export const settingsSchema = z.object({
  textSize: z.number().min(100).max(200).default(100),
  lineSpacing: z.enum(['normal', 'wide', 'wider']).default('normal'),
  theme: z.enum(['system', 'light', 'dark', 'contrast']).default('system'),
  font: z.enum(['atkinson', 'opendyslexic', 'system']).default('atkinson'),
  reducedMotion: z.boolean().default(false),
  stage: z.boolean().default(true),
  shortcuts: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;

const KEY = storageKey('settings');
let current: Settings | null = null;
const listeners = new Set<(s: Settings) => void>();

function systemReducedMotion(): boolean {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

export function settings(): Settings {
  if (current) return current;
  let stored: unknown = {};
  try {
    stored = JSON.parse(deviceStorage().getItem(KEY) ?? '{}');
  } catch {
    stored = {};
  }
  const parsed = settingsSchema.safeParse(stored);
  current = parsed.success ? parsed.data : settingsSchema.parse({});
  if (!(stored && typeof stored === 'object' && 'reducedMotion' in stored)) current.reducedMotion = systemReducedMotion();
  return current;
}

export function updateSettings(patch: Partial<Settings>): Settings {
  current = settingsSchema.parse({ ...settings(), ...patch });
  deviceStorage().setItem(KEY, JSON.stringify(current));
  applySettings(current);
  for (const fn of listeners) fn(current);
  return current;
}

export function onSettingsChange(fn: (s: Settings) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Settings live on <html> as data attributes and one custom property; the CSS does the rest. */
export function applySettings(s: Settings = settings()): void {
  const html = document.documentElement;
  html.style.setProperty('--text-scale', String(s.textSize / 100));
  html.dataset.lineSpacing = s.lineSpacing;
  html.dataset.theme = s.theme;
  html.dataset.font = s.font;
  html.dataset.reducedMotion = String(s.reducedMotion);
}
