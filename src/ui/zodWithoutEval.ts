// The page's Content-Security-Policy forbids eval, and zod's fast path probes `new Function`: imported first by a
// page's entry (before anything that parses), so every zod parse on the page runs without it.
import { z } from '../engine/zod';

z.config({ jitless: true });
