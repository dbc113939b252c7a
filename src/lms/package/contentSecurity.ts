// The built page's Content-Security-Policy lets it fetch only from its own server. A package that reports to
// a learning record store must also be allowed to reach that one address: its origin, and nothing wider.
export function lrsOrigin(endpoint: string): string | null {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The page's HTML with `origins` added to the policy's connect-src (unchanged when there are none). */
export function allowConnections(html: string, origins: string[]): string {
  const extra = [...new Set(origins)].filter(Boolean);
  if (!extra.length) return html;
  let changed = 0;
  const out = html.replace(
    /(<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content=")([^"]*)(")/i,
    (_m, start: string, attribute: string, end: string) => {
      // The build writes the quotes as &#39;, whose ';' would otherwise look like the end of a directive.
      const policy = attribute
        .replace(/&#39;|&#x27;/gi, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      const next = policy.replace(/connect-src ([^;]*)/, (_c, sources: string) => {
        changed++;
        const have = sources.trim().split(/\s+/);
        return `connect-src ${[...have, ...extra.filter((o) => !have.includes(o))].join(' ')}`;
      });
      return start + next.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;') + end;
    },
  );
  if (!changed) throw new Error('the page has no connect-src in its Content-Security-Policy to extend');
  return out;
}
