import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobServiceClient } from '@azure/storage-blob';
import { createOpenAIClient, silentLogger } from '@mcp-aks/core';
import { BlobDatasetSink, buildDataset } from '../src/dataset';
import { EmbeddedStore, LightningStore } from '../src/store';
import { train } from '../src/training/train';
import { startAzuriteBlob, type AzuriteBlob } from '../../server/test/adapters/support/azurite';
import { makeEpisode, makeReward } from './helpers/fixtures';
import { startOpenAIStandIn } from './helpers/openai-standin';

describe('datasets in Blob Storage (Azurite)', () => {
  let azurite: AzuriteBlob;
  let dir: string;
  beforeAll(async () => {
    azurite = await startAzuriteBlob();
    dir = await mkdtemp(join(tmpdir(), 'lightning-blob-'));
  });
  afterAll(async () => {
    await azurite?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('publishes files and the manifest to the lightning-datasets container, and train reads them back', async () => {
    const store = new LightningStore(new EmbeddedStore(join(dir, 'store')));
    const agentId = 'agent-blob';
    const eps = Array.from({ length: 12 }, (_, i) => makeEpisode({ agentId, input: { question: `Blob question ${i}` } }));
    await store.putEpisodes(eps);
    await store.putRewards(eps.map((e) => makeReward(e, 0.9, 'feedback')));
    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient('lightning-datasets');
    const sink = new BlobDatasetSink(container, join(dir, 'work'));
    const ctx = { store, agentId, logger: silentLogger };

    const { manifest } = await buildDataset(ctx, sink, { validationPercent: 0 });
    expect(manifest.valid).toBe(true);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names.sort()).toEqual([`${agentId}/${manifest.id}/manifest.json`, `${agentId}/${manifest.id}/train.jsonl`]);
    const file = manifest.files[0]!;
    expect(file.location).toBe(`${container.url}/${agentId}/${manifest.id}/train.jsonl`);
    const content = await sink.readText(file.location);
    expect(Buffer.byteLength(content)).toBe(file.bytes);
    expect(content.trim().split('\n')).toHaveLength(12);
    const stored = JSON.parse(await sink.readText(`${container.url}/${agentId}/${manifest.id}/manifest.json`)) as { id: string };
    expect(stored.id).toBe(manifest.id);

    // Another process (a runner) trains from the blob, not from local files.
    const standIn = await startOpenAIStandIn();
    try {
      const openai = createOpenAIClient({ kind: 'compatible', baseURL: standIn.baseURL }, { maxRetries: 0 });
      await train(ctx, { openai, sink, defaultBaseModel: 'unused' }, { pollIntervalMs: 1 });
      expect(standIn.files.get('file-1')?.content).toBe(content);
    } finally {
      await standIn.close();
      await store.close();
    }
  });
});
