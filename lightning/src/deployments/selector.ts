import type { Logger, ModelSelector } from '@mcp-aks/core';
import type { LightningStore } from '../store';

export interface TunedModelSelectorOptions {
  store: LightningStore;
  agentId: string;
  logger: Logger;
  refreshMs: number;
  now?: () => number;
}

/**
 * USE_TUNED_MODEL: answers from a cached copy of the active deployment, refreshed in the background;
 * never waits on the store during a call. After a reported failure the tuned model is skipped (the
 * base deployment serves) until the next refresh, with a warning.
 */
export class TunedModelSelector implements ModelSelector {
  private active: { model: string; id: string } | undefined;
  private failedUntil = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private refreshing: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: TunedModelSelectorOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => void this.refresh(), options.refreshMs);
    this.timer.unref();
  }

  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const deployment = await this.options.store.getActiveDeployment(this.options.agentId);
        const next = deployment ? { model: deployment.deploymentName, id: deployment.id } : undefined;
        if (next?.model !== this.active?.model) this.options.logger.info({ model: next?.model ?? null }, 'lightning: active tuned deployment changed');
        this.active = next;
      } catch (error) {
        // Keep the last known answer: a store hiccup must not switch models.
        this.options.logger.warn({ err: error }, 'lightning: could not refresh the active tuned deployment');
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  async select(): Promise<{ model: string; tuned: boolean } | undefined> {
    const active = this.active;
    if (!active) return undefined;
    const until = this.failedUntil.get(active.model);
    if (until !== undefined && until > this.now()) return undefined;
    return { model: active.model, tuned: true };
  }

  reportFailure(model: string, error: unknown): void {
    if (this.active?.model !== model) return;
    this.failedUntil.set(model, this.now() + this.options.refreshMs);
    this.options.logger.warn({ err: error, model }, 'lightning: tuned deployment failed, serving the base deployment until the next refresh');
  }

  close(): void {
    clearInterval(this.timer);
  }
}
