/** The share cards' colours, shared by the card's text layout (card.ts) and its map (map-picture.ts). */
export const COLOURS = {
  background: '#0b2545',
  text: '#ffffff',
  muted: '#c8d6e5',
  accent: '#f5c77e',
  sea: '#13315c',
  land: '#2f4f75',
  highlight: '#f5c77e',
  marker: '#ffffff',
} as const;
