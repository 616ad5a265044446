import { Counter, Histogram, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** The server's Prometheus metrics; one registry per server instance so tests can run several. */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'route' | 'method' | 'status'>;
  readonly httpDuration: Histogram<'route'>;
  readonly toolCalls: Counter<'tool' | 'outcome'>;
  readonly toolDuration: Histogram<'tool'>;
  readonly fastLaneCalls: Counter<'revision'>;
  readonly inflight: Gauge;
  readonly rateLimited: Counter;
  readonly connectionsRefused: Counter;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({ name: 'mcp_http_requests_total', help: 'HTTP requests by route, method and status', labelNames: ['route', 'method', 'status'], registers });
    this.httpDuration = new Histogram({
      name: 'mcp_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.toolCalls = new Counter({ name: 'mcp_tool_calls_total', help: 'Tool calls by tool and outcome (ok, error, refused)', labelNames: ['tool', 'outcome'], registers });
    this.toolDuration = new Histogram({
      name: 'mcp_tool_call_duration_seconds',
      help: 'Tool call latency by tool',
      labelNames: ['tool'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.fastLaneCalls = new Counter({
      name: 'mcp_fast_lane_calls_total',
      help: 'Tool calls served on the fast lane, by protocol era (2025 or 2026-07-28); the rest went through the SDK dispatch',
      labelNames: ['revision'],
      registers,
    });
    this.inflight = new Gauge({ name: 'mcp_http_inflight_requests', help: 'HTTP requests being served', registers });
    this.rateLimited = new Counter({ name: 'mcp_rate_limited_total', help: 'Requests refused by the per-client rate limit', registers });
    this.connectionsRefused = new Counter({ name: 'mcp_http_connections_refused_total', help: 'Connections closed by the per-client or total connection cap', registers });
  }
}
