/**
 * A label continued inside a sentence ("Police: up to 50 …; funding: …"): its first capital
 * lowered, unless the word is an abbreviation ("US$", "UN"). The spreadsheet's offers and the map
 * markers' spoken labels both run labels on. Pure, for the build and the browser alike.
 */
export function runOn(text: string): string {
  return text.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (first) => first.toLowerCase());
}
