/** Fills a template: fill('Link to {name} copied', { name: 'Belize' }). Unknown placeholders stay visible, so a gap is seen, not hidden. Safe for page scripts: no imports. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
