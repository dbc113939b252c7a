// The learner's settings, remembered on the device. Motion and colours follow the system until the learner says
// otherwise. One bad stored value costs only that value: every field falls back to its default on its own.
import { deviceStorage, storageKey } from './deviceStorage';

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;

// Read by the page's first script, before the first story line (issue 20): plain checks, not zod, so the first
// line does not wait for a schema library to load. Each field is its own default and test.
const oneOf =
  <T extends string>(...allowed: T[]) =>
  (v: unknown): v is T =>
    allowed.includes(v as T);
const yesNo = (v: unknown): v is boolean => typeof v === 'boolean';
const storedSettingsFields = {
  textSize: { fallback: 100, ok: (v: unknown): v is number => typeof v === 'number' && v >= 100 && v <= 200 },
  lineSpacing: { fallback: 'normal', ok: oneOf('normal', 'wide', 'wider') },
  theme: { fallback: 'system', ok: oneOf('system', 'light', 'dark', 'contrast') },
  font: { fallback: 'atkinson', ok: oneOf('atkinson', 'opendyslexic', 'system') },
  /** 'system' follows the operating system's "reduce motion"; the learner can say yes or no instead. */
  motion: { fallback: 'system', ok: oneOf('system', 'reduce', 'full') },
  stage: { fallback: true, ok: yesNo },
  shortcuts: { fallback: true, ok: yesNo },
} as const;

type Fields = typeof storedSettingsFields;
export type StoredSettings = {
  -readonly [K in keyof Fields]: Fields[K]['ok'] extends (v: unknown) => v is infer T ? T : never;
};

/** Every known field, each kept when valid and otherwise its default; unknown fields are dropped. */
function storedSettingsFrom(data: Record<string, unknown>): StoredSettings {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(storedSettingsFields)) {
    out[key] = field.ok(data[key]) ? data[key] : field.fallback;
  }
  return out as StoredSettings;
}

/** What the screens read: the stored choices plus whether motion is reduced right now. */
export type Settings = StoredSettings & { readonly reducedMotion: boolean };

const KEY = storageKey('settings');
let stored: StoredSettings | null = null;
const listeners = new Set<(s: Settings) => void>();

/** Asked once: a MediaQueryList stays live, and asking anew each time costs the frame that paints a choice's words. */
let motion: MediaQueryList | null | undefined;
function motionQuery(): MediaQueryList | null {
  if (motion !== undefined) return motion;
  try {
    return (motion = window.matchMedia('(prefers-reduced-motion: reduce)'));
  } catch {
    return (motion = null);
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
  return storedSettingsFrom(data);
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
  stored = storedSettingsFrom({ ...(stored ?? readStored()), ...patch });
  // If storage refuses, deviceStorage keeps it in memory for this visit and the storage notice says so.
  deviceStorage().setItem(KEY, JSON.stringify(stored));
  return notify();
}

export function resetSettings(): Settings {
  return updateSettings(storedSettingsFrom({}));
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
