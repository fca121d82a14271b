// Which judge the configuration asks for: the LLM when an API key or a server is set, else the offline one.

import type { Config } from "../config.js";
import type { Judge } from "../core/mock/judge.js";
import { offlineJudge } from "../core/mock/offlineJudge.js";
import { createOpenAIJudge } from "./openaiJudge.js";

/** A transient failure is retried once; a second one leaves the answer unscored. */
const MAX_RETRIES = 1;

export function judgeFor(config: Config, log?: { warn(details: object, message: string): void }): Judge {
  if (config.OPENAI_API_KEY === undefined && config.OPENAI_BASE_URL === undefined) return offlineJudge;
  return createOpenAIJudge({
    // Local servers (Ollama, LM Studio) accept any key; the SDK insists on one.
    apiKey: config.OPENAI_API_KEY ?? "not-needed",
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_SECONDS * 1000,
    maxRetries: MAX_RETRIES,
    log,
  });
}
