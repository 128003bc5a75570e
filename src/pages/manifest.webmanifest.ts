import type { APIRoute } from 'astro';
import { en } from '../i18n/dictionaries/en.ts';
import { LANGUAGE_INFO } from '../i18n/languages.ts';
import { ICON_SIZES } from '../build/icons.ts';

/** /manifest.webmanifest: name and icons for "Add to home screen" (one manifest, in the default language). */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: en.site.name,
      short_name: 'Haiti Mission',
      description: en.site.description,
      lang: LANGUAGE_INFO.en.tag,
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
