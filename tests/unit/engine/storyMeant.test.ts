import { describe, expect, it } from 'vitest';
import { idAsTitle, storyMeant } from '../../../src/engine/storyMeant';

const IDS = ['sitting-in-reception', 'next-of-kin', 'say-see-expect', 'standing-alongside', 'the-script'];

describe('the story a link that names no story most likely meant', () => {
  it('forgives a letter or two wrong, swapped or missing', () => {
    expect(storyMeant('sitting-in-receptoin', IDS)).toBe('sitting-in-reception');
    expect(storyMeant('siting-in-recepion', IDS)).toBe('sitting-in-reception');
    expect(storyMeant('next-of-kim', IDS)).toBe('next-of-kin');
  });

  it('reads a title typed into the link as the story’s id', () => {
    expect(storyMeant('Sitting in Reception', IDS)).toBe('sitting-in-reception');
    expect(storyMeant('Standing_Alongside', IDS)).toBe('standing-alongside');
  });

  it('finds the story whose id a cut-off link begins, only when no other story begins the same', () => {
    expect(storyMeant('sitting-in-rec', IDS)).toBe('sitting-in-reception');
    expect(storyMeant('standing-a', IDS)).toBe('standing-alongside');
    expect(storyMeant('s', IDS)).toBeNull();
    expect(storyMeant('sta', ['standing-alongside', 'stairs'])).toBeNull();
  });

  it('offers nothing for a name near no story', () => {
    expect(storyMeant('not-a-story', IDS)).toBeNull();
    expect(storyMeant('managing-rotas', IDS)).toBeNull();
    expect(storyMeant('', IDS)).toBeNull();
  });
});

describe('a story’s id read as words, for a story gone from this theatre whose title nothing kept', () => {
  it('turns the address’s hyphens into spaces and starts with a capital', () => {
    expect(idAsTitle('sitting-in-reception')).toBe('Sitting in reception');
    expect(idAsTitle('next_of__kin')).toBe('Next of kin');
    expect(idAsTitle('-the-script-')).toBe('The script');
    expect(idAsTitle('')).toBe('');
  });
});
