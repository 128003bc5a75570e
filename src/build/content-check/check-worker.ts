/**
 * The content check on a worker thread (started by check-in-worker.ts): the same checkContent,
 * with the Markdown safety check's kept answers, run off the main thread so that the build's
 * Markdown rendering workers can start on the articles meanwhile. Plain Node (24, which strips the
 * TypeScript): every module the check uses imports with its file extension, as scripts/check-content.ts needs too.
 *
 * workerData: CheckWorkerData. Posts one message, the list of problems (ContentError[]).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './index.ts';
import { keepMarkdownAnswersIn, saveMarkdownAnswers } from './markdown-safety.ts';

export interface CheckWorkerData {
  root: string;
  /** Where the Markdown safety check keeps its answers, and the version of the code that gave them. */
  answers: { file: string; version: string };
}

const { root, answers } = workerData as CheckWorkerData;
keepMarkdownAnswersIn(answers.file, answers.version);
const errors = checkContent(root);
saveMarkdownAnswers();
parentPort!.postMessage(errors);
