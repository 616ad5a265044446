import { BlobServiceClient, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { TokenCredential } from '@mcp-aks/core';
import { invalidInput } from '@mcp-aks/core';
import type { BlobStore, DocumentInfo, StoredDocument } from '../../ports';
import { azureError, statusOf } from './errors';

const DEFAULT_LIST_LIMIT = 1000;
const MAX_PAGE_SIZE = 5000;

/** A container reached with the workload's Entra identity: `${accountUrl}` plus the container name. */
export function containerClientFromCredential(
  accountUrl: string,
  containerName: string,
  credential: TokenCredential,
  options: StoragePipelineOptions = {},
): ContainerClient {
  return new BlobServiceClient(accountUrl, credential, options).getContainerClient(containerName);
}

/** A container reached through a connection string (Azurite in tests, shared keys elsewhere). */
export function containerClientFromConnectionString(
  connectionString: string,
  containerName: string,
  options: StoragePipelineOptions = {},
): ContainerClient {
  return BlobServiceClient.fromConnectionString(connectionString, options).getContainerClient(containerName);
}

/**
 * Document names map 1:1 to blob names. A single Put Blob replaces the whole blob at once, so readers
 * see the old or the new content, never a mix.
 */
export class AzureBlobStore implements BlobStore {
  private containerChecked = false;

  constructor(private readonly container: ContainerClient) {}

  /** Creates the container when it is missing (Bicep creates it in Azure; Azurite starts empty). */
  async ensureContainer(): Promise<void> {
    try {
      await this.container.createIfNotExists();
      this.containerChecked = true;
    } catch (error) {
      throw azureError('Blob Storage', `create container "${this.container.containerName}"`, error);
    }
  }

  async put(name: string, content: string): Promise<DocumentInfo> {
    checkBlobName(name);
    const bytes = Buffer.from(content, 'utf8');
    const upload = () =>
      this.container.getBlockBlobClient(name).upload(bytes, bytes.byteLength, {
        blobHTTPHeaders: { blobContentType: contentTypeFor(name) },
      });
    try {
      let response;
      try {
        response = await upload();
      } catch (error) {
        if (this.containerChecked || !isContainerMissing(error)) throw error;
        await this.ensureContainer();
        response = await upload();
      }
      return {
        name,
        size: bytes.byteLength,
        updatedAt: (response.lastModified ?? new Date()).toISOString(),
        etag: normalizeEtag(response.etag),
      };
    } catch (error) {
      throw azureError('Blob Storage', `write "${name}"`, error);
    }
  }

  async get(name: string): Promise<StoredDocument | undefined> {
    checkBlobName(name);
    try {
      const response = await this.container.getBlobClient(name).download(0);
      const bytes = await readAll(response.readableStreamBody);
      return {
        name,
        content: bytes.toString('utf8'),
        size: bytes.byteLength,
        updatedAt: (response.lastModified ?? new Date()).toISOString(),
        etag: normalizeEtag(response.etag),
      };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw azureError('Blob Storage', `read "${name}"`, error);
    }
  }

  async list(options: { prefix?: string; limit?: number } = {}): Promise<DocumentInfo[]> {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    const result: DocumentInfo[] = [];
    if (limit <= 0) return result;
    try {
      const pages = this.container
        .listBlobsFlat(options.prefix ? { prefix: options.prefix } : {})
        .byPage({ maxPageSize: Math.min(limit, MAX_PAGE_SIZE) });
      for await (const page of pages) {
        for (const blob of page.segment.blobItems) {
          result.push({
            name: blob.name,
            size: blob.properties.contentLength ?? 0,
            updatedAt: blob.properties.lastModified.toISOString(),
            etag: normalizeEtag(blob.properties.etag),
          });
          if (result.length >= limit) return result;
        }
      }
      return result;
    } catch (error) {
      if (statusOf(error) === 404) return result;
      throw azureError('Blob Storage', 'list documents', error);
    }
  }

  async delete(name: string): Promise<boolean> {
    checkBlobName(name);
    try {
      const response = await this.container.getBlobClient(name).deleteIfExists({ deleteSnapshots: 'include' });
      return response.succeeded;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw azureError('Blob Storage', `delete "${name}"`, error);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.container.getProperties();
    } catch (error) {
      throw azureError('Blob Storage', `reach container "${this.container.containerName}"`, error);
    }
  }
}

/** Ontologies are JSON; snippets are text of any kind. The type only helps people browsing the container. */
export const contentTypeFor = (name: string): string =>
  name.toLowerCase().endsWith('.json') ? 'application/json; charset=utf-8' : name.toLowerCase().endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8';

/** Headers carry the etag quoted, listings bare: one form (quoted, as in HTTP) for callers. */
export const normalizeEtag = (etag: string | undefined): string => (!etag ? '' : etag.startsWith('"') ? etag : `"${etag}"`);

function checkBlobName(name: string): void {
  if (name.length === 0 || name.length > 1024) throw invalidInput('Invalid document name: expected 1 to 1024 characters');
}

function isContainerMissing(error: unknown): boolean {
  return statusOf(error) === 404 && typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ContainerNotFound';
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<Buffer> {
  if (!stream) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
