/**
 * Astro generates a build's pages one route at a time, in route order, and the share cards'
 * route (/og/...) comes before every [...lang] page. Its cards are drawn on worker threads
 * (src/build/share-image/share-cards.ts), so generating them first left the main thread waiting on
 * the drawing while 3,778 pages stood in line behind it, on the 1,000-article site. This hands
 * Astro the same paths with the cards last: the pages are rendered while the cards are drawn, and
 * the cards' own requests come at the end, when most are done.
 *
 * Nothing else changes: the same prerenderer (Astro's own) finds the paths and renders each.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { SHARE_CARD_PREFIX } from '../../i18n/paths.ts';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** The paths in the order to generate them: every page first, then the share cards, each in Astro's order. */
export function cardsLast<Path extends Pick<PathWithRoute, 'pathname'>>(paths: readonly Path[]): Path[] {
  const isCard = (path: Path) => path.pathname.startsWith(SHARE_CARD_PREFIX);
  return [...paths.filter((path) => !isCard(path)), ...paths.filter(isCard)];
}

export function shareCardsLast(): AstroIntegration {
  return {
    name: 'share-cards-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astros) => ({
          name: 'share-cards-last',
          setup: () => astros.setup?.() ?? Promise.resolve(),
          getStaticPaths: async () => cardsLast(await astros.getStaticPaths()),
          render: (request, options) => astros.render(request, options),
          ...(astros.collectStaticImages ? { collectStaticImages: () => astros.collectStaticImages!() } : {}),
          teardown: () => astros.teardown?.() ?? Promise.resolve(),
        }));
      },
    },
  };
}
