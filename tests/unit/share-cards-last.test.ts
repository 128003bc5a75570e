import { describe, expect, it } from 'vitest';
import { cardsLast } from '../../src/build/integrations/share-cards-last.ts';

describe('the order pages are generated in', () => {
  it('puts every share card after every page, keeping Astro’s order within each', () => {
    const paths = ['/og/home.png', '/og/fr/map.png', '/', '/fr/articles/', '/og/articles/a.png', '/map/', '/data/countries.json'].map((pathname) => ({ pathname }));
    expect(cardsLast(paths).map((path) => path.pathname)).toEqual(['/', '/fr/articles/', '/map/', '/data/countries.json', '/og/home.png', '/og/fr/map.png', '/og/articles/a.png']);
  });
});
