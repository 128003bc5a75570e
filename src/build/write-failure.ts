/**
 * A build that cannot write (a full disk, a read-only cache or file system, no permission, a file
 * where a folder should be) fails wherever it happens to be writing: Astro writing a page into
 * dist/, the content loader keeping a rendered body in .cache/, a share card going into its cache,
 * an integration rewriting a page. The check before the build (writable.ts) catches what is
 * already unwritable; this catches what becomes so during the build (the disk fills), and ends the
 * build with one plain message (the path, what happened, what to do) instead of Astro's or Node's
 * stack trace.
 *
 * Astro catches every error of a build itself and prints it with its stack, so the error object
 * never reaches us: what does is the text on stderr, where Node words every failed file operation
 * the same way ("ENOSPC: no space left on device, write '/path'"). Our own writes add the path
 * where Node leaves it out (a write that fills the disk names no file: withWritePath).
 */
import { writeProblem } from './writable.ts';

const CODES = ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EEXIST'] as const;
export type WriteFailureCode = (typeof CODES)[number];
export interface WriteFailure {
  code: WriteFailureCode;
  /** The file or folder, when Node or our own code named it. */
  path?: string;
}

// Node's wording of a failed file operation: "<CODE>: <description>, <syscall> '<path>'" (the path
// is missing for a write on an open file, and followed by " -> '<dest>'" for a rename or a link).
const NODE_MESSAGE = new RegExp(`\\b(${CODES.join('|')}): [^,\\n]*, [a-z]+(?: '([^'\\n]*)')?`);

/** The first failed file operation worded in `text`, if any. */
export function writeFailureIn(text: string): WriteFailure | undefined {
  const match = NODE_MESSAGE.exec(text);
  if (!match) return undefined;
  return { code: match[1] as WriteFailureCode, ...(match[2] ? { path: match[2] } : {}) };
}

/** The write failure behind `error` (itself, or what it was caused by), if it is one. */
export function writeFailureOf(error: unknown): WriteFailure | undefined {
  for (let current = error, depth = 0; current && depth < 10; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, path } = current as NodeJS.ErrnoException;
    if (typeof code === 'string' && (CODES as readonly string[]).includes(code)) return { code: code as WriteFailureCode, ...(path ? { path } : {}) };
    if (current instanceof Error) {
      const worded = writeFailureIn(current.message);
      if (worded) return worded;
    }
  }
  return undefined;
}

/**
 * Gives a write failure the path Node left out, in Node's own wording (so the message printed
 * for it names the file), and throws it on.
 */
export function namePathOf(error: unknown, path: string): never {
  const failure = error as NodeJS.ErrnoException;
  if (failure instanceof Error && typeof failure.code === 'string' && !failure.path) {
    failure.path = path;
    failure.message = `${failure.message} '${path}'`;
  }
  throw error;
}

/** Runs a write, naming `path` in its error if it fails. */
export function withWritePath<T>(path: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    return namePathOf(error, path);
  }
}

/** The plain message for a write failure; `fallback` stands for the path when nothing named it. */
export function writeFailureMessage(failure: WriteFailure, fallback: string): string {
  return writeProblem(failure.path ?? fallback, { code: failure.code });
}

/**
 * From now on in this process, a write failure printed on stderr (Astro's report of the error
 * that ended the build) or thrown with nothing to catch it is replaced by one plain message, and
 * the process exits with 1 at once, before any stack trace is printed. `fallback`: the place
 * named when the failure names none (the build's output folder).
 */
export function endBuildOnWriteFailure(fallback: string): void {
  const stderr = process.stderr;
  const write = stderr.write.bind(stderr) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  // Astro announces an error thrown in a hook on a line of its own, then prints the error: that
  // line is held back until the next one shows whether it is a write failure (then it goes).
  let held: string | undefined;
  const stop = (failure: WriteFailure): never => {
    held = undefined;
    write(`\n${writeFailureMessage(failure, fallback)}\n\n`);
    process.exit(1);
  };
  stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const failure = writeFailureIn(text);
    if (failure) return stop(failure);
    if (held !== undefined) write(held);
    held = undefined;
    if (/An unhandled error occurred while running the "[^"]+" hook\s*$/.test(text) && !text.includes('\n ')) {
      held = text;
      return true;
    }
    return write(chunk, ...rest);
  }) as typeof stderr.write;
  process.once('exit', () => {
    if (held !== undefined) write(held);
  });
  process.on('uncaughtExceptionMonitor', (error) => {
    const failure = writeFailureOf(error);
    if (failure) stop(failure);
  });
}
