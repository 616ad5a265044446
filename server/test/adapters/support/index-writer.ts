/** Child process for the shared-DATA_DIR test: upserts instructions one at a time into the embedded index. */
import { EmbeddedSearchIndex } from '../../../src/adapters/local/embedded-search-index';
import { taskInstructionSchema } from '../../../src/ports/search-index';

const [dir, prefix, count, startAt] = process.argv.slice(2);
if (!dir || !prefix || !count || !startAt) throw new Error('usage: index-writer <dir> <prefix> <count> <startAt epoch ms>');
const index = new EmbeddedSearchIndex(dir);
// Start together with the other writers, so that their read-modify-write cycles overlap.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
for (let i = 0; i < Number(count); i++) {
  await index.upsert([taskInstructionSchema.parse({ id: `${prefix}-${i}`, title: `Instruction ${i} written by ${prefix}` })]);
}
