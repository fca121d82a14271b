// Prometheus metrics: the bot's own counters and histograms, plus Node's defaults, served at /metrics.
import type { ServerResponse } from "node:http";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { Metrics } from "../core/metrics.js";

export interface PrometheusMetrics {
  metrics: Metrics;
  registry: Registry;
  serve(response: ServerResponse): Promise<void>;
}

export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "constancia_" });
  const commands = new Counter({
    name: "constancia_commands_total",
    help: "Commands handled, by name and outcome.",
    labelNames: ["command", "outcome"],
    registers: [registry],
  });
  const minutes = new Counter({
    name: "constancia_checkin_minutes_total",
    help: "Study minutes recorded by check-ins.",
    registers: [registry],
  });
  const sends = new Counter({
    name: "constancia_scheduled_sends_total",
    help: "Scheduled sends, by kind and outcome.",
    labelNames: ["kind", "outcome"],
    registers: [registry],
  });
  const judgeSeconds = new Histogram({
    name: "constancia_judge_duration_seconds",
    help: "Time to judge a mock-interview answer.",
    labelNames: ["judge", "outcome"],
    buckets: [0.01, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
    registers: [registry],
  });
  const judgeTokens = new Counter({
    name: "constancia_judge_tokens_total",
    help: "LLM tokens used by the judge.",
    labelNames: ["judge"],
    registers: [registry],
  });
  const tickSeconds = new Histogram({
    name: "constancia_scheduler_tick_seconds",
    help: "Duration of a scheduler tick.",
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [registry],
  });

  return {
    registry,
    metrics: {
      command: (command, outcome) => commands.inc({ command, outcome }),
      checkinMinutes: (n) => minutes.inc(n),
      scheduledSend: (kind, outcome) => sends.inc({ kind, outcome }),
      judged: (judge, outcome, seconds, tokens) => {
        judgeSeconds.observe({ judge, outcome }, seconds);
        if (tokens > 0) judgeTokens.inc({ judge }, tokens);
      },
      tick: (seconds) => tickSeconds.observe(seconds),
    },
    async serve(response) {
      response.writeHead(200, { "content-type": registry.contentType });
      response.end(await registry.metrics());
    },
  };
}
