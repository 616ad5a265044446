/**
 * A flat store of named text documents: snippets and ontologies. Azure Blob Storage in Azure, a
 * local folder in the embedded default. Names are validated by the caller (see tools/names.ts).
 */
export interface StoredDocument {
  name: string;
  content: string;
  /** Bytes of UTF-8 content. */
  size: number;
  updatedAt: string;
  /** Changes whenever the content changes. */
  etag: string;
}

export type DocumentInfo = Omit<StoredDocument, 'content'>;

export interface BlobStore {
  /** Creates or replaces the document atomically: readers see the old or the new content, never a mix. */
  put(name: string, content: string): Promise<DocumentInfo>;
  get(name: string): Promise<StoredDocument | undefined>;
  /** Documents whose names start with the prefix, sorted by name, at most `limit`. */
  list(options?: { prefix?: string; limit?: number }): Promise<DocumentInfo[]>;
  /** True when a document was deleted, false when there was none. */
  delete(name: string): Promise<boolean>;
  /** Resolves when the backend answers; rejects with a reason when it does not. */
  ping(): Promise<void>;
}
