import type { APIRoute, GetStaticPaths } from 'astro';
import faviconSvg from '../../public/favicon.svg?raw';
import { ICON_SIZES, renderIcon, type IconName } from '../build/icons.ts';

/** /favicon-32.png, /apple-touch-icon.png, /icon-192.png, /icon-512.png. */
export const getStaticPaths = (() => Object.keys(ICON_SIZES).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(renderIcon(faviconSvg, ICON_SIZES[params['icon'] as IconName])), { headers: { 'content-type': 'image/png' } });
