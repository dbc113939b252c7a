// Moving between screens from outside the game's router (the site bar's saved places, an opened file): change
// the address and let the router answer it exactly as it answers the browser's Back button.
export function navigate(search: string): void {
  history.pushState(null, '', search || location.pathname);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
