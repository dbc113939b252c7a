// Where a story's automatic save is kept on the device: one key, read by autosave.ts and by the opening shown
// from the build (which only needs to know whether a save is there, not to read it).
import { storageKey } from './deviceStorage';

export const autosaveKey = (storyId: string): string => storageKey('save', 'auto', storyId);
