// Where a shipped story's compiled JSON is fetched from, and a fetch that can start early: the opening shown from
// the build asks for the story at once, so the engine need not wait for the game's code before it asks.
const early = new Map<string, Promise<Response>>();

// Relative URL: the game runs from a subfolder or an unpacked LMS zip as well as from a site's root.
const fetchStory = (id: string): Promise<Response> => fetch(`stories/${id}.json`, { cache: 'no-cache' });

/** Start fetching a story now; the game takes the answer when it opens the story. */
export function prefetchStory(id: string): void {
  if (early.has(id)) return;
  const response = fetchStory(id);
  // A failure is the game's to report when it takes the answer, not an unhandled rejection now.
  response.catch(() => {});
  early.set(id, response);
}

/** The story's response: the early one if there is one (once), else a fetch now. */
export function storyResponse(id: string): Promise<Response> {
  const response = early.get(id);
  early.delete(id);
  return response ?? fetchStory(id);
}
