// Whether the page shows the stage box, said once on <html> (`data-stage-shown`) for the stylesheet: the layout
// changes with it (a column beside the text on a wide screen, a strip above it on a narrow one, focus kept clear of
// that strip). The stylesheet used to ask with `:has(.stage-box:not([hidden]))` on <html>, <main> and the play
// section; Chromium checks an ancestor's `:has()` again for every element put into the page, that is for every
// line of a passage, in the frame that paints a choice's words (issue 20: that frame's style work 0.75 → 0.59 ms).

/** The play screen (and the opening drawn before it) says whether its stage box is shown. */
export function markStageShown(shown: boolean): void {
  document.documentElement.toggleAttribute('data-stage-shown', shown);
}
