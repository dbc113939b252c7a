// A compiled story's fingerprint: SHA-256 of its JSON in hex, the same value the build writes (buildStory.ts),
// worked out with Web Crypto so the author preview can sign a story file in the browser. Outside the engine,
// which uses no platform API.
export async function storyHash(json: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
