/** Where the map's basemap is served (src/pages/data/basemap.json.ts): one file for every language. */
export const BASEMAP_URL = '/data/basemap.json';
