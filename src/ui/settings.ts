// The learner's settings, remembered on the device. Motion and colours follow the system until the learner says
// otherwise. One bad stored value costs only that value: every field falls back to its default on its own.
import { z } from '../engine/zod';
import { deviceStorage, storageKey } from './deviceStorage';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

const storedSettingsSchema = z.object({
  textSize: z.catch(z.number().check(z.minimum(100), z.maximum(200)), 100),
  lineSpacing: z.catch(z.enum(['normal', 'wide', 'wider']), 'normal'),
  theme: z.catch(z.enum(['system', 'light', 'dark', 'contrast']), 'system'),
  font: z.catch(z.enum(['atkinson', 'opendyslexic', 'system']), 'atkinson'),
  /** 'system' follows the operating system's "reduce motion"; the learner can say yes or no instead. */
  motion: z.catch(z.enum(['system', 'reduce', 'full']), 'system'),
  stage: z.catch(z.boolean(), true),
  shortcuts: z.catch(z.boolean(), true),
});

export type StoredSettings = z.infer<typeof storedSettingsSchema>;
/** What the screens read: the stored choices plus whether motion is reduced right now. */
export type Settings = StoredSettings & { readonly reducedMotion: boolean };

const KEY = storageKey('settings');
let stored: StoredSettings | null = null;
const listeners = new Set<(s: Settings) => void>();

function motionQuery(): MediaQueryList | null {
  try {
    return window.matchMedia('(prefers-reduced-motion: reduce)');
  } catch {
    return null;
  }
}

function readStored(): StoredSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(deviceStorage().getItem(KEY) ?? '{}');
  } catch {
    raw = {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) raw = {};
  const data = { ...(raw as Record<string, unknown>) };
  // Earlier builds kept a yes/no "reducedMotion"; keep what the learner chose.
  if (!('motion' in data) && typeof data.reducedMotion === 'boolean')
    data.motion = data.reducedMotion ? 'reduce' : 'full';
  return storedSettingsSchema.parse(data);
}

function withDerived(s: StoredSettings): Settings {
  const reducedMotion = s.motion === 'system' ? (motionQuery()?.matches ?? false) : s.motion === 'reduce';
  return { ...s, reducedMotion };
}

export function settings(): Settings {
  stored ??= readStored();
  return withDerived(stored);
}

export function updateSettings(patch: Partial<StoredSettings>): Settings {
  stored = storedSettingsSchema.parse({ ...(stored ?? readStored()), ...patch });
  // If storage refuses, deviceStorage keeps it in memory for this visit and the storage notice says so.
  deviceStorage().setItem(KEY, JSON.stringify(stored));
  return notify();
}

export function resetSettings(): Settings {
  return updateSettings(storedSettingsSchema.parse({}));
}

function notify(): Settings {
  const now = settings();
  applySettings(now);
  for (const fn of listeners) fn(now);
  return now;
}

export function onSettingsChange(fn: (s: Settings) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let followingSystem = false;

/** Settings live on <html> as data attributes and one custom property; the CSS does the rest. */
export function applySettings(s: Settings = settings()): void {
  const html = document.documentElement;
  html.style.setProperty('--text-scale', String(s.textSize / 100));
  html.dataset.textSize = String(s.textSize);
  html.dataset.lineSpacing = s.lineSpacing;
  html.dataset.theme = s.theme;
  html.dataset.font = s.font;
  html.dataset.reducedMotion = String(s.reducedMotion);
  html.dataset.stage = String(s.stage);
  if (!followingSystem) {
    followingSystem = true;
    // When the system's motion preference changes while the learner follows it, the page follows too.
    motionQuery()?.addEventListener?.('change', () => {
      if (settings().motion === 'system') notify();
    });
  }
}
