/** Site-wide settings in one place. */
/** The public address, from SITE_URL at build time (see astro.config.mjs), for share cards and feeds. */
export const DEFAULT_SITE_URL = 'https://haiti-mission.example.org';

export const SITE = {
  name: 'Haiti Mission Explained',
  tagline: 'Who is offering what to the Kenya-led security mission in Haiti',
  description:
    'A sourced explainer of the countries offering to join a Kenya-led security mission against the gangs in Haiti, as reported by the Miami Herald on 26 September 2023.',
  locale: 'en',
  /** Open Graph wants a region too. */
  ogLocale: 'en_GB',
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
