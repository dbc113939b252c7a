// A test file's own workshop room: the real room server on 127.0.0.1 (any free port) and one Chromium, started before
// its tests and closed after, with a page per person (each in a browser context of its own, as on their own device).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { startRoom, type RunningRoom } from '../../../src/roomServer/startRoom';
import { launchBrowser } from './browser';

export interface RoomForTests {
  /** The running room (only inside a test). */
  room(): RunningRoom;
  /** A test stopped the room itself (the server going down is what it tests): nothing left to close. */
  stopped(): void;
  /** A person's page on a device of their own: a laptop by default, or a phone's viewport. */
  page(viewport?: { width: number; height: number }, opts?: { downloads?: boolean }): Promise<Page>;
}

export function roomForTests(): RoomForTests {
  let browser: Browser | undefined;
  let room: RunningRoom | null = null;
  beforeAll(async () => {
    room = await startRoom({ port: 0, host: '127.0.0.1', distDir: inject('distDir') });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await room?.close();
  });
  return {
    room: () => room!,
    stopped: () => {
      room = null;
    },
    page: async (viewport = { width: 1280, height: 800 }, opts = {}) => {
      const context = await browser!.newContext({ viewport, acceptDownloads: opts.downloads ?? false });
      return context.newPage();
    },
  };
}

/** The presenter's page for a story, opened with the room key, once its first vote control is there. */
export async function openPresenter(presenter: Page, room: RunningRoom, story: string): Promise<void> {
  await presenter.goto(room.presenterAddress.replace('/workshop.html#', `/workshop.html?story=${story}#`));
  await presenter.locator('#vote-1').waitFor();
}

/** The room's screen, paired with the presenter: opened at the address the presenter made for its session. */
export async function openProjector(presenter: Page, viewport?: { width: number; height: number }): Promise<Page> {
  const projector = await presenter.context().newPage();
  if (viewport) await projector.setViewportSize(viewport);
  await projector.goto((await presenter.locator('[data-key="projector-link"]').getAttribute('href'))!);
  return projector;
}
