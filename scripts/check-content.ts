/**
 * `npm run check:content`: the content check on its own, for editors. Prints every problem
 * (file → field: message) and exits 1, or says the content is fit to publish. The build runs the
 * same check before it renders anything.
 */
import { checkContent, formatErrors } from '../src/build/content-check/index.ts';

const errors = checkContent(process.cwd());
if (errors.length > 0) {
  console.error(formatErrors(errors));
  process.exit(1);
}
console.log('content/ checked: no problems found');
