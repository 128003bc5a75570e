/**
 * Labels run on inside one sentence ("Police: up to 50 …; funding: …"): each first capital after
 * the first label lowered, unless the word is an abbreviation ("US$", "UN"). The spreadsheet's
 * offers, the map markers' spoken labels, the tables and the share cards all say offers this way.
 * Pure, for the build and the browser alike.
 */
export function runOn(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (first) => first.toLowerCase());
}

/** Labels joined in one sentence: the first as it is, the others run on after the separator. */
export function runOnList(labels: readonly string[], separator: string): string {
  return labels.map((label, i) => (i ? runOn(label) : label)).join(separator);
}
