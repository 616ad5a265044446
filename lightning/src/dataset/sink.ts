import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { ContainerClient } from '@azure/storage-blob';

/**
 * Where dataset files and manifests live: a folder under DATA_DIR locally, a Blob container
 * (`lightning-datasets`) in Azure, so that `train` can run in any process or runner.
 */
export interface DatasetSink {
  readonly kind: 'local' | 'blob';
  /** A local folder to build in (on the same file system as the published files when local). */
  workRoot(agentId: string): string;
  /** Publishes the files of a finished dataset from a local work folder; returns each file's location. */
  publish(agentId: string, datasetId: string, workDir: string, names: string[]): Promise<Record<string, string>>;
  /** Opens a published file for reading (train uploads it). */
  open(location: string): Promise<Readable>;
  readText(location: string): Promise<string>;
  /** Deletes a published dataset's files (forget); absent files are not an error. */
  remove(agentId: string, datasetId: string): Promise<void>;
}

export class LocalDatasetSink implements DatasetSink {
  readonly kind = 'local' as const;
  constructor(readonly root: string) {}

  workRoot(agentId: string): string {
    return join(this.root, agentId);
  }

  async publish(agentId: string, datasetId: string, workDir: string, names: string[]): Promise<Record<string, string>> {
    const target = join(this.root, agentId, datasetId);
    await mkdir(join(this.root, agentId), { recursive: true });
    // One rename publishes the whole folder: readers see all files or none.
    await rename(workDir, target);
    return Object.fromEntries(names.map((name) => [name, join(target, name)]));
  }

  async open(location: string): Promise<Readable> {
    await stat(location);
    return createReadStream(location);
  }

  readText(location: string): Promise<string> {
    return readFile(location, 'utf8');
  }

  async remove(agentId: string, datasetId: string): Promise<void> {
    await rm(join(this.root, agentId, datasetId), { recursive: true, force: true });
  }
}

export class BlobDatasetSink implements DatasetSink {
  readonly kind = 'blob' as const;
  constructor(
    private readonly container: ContainerClient,
    private readonly tempRoot = tmpdir(),
  ) {}

  workRoot(): string {
    // Pods have a read-only root file system: this must be a writable volume (an emptyDir on /tmp).
    return this.tempRoot;
  }

  async publish(agentId: string, datasetId: string, workDir: string, names: string[]): Promise<Record<string, string>> {
    await this.container.createIfNotExists();
    const locations: Record<string, string> = {};
    // The manifest goes last, so a dataset whose manifest exists is complete.
    const ordered = [...names.filter((n) => n !== 'manifest.json'), ...names.filter((n) => n === 'manifest.json')];
    for (const name of ordered) {
      const blob = this.container.getBlockBlobClient(`${agentId}/${datasetId}/${name}`);
      await blob.uploadFile(join(workDir, name), {
        blobHTTPHeaders: { blobContentType: name.endsWith('.json') ? 'application/json' : 'application/jsonl' },
      });
      locations[name] = blob.url;
    }
    await rm(workDir, { recursive: true, force: true });
    return locations;
  }

  private blobFor(location: string) {
    const prefix = `${this.container.url.replace(/\/$/, '')}/`;
    if (!location.startsWith(prefix)) throw new Error(`${location} is not in container ${this.container.containerName}`);
    return this.container.getBlockBlobClient(decodeURIComponent(location.slice(prefix.length)));
  }

  async open(location: string): Promise<Readable> {
    const response = await this.blobFor(location).download();
    if (!response.readableStreamBody) throw new Error(`no content for ${location}`);
    return response.readableStreamBody as Readable;
  }

  async readText(location: string): Promise<string> {
    return (await this.blobFor(location).downloadToBuffer()).toString('utf8');
  }

  async remove(agentId: string, datasetId: string): Promise<void> {
    for await (const blob of this.container.listBlobsFlat({ prefix: `${agentId}/${datasetId}/` })) await this.container.deleteBlob(blob.name, { deleteSnapshots: 'include' }).catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 404) throw error;
    });
  }
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
