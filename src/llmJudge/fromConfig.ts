// Which judge the configuration asks for: the LLM when an API key or a server is set and its budget is not
// 0, else the offline one.

import type { Config } from "../config.js";
import type { Judge } from "../core/mock/judge.js";
import { offlineJudge } from "../core/mock/offlineJudge.js";

/** A transient failure is retried once; a second one leaves the answer unscored. */
const MAX_RETRIES = 1;

/** The openai SDK weighs ~15 MB of memory: it is loaded on the first answer to judge, never when unused. */
function loadedOnFirstUse(load: () => Promise<Judge>): Judge {
  let loading: Promise<Judge> | null = null;
  return {
    kind: "llm",
    async judge(input) {
      loading ??= load();
      return (await loading).judge(input);
    },
  };
}

export function judgeFor(config: Config, log?: { warn(details: object, message: string): void }): Judge {
  if (config.OPENAI_API_KEY === undefined && config.OPENAI_BASE_URL === undefined) return offlineJudge;
  if (config.LLM_DAILY_BUDGET === 0) return offlineJudge;
  return loadedOnFirstUse(async () => {
    const { createOpenAIJudge } = await import("./openaiJudge.js");
    return createOpenAIJudge({
      // Local servers (Ollama, LM Studio) accept any key; the SDK insists on one.
      apiKey: config.OPENAI_API_KEY ?? "not-needed",
      baseURL: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      samples: config.OPENAI_JUDGE_SAMPLES,
      timeoutMs: config.OPENAI_TIMEOUT_SECONDS * 1000,
      maxRetries: MAX_RETRIES,
      log,
    });
  });
}
