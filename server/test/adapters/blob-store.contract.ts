import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../../src/ports';

/** The behaviour every BlobStore must show. `create` returns a fresh, empty store each time. */
export function blobStoreContract(label: string, create: () => Promise<BlobStore>): void {
  describe(`BlobStore contract: ${label}`, () => {
    it('stores a document and reads it back whole, with its size in UTF-8 bytes', async () => {
      const store = await create();
      const content = 'grüße, 世界 ✓\nline two';
      const info = await store.put('greeting.txt', content);
      expect(info).toMatchObject({ name: 'greeting.txt', size: Buffer.byteLength(content) });
      expect(info.etag).not.toBe('');
      expect(Number.isNaN(Date.parse(info.updatedAt))).toBe(false);

      const doc = await store.get('greeting.txt');
      expect(doc).toMatchObject({ name: 'greeting.txt', content, size: Buffer.byteLength(content), etag: info.etag });
    });

    it('answers undefined for a missing document and false when deleting one', async () => {
      const store = await create();
      expect(await store.get('missing')).toBeUndefined();
      expect(await store.delete('missing')).toBe(false);
    });

    it('replaces a document and changes its etag only when the content changes', async () => {
      const store = await create();
      const first = await store.put('doc', 'version 1');
      const second = await store.put('doc', 'version 2, longer');
      expect(second.etag).not.toBe(first.etag);
      expect(second.size).toBe(Buffer.byteLength('version 2, longer'));
      expect((await store.get('doc'))?.content).toBe('version 2, longer');
      const listed = await store.list();
      expect(listed.map((d) => d.name)).toEqual(['doc']);
      expect(listed[0]?.etag).toBe(second.etag);
    });

    it('keeps empty and large documents intact', async () => {
      const store = await create();
      await store.put('empty', '');
      expect(await store.get('empty')).toMatchObject({ content: '', size: 0 });
      const large = 'abcdefghij'.repeat(110_000);
      await store.put('large', large);
      const doc = await store.get('large');
      expect(doc?.size).toBe(1_100_000);
      expect(doc?.content === large).toBe(true);
    });

    it('lists by prefix, sorted by name, bounded by the limit', async () => {
      const store = await create();
      for (const name of ['b-two', 'a-one', 'b-one', 'c', 'b-three']) await store.put(name, `content of ${name}`);
      expect((await store.list()).map((d) => d.name)).toEqual(['a-one', 'b-one', 'b-three', 'b-two', 'c']);
      expect((await store.list({ prefix: 'b-' })).map((d) => d.name)).toEqual(['b-one', 'b-three', 'b-two']);
      expect((await store.list({ prefix: 'b-', limit: 2 })).map((d) => d.name)).toEqual(['b-one', 'b-three']);
      expect(await store.list({ prefix: 'zzz' })).toEqual([]);
      const one = (await store.list({ prefix: 'c' }))[0];
      expect(one).toMatchObject({ name: 'c', size: Buffer.byteLength('content of c') });
      expect(one).not.toHaveProperty('content');
    });

    it('deletes a document once', async () => {
      const store = await create();
      await store.put('gone', 'soon');
      expect(await store.delete('gone')).toBe(true);
      expect(await store.get('gone')).toBeUndefined();
      expect(await store.delete('gone')).toBe(false);
      expect(await store.list()).toEqual([]);
    });

    it('accepts names with spaces, dots and non-ASCII letters', async () => {
      const store = await create();
      const name = 'Runbook v1.2 – Überblick.md';
      await store.put(name, '# hi');
      expect((await store.get(name))?.content).toBe('# hi');
      expect((await store.list()).map((d) => d.name)).toEqual([name]);
    });

    it('leaves one whole version when writers race on the same name', async () => {
      const store = await create();
      const versions = Array.from({ length: 8 }, (_, i) => `writer ${i} `.repeat(20_000));
      await Promise.all(versions.map((v) => store.put('contended', v)));
      const doc = await store.get('contended');
      expect(versions).toContain(doc?.content);
    });

    it('answers ping', async () => {
      const store = await create();
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
