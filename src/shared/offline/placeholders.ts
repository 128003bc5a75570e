/**
 * Written into pages while they render and replaced after the build (src/build/integrations/offline.ts),
 * when the figures exist: the size of a language's files, and the build id.
 */
export const OFFLINE_KB_PLACEHOLDER = 'OFFLINE-KB-PLACEHOLDER';
export const BUILD_ID_PLACEHOLDER = 'OFFLINE-BUILD-PLACEHOLDER';
