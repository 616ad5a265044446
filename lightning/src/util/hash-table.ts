/**
 * An open-addressing hash table keyed by a 64-bit hash of a string, with `width` float values per
 * key, in typed arrays: about 32 bytes per key instead of the hundreds a Map of strings costs, so
 * that a million episodes can be joined and deduplicated in a few tens of megabytes.
 * Two strings share a key only if both 32-bit halves collide (about 1 in 10^19 per pair).
 */
export function hash64(value: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  h1 >>>= 0;
  h2 >>>= 0;
  if (h1 === 0 && h2 === 0) h2 = 1;
  return [h1, h2];
}

type Values = Float64Array | Float32Array | Int32Array | Int16Array;
type ValuesConstructor = new (length: number) => Values;

/**
 * `values` picks the value array: Float64Array (default; exact for 32-bit hash halves), or a
 * smaller one when the values allow it (Int16Array holds rewards in fixed point, Int32Array slots).
 */
export class HashTable64 {
  private keys: Uint32Array;
  values: Values;
  private capacity: number;
  size = 0;

  constructor(
    readonly width: number,
    initialCapacity = 1024,
    private readonly fill = Number.NaN,
    private readonly valuesType: ValuesConstructor = Float64Array,
  ) {
    // Room for initialCapacity keys at the 3/4 load factor (any size: slots are found by scaling, not masking).
    this.capacity = Math.max(16, Math.ceil((initialCapacity * 4) / 3) + 1);
    this.keys = new Uint32Array(this.capacity * 2);
    this.values = new valuesType(this.capacity * width).fill(fill);
  }

  /** The slot of the key, or -1 when absent. */
  find(key: string): number {
    const [h1, h2] = hash64(key);
    return this.probe(h1, h2, false);
  }

  /** The slot of the key, inserting it (values filled) when absent. */
  slot(key: string): number {
    const [h1, h2] = hash64(key);
    return this.probe(h1, h2, true);
  }

  /** Lookups by a hash pair from `hash64`, for keys known only by their hash. */
  findHash(h1: number, h2: number): number {
    return this.probe(h1, h2, false);
  }

  slotHash(h1: number, h2: number): number {
    return this.probe(h1, h2, true);
  }

  /** True when the key was not there before (and is now). */
  add(key: string): boolean {
    const before = this.size;
    this.slot(key);
    return this.size > before;
  }

  has(key: string): boolean {
    return this.find(key) !== -1;
  }

  /** The hash pair stored in an occupied slot (a slot keeps its key until an insert grows the table). */
  keyAt(slot: number): [number, number] {
    return [this.keys[slot * 2] as number, this.keys[slot * 2 + 1] as number];
  }

  get(slot: number, field = 0): number {
    return this.values[slot * this.width + field] as number;
  }

  set(slot: number, field: number, value: number): void {
    this.values[slot * this.width + field] = value;
  }

  private probe(h1: number, h2: number, insert: boolean): number {
    // Load factor up to 3/4: linear probing stays short, memory stays near 1.33 slots a key.
    if (insert && (this.size + 1) * 4 > this.capacity * 3) this.grow();
    const capacity = this.capacity;
    for (let i = Math.floor((h1 / 0x1_0000_0000) * capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const k1 = this.keys[i * 2] as number;
      const k2 = this.keys[i * 2 + 1] as number;
      if (k1 === 0 && k2 === 0) {
        if (!insert) return -1;
        this.keys[i * 2] = h1;
        this.keys[i * 2 + 1] = h2;
        this.size++;
        return i;
      }
      if (k1 === h1 && k2 === h2) return i;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.keys = new Uint32Array(this.capacity * 2);
    this.values = new this.valuesType(this.capacity * this.width).fill(this.fill);
    this.size = 0;
    for (let i = 0; i < oldCapacity; i++) {
      const h1 = oldKeys[i * 2] as number;
      const h2 = oldKeys[i * 2 + 1] as number;
      if (h1 === 0 && h2 === 0) continue;
      const slot = this.probe(h1, h2, true);
      for (let f = 0; f < this.width; f++) this.values[slot * this.width + f] = oldValues[i * this.width + f] as number;
    }
  }

  /** Visits every occupied slot. */
  forEach(visit: (slot: number) => void): void {
    for (let i = 0; i < this.capacity; i++) if (this.keys[i * 2] !== 0 || this.keys[i * 2 + 1] !== 0) visit(i);
  }
}
