/** A problem in one content file, precise enough for an editor to fix without reading code. */
export interface ContentError {
  /** Path from the project root, with the record index for list files. */
  file: string;
  /** Dotted path to the field, e.g. "offers[0].quantity.value". */
  field: string;
  message: string;
  /** The line in the file, where the file has lines and the field can be found in it. */
  line?: number;
  /** The column, for a single character at fault. */
  column?: number;
}

/** Dotted field path from a schema issue path: ["offers", 0, "quantity"] → "offers[0].quantity". */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(record)';
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** One line an editor reads: "content/countries/belize.json → offers[0].quantity.value: must be a whole number". */
export function formatError(error: ContentError): string {
  // Body messages carry their line in the field already ("body (line 20)").
  const column = error.column !== undefined ? `, column ${error.column}` : '';
  const line = error.line !== undefined && !/\(line \d+\)/.test(error.field) ? ` (line ${error.line}${column})` : error.column !== undefined ? ` (column ${error.column})` : '';
  return `${error.file} → ${error.field}: ${error.message}${line}`;
}

export function formatErrors(errors: readonly ContentError[]): string {
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return [`Content check failed: ${errors.length} ${noun} in content/.`, ...errors.map((e) => `  • ${formatError(e)}`)].join('\n');
}
