import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './bicep-cli';

/*
 * The image's base images. ACR Tasks pull them on every build; Docker Hub rate-limits anonymous pulls, so
 * they come from Microsoft's container registry, pinned by digest so a rebuild gets the same bytes.
 * Images and digests: Azure Linux container images (https://learn.microsoft.com/azure/azure-linux/container-images-overview),
 * mcr.microsoft.com/azurelinux/base/nodejs and /distroless/nodejs, tags 24.21 and 24.21-nonroot (published 2026-10-06).
 */
const dockerfile = readFileSync(join(repoRoot, 'server', 'Dockerfile'), 'utf8');
const froms = [...dockerfile.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((m) => ({ image: m[1]!, stage: m[2] }));
const nodeVersion = readFileSync(join(repoRoot, '.node-version'), 'utf8').trim();

describe('server/Dockerfile', () => {
  it('builds in two stages', () => {
    expect(froms.map((f) => f.stage)).toEqual(['build', undefined]);
  });

  it.each(froms.map((f) => [f.image]))('pulls %s from mcr.microsoft.com, pinned by digest', (image) => {
    expect(image).toMatch(/^mcr\.microsoft\.com\/[a-z0-9/._-]+:[A-Za-z0-9._-]+@sha256:[a-f0-9]{64}$/);
  });

  it('uses the Node.js minor of .node-version in both stages', () => {
    const minor = nodeVersion.split('.').slice(0, 2).join('.');
    for (const { image } of froms) expect(/:(\d+\.\d+)/.exec(image)?.[1], image).toBe(minor);
  });

  it('runs the bundle as a non-root user from a distroless image', () => {
    const runtime = froms.at(-1)!.image;
    expect(runtime).toContain('/distroless/nodejs:');
    expect(runtime).toContain('-nonroot@');
    expect(dockerfile).toMatch(/^USER 65532:65532$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/node", "--enable-source-maps", "server\/dist\/main\.mjs"\]$/m);
  });
});
