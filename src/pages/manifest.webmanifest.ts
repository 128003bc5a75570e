import type { APIRoute } from 'astro';
import { SITE } from '../consts';
import { ICON_SIZES } from '../lib/icons';

/** /manifest.webmanifest: name and icons for "Add to home screen". */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE.name,
      short_name: 'Haiti Mission',
      description: SITE.description,
      lang: SITE.locale,
      start_url: '/',
      display: 'minimal-ui',
      background_color: '#ffffff',
      theme_color: '#0b57a4',
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ...Object.entries(ICON_SIZES)
          .filter(([name]) => name.startsWith('icon-'))
          .map(([name, size]) => ({ src: `/${name}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
      ],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
