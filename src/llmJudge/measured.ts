// A judge that reports its latency, outcome and tokens to the metrics.
import { performance } from "node:perf_hooks";
import type { Metrics } from "../core/metrics.js";
import type { Judge } from "../core/mock/judge.js";

export function measuredJudge(judge: Judge, metrics: Metrics): Judge {
  return {
    kind: judge.kind,
    async judge(input) {
      const started = performance.now();
      const judgement = await judge.judge(input);
      const tokens = (judgement.usage?.promptTokens ?? 0) + (judgement.usage?.completionTokens ?? 0);
      const outcome = judgement.kind === "scored" ? "scored" : judgement.reason;
      metrics.judged(judge.kind, outcome, (performance.now() - started) / 1000, tokens);
      return judgement;
    },
  };
}
