import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { ProxyTrust } from './forwarded';

export interface ConnectionLimitSettings {
  /** Open connections in all (Node's server.maxConnections: past it new ones are dropped). */
  max: number;
  /** Open connections from one client address; configured proxies carry many clients and are exempt. */
  perClient: number;
}

/**
 * Caps open connections per client address and in total, so one client holding idle sockets cannot
 * use up the process's file descriptors and lock everyone else out. Excess connections are closed at
 * once, before any byte is read, as Node does past maxConnections.
 */
export class ConnectionLimits {
  private readonly open = new Map<string, number>();
  refused = 0;

  constructor(
    private readonly settings: ConnectionLimitSettings,
    private readonly proxies: ProxyTrust,
    private readonly onRefused: () => void = () => undefined,
  ) {}

  attach(server: Server): void {
    server.maxConnections = this.settings.max;
    server.on('drop', () => {
      this.refused++;
      this.onRefused();
    });
    server.prependListener('connection', (socket: Socket) => this.admit(socket));
  }

  /** Counts the connection in, or closes it when its client already holds its share. */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress;
    if (!address || this.proxies.trusts(address)) return true;
    const count = this.open.get(address) ?? 0;
    if (count >= this.settings.perClient) {
      this.refused++;
      this.onRefused();
      socket.destroy();
      return false;
    }
    this.open.set(address, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left <= 0) this.open.delete(address);
      else this.open.set(address, left);
    });
    return true;
  }

  /** Clients with open connections (bounded by the total cap). */
  get clients(): number {
    return this.open.size;
  }
}
