// Leaflet's ES module build ships without types of its own: it exports what @types/leaflet describes.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
