/** Site-wide settings in one place. */
/** The public address, from SITE_URL at build time (see astro.config.mjs), for share cards and feeds. */
export const DEFAULT_SITE_URL = 'https://haiti-mission.example.org';

/** The site's name, description and locale are words, so they live in each language's dictionary (src/i18n). */
export const SITE = {
  /** Every fact on the site is true as of this date: the date of the report it explains. */
  asOf: '2023-09-26',
  /** The report every citation points to. */
  primarySource: 'miami-herald-2023-09-26',
  /**
   * Where readers send corrections: CORRECTIONS_URL at build time (an issue tracker, a form or a
   * mailto: link). Without it the page says how to report an error without inventing an address.
   */
  correctionsUrl: process.env['CORRECTIONS_URL'],
} as const;
