// When a story breaks, the learner sees what happened in plain words, what to tell the author, and a way on:
// never a blank page.
import type { StoryRunError } from '../engine/storyRunner';
import { el, focusOrSay } from './dom';

export interface ErrorPanelOptions {
  storyTitle: string;
  storyId: string;
  error: StoryRunError;
  canGoBack: boolean;
  onBack(): void;
  onRestart(): void;
  onFoyer(): void;
}

const WHAT_HAPPENED: Record<StoryRunError['kind'], string> = {
  'step-budget': 'The story got stuck going round in circles, so the game stopped it.',
  'time-budget': 'The story got stuck going round in circles, so the game stopped it.',
  'output-cap': 'The story got stuck going round in circles, so the game stopped it.',
  'text-cap': 'The story made a piece of text far too long to show, so the game stopped it.',
  'line-cap': 'The story kept going without ever offering a choice, so the game stopped it.',
  'missing-external': 'The story asks the game for something it does not provide.',
  'out-of-content': 'The story ran out of words before reaching an ending.',
  runtime: 'The story hit a problem it could not get past.',
};

export function showErrorPanel(container: HTMLElement, o: ErrorPanelOptions): HTMLElement {
  const heading = el('h2', { tabindex: '-1' }, 'Something went wrong in this story');
  const details = `Story: ${o.storyTitle} (${o.storyId}.ink)\nProblem: ${o.error.message}${o.error.where ? `\nWhere: ${o.error.where}` : ''}`;
  const panel = el(
    'div',
    { className: 'error-panel' },
    heading,
    el('p', {}, WHAT_HAPPENED[o.error.kind]),
    el(
      'p',
      {},
      'Nothing you have chosen or written is lost. You can go back to your last decision, start again, or return to the foyer.',
    ),
    el('h3', {}, 'What to tell the author'),
    el('pre', { className: 'error-details' }, details),
  );
  const row = el('div', { className: 'button-row' });
  if (o.canGoBack) {
    const back = el('button', { type: 'button', className: 'primary' }, 'Go back to my last decision');
    back.addEventListener('click', o.onBack);
    row.append(back);
  }
  const restart = el('button', { type: 'button' }, 'Start the story again');
  restart.addEventListener('click', o.onRestart);
  const foyer = el('button', { type: 'button' }, 'Back to the foyer');
  foyer.addEventListener('click', o.onFoyer);
  row.append(restart, foyer);
  panel.append(row);
  container.append(panel);
  // Focus on the heading says it once; the panel is not also an alert (read whole, details and all) or a status.
  focusOrSay(heading, 'Something went wrong in this story.');
  return panel;
}
