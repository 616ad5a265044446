/**
 * The low-level store both backends implement: six collections of JSON records, each record with an
 * `id` and the `agentId` it belongs to. Field names in filters come from Lightning's code, never
 * from a caller; values are always passed as parameters.
 */
export const collections = ['episodes', 'rewards', 'datasets', 'training_runs', 'deployments', 'evaluations'] as const;
export type CollectionName = (typeof collections)[number];

export interface StoredRecord {
  id: string;
  agentId: string;
  [field: string]: unknown;
}

export type Where = Record<string, string | boolean>;

export interface ScanOptions {
  /** Called with each record id before the record is decoded; false skips it cheaply. */
  accept?: (id: string) => boolean;
  where?: Where;
  /**
   * Yields every stored version of mutable records in write order (the newest last) instead of
   * resolving versions first: memory stays flat, and the caller keeps the last version it sees.
   */
  allVersions?: boolean;
}

export interface DeleteOptions {
  where?: Where;
  match?: (record: StoredRecord) => boolean;
}

export interface LatestOptions {
  limit: number;
  /** An ISO-date field; results are newest first. */
  orderBy: string;
  where?: Where;
}

export interface RecordStore {
  readonly kind: 'embedded' | 'cosmos';
  /** Inserts or replaces by id: writing the same record twice leaves one. */
  upsert(collection: CollectionName, records: StoredRecord[]): Promise<void>;
  get(collection: CollectionName, agentId: string, id: string): Promise<StoredRecord | undefined>;
  /** Every record of the agent, in storage order, one at a time (memory stays flat). */
  scan(collection: CollectionName, agentId: string, options?: ScanOptions): AsyncIterable<StoredRecord>;
  /** The same records in batches (one await a batch: the fast path for long scans). */
  scanBatches(collection: CollectionName, agentId: string, options?: ScanOptions): AsyncIterable<StoredRecord[]>;
  latest(collection: CollectionName, agentId: string, options: LatestOptions): Promise<StoredRecord[]>;
  count(collection: CollectionName, agentId: string): Promise<number>;
  /**
   * Deletes the agent's records that match `where` (and `match`, when given; every stored version of
   * a record is tested): retention and `forget`. Returns how many records (distinct ids) were removed.
   */
  deleteWhere(collection: CollectionName, agentId: string, options: DeleteOptions): Promise<number>;
  /** A cheap upper-leaning guess of how many records a collection holds (to size tables up front), or undefined. */
  estimateCount?(collection: CollectionName): Promise<number | undefined>;
  /** Resolves when the backend answers; rejects when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Ids are restricted so that they can be read from a stored line without decoding it. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

export function matchesWhere(record: StoredRecord, where: Where | undefined): boolean {
  if (!where) return true;
  for (const [field, value] of Object.entries(where)) if (record[field] !== value) return false;
  return true;
}

/**
 * Keeps the newest `limit` records by `orderBy`, the newest version of each id winning. Exact for
 * records whose newer versions carry a later order value (every Lightning record does).
 */
export class NewestRecords {
  private readonly byId = new Map<string, StoredRecord>();
  private cachedMin: StoredRecord | undefined;
  constructor(
    private readonly limit: number,
    private readonly orderBy: string,
  ) {}

  private key(record: StoredRecord): string {
    const v = record[this.orderBy];
    return typeof v === 'string' ? v : '';
  }

  offer(record: StoredRecord): void {
    const key = this.key(record);
    const existing = this.byId.get(record.id);
    if (existing) {
      if (key >= this.key(existing)) {
        this.byId.set(record.id, record);
        this.cachedMin = undefined;
      }
      return;
    }
    if (this.byId.size < this.limit) {
      this.byId.set(record.id, record);
      this.cachedMin = undefined;
      return;
    }
    const min = this.minimum();
    if (min === undefined || key <= this.key(min)) return;
    this.byId.delete(min.id);
    this.byId.set(record.id, record);
    this.cachedMin = undefined;
  }

  private minimum(): StoredRecord | undefined {
    if (this.cachedMin) return this.cachedMin;
    let min: StoredRecord | undefined;
    for (const r of this.byId.values()) if (!min || this.key(r) < this.key(min)) min = r;
    this.cachedMin = min;
    return min;
  }

  result(): StoredRecord[] {
    return [...this.byId.values()].sort((a, b) => (this.key(a) < this.key(b) ? 1 : this.key(a) > this.key(b) ? -1 : 0));
  }
}
