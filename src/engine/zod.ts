// The house's one door to zod: its mini build, whose schemas are plain functions, so a page carries only the
// checks it uses (classic zod's methods bring all of it, about a third of the JS before the first story line).
// Every schema imports `z` from here rather than from 'zod/mini' so that this runs before any parse: mini
// ships no language for its own messages ("Invalid input"), while classic zod set English by itself, and some
// of those messages reach authors and learners (a story file's problems). English keeps them as they were.
import { config, z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export { z };
