// What the bot counts, as a port: the core and the scheduler report, src/http/metrics.ts exports to Prometheus.

export type CommandOutcome = "ok" | "unknown" | "failed";

export interface Metrics {
  command(name: string, outcome: CommandOutcome): void;
  checkinMinutes(minutes: number): void;
  scheduledSend(kind: string, outcome: string): void;
  judged(judge: string, outcome: string, seconds: number, tokens: number): void;
  tick(seconds: number): void;
}
