// The author page's first minute: play the template story at once, take a copy to edit, and find the guide.
// The template is the one in stories/, bundled as text, so what plays here is exactly what ships.
import templateInk from '../../../stories/template.ink?raw';
import { el } from '../dom';

export function startHere(openTemplate: (file: File) => void): HTMLElement {
  const play = el('button', { type: 'button', className: 'primary', id: 'try-template' }, 'Play the template story');
  play.addEventListener('click', () => openTemplate(new File([templateInk], 'template.ink', { type: 'text/plain' })));
  const copy = el('button', { type: 'button', id: 'copy-template' }, 'Download the template to edit');
  copy.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([templateInk], { type: 'text/plain' }));
    const a = el('a', { href: url, download: 'my-story.ink' });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return el(
    'section',
    { className: 'start-here' },
    el('h2', { id: 'start-here-heading' }, 'New to writing a story here?'),
    el(
      'p',
      {},
      'Play the template to see a story with its workings, then download it and make it yours in Inky or any text editor. Open your file here again to check it and play it. ',
      el('a', { href: 'AUTHORING.md' }, 'The author’s guide (AUTHORING.md)'),
      ' lists every tag and what it does.',
    ),
    el('div', { className: 'button-row' }, play, copy),
  );
}
