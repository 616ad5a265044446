/**
 * Child process for the kill -9 test: rewrites the same documents in a loop until it is killed.
 * Arguments: folder, first version number, number of documents, bytes a document.
 */
import { FolderBlobStore } from '../../../src/adapters/local/folder-blob-store';
import { versionedContent } from './versioned-content';

const [dir, firstVersion, docs, size] = process.argv.slice(2);
if (!dir || !firstVersion || !docs || !size) throw new Error('usage: crash-writer <dir> <firstVersion> <docs> <size>');
const store = new FolderBlobStore(dir);

for (let version = Number(firstVersion); version < Number(firstVersion) + 10_000; version++) {
  for (let k = 0; k < Number(docs); k++) {
    await store.put(`doc-${k}`, versionedContent(version, k, Number(size)));
    process.stdout.write(`wrote ${version} ${k}\n`);
  }
}
