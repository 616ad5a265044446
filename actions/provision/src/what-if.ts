import { markdownTable } from '@mcp-aks/actions-kit';

export interface WhatIfPropertyChange {
  path: string;
  propertyChangeType: string;
  children?: WhatIfPropertyChange[];
}

export interface WhatIfChange {
  resourceId?: string;
  resourceType?: string;
  changeType: string;
  unsupportedReason?: string;
  delta?: WhatIfPropertyChange[];
}

const ORDER = ['Delete', 'Create', 'Modify', 'Deploy', 'Unsupported', 'NoChange', 'Ignore'];
const SYMBOL: Record<string, string> = { Create: '+', Delete: '-', Modify: '~', Deploy: '!', NoChange: '=', Ignore: '*', Unsupported: 'x' };

function resourceName(change: WhatIfChange): string {
  const id = change.resourceId ?? '';
  const providers = id.split('/providers/');
  const tail = providers[providers.length - 1] ?? id;
  // type/name pairs after the namespace: keep the names (Microsoft.Web/sites/app/slots/s -> app/s)
  const parts = tail.split('/').slice(1);
  const names = parts.filter((_, i) => i % 2 === 1);
  return names.length ? names.join('/') : id;
}

function resourceType(change: WhatIfChange): string {
  if (change.resourceType) return change.resourceType;
  const tail = (change.resourceId ?? '').split('/providers/').pop() ?? '';
  const parts = tail.split('/');
  return [parts[0], ...parts.slice(1).filter((_, i) => i % 2 === 0)].filter(Boolean).join('/');
}

function flattenDelta(delta: WhatIfPropertyChange[] | undefined, prefix = ''): string[] {
  const out: string[] = [];
  for (const change of delta ?? []) {
    const path = prefix ? `${prefix}.${change.path}` : change.path;
    if (change.children?.length && change.propertyChangeType !== 'Create' && change.propertyChangeType !== 'Delete') {
      out.push(...flattenDelta(change.children, path));
    } else if (change.propertyChangeType !== 'NoEffect') {
      out.push(`${SYMBOL[change.propertyChangeType] ?? '~'} ${path}`);
    }
  }
  return out;
}

export interface WhatIfReport {
  counts: Record<string, number>;
  table: string;
  /** True when the deployment would delete something (Complete mode) or cannot be predicted. */
  needsAttention: boolean;
}

/** The what-if result as a job-summary table, most consequential changes first. */
export function whatIfReport(changes: WhatIfChange[], maxPropertyLines = 6): WhatIfReport {
  const counts: Record<string, number> = {};
  for (const change of changes) counts[change.changeType] = (counts[change.changeType] ?? 0) + 1;
  const sorted = [...changes].sort(
    (a, b) => rank(a.changeType) - rank(b.changeType) || resourceType(a).localeCompare(resourceType(b)) || resourceName(a).localeCompare(resourceName(b)),
  );
  const rows = sorted.map((change) => {
    const lines = flattenDelta(change.delta);
    const shown = lines.slice(0, maxPropertyLines);
    if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more`);
    const detail = change.changeType === 'Unsupported' ? (change.unsupportedReason ?? '') : shown.join('\n');
    return [`${SYMBOL[change.changeType] ?? '?'} ${change.changeType}`, resourceType(change), resourceName(change), detail];
  });
  return {
    counts,
    table: markdownTable(['Change', 'Resource type', 'Name', 'Properties'], rows),
    needsAttention: (counts.Delete ?? 0) > 0 || (counts.Unsupported ?? 0) > 0,
  };
}

function rank(changeType: string): number {
  const index = ORDER.indexOf(changeType);
  return index === -1 ? ORDER.length : index;
}
