// The browser tab's title, the same whether a story was opened by the game or shown from the build's opening.
export const THEATRE_TITLE = 'The Allyship Theatre';

export const storyPageTitle = (storyTitle: string): string => `${storyTitle} — ${THEATRE_TITLE}`;
