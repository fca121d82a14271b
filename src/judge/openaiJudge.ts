// The LLM judge: any OpenAI-compatible server through the openai SDK. Every failure — timeout, 429, 5xx,
// a reply that is not JSON or breaks the schema — is an unscored judgement, never an invented score.
import OpenAI, { APIConnectionTimeoutError, APIError, RateLimitError } from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import type { FailureReason, Judge, JudgeInput, Judgement, TokenUsage } from "../core/mock/judge.js";
import type { Feedback, Verdict } from "../core/mock/verdict.js";
import { judgeMessages } from "./prompt.js";
import { type LlmVerdict, llmVerdictSchema } from "./verdictSchema.js";

export interface OpenAIJudgeOptions {
  apiKey: string;
  /** An OpenAI-compatible API (Ollama, vLLM, LM Studio…); default: OpenAI's. */
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  /** Retries after a timeout, 429 or 5xx, with backoff; the SDK honours Retry-After. */
  maxRetries: number;
  log?: { warn(details: object, message: string): void };
}

const RESPONSE_FORMAT = zodResponseFormat(llmVerdictSchema, "interview_verdict");

function failureOf(error: unknown): FailureReason {
  if (error instanceof APIConnectionTimeoutError) return "timeout";
  if (error instanceof RateLimitError) return "rateLimited";
  if (error instanceof APIError && typeof error.status === "number" && error.status >= 500)
    return "serverError";
  if (error instanceof SyntaxError) return "malformed";
  return "unavailable";
}

function usageOf(completion: OpenAI.Chat.Completions.ChatCompletion): TokenUsage | null {
  const usage = completion.usage;
  if (usage === undefined || usage === null) return null;
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

function texts(items: string[]): Feedback[] {
  return items.slice(0, 2).map((text) => ({ kind: "text", text }));
}

/** The LLM's reply as a verdict; null when it names a key point that does not exist. */
function verdictFrom(reply: LlmVerdict, input: JudgeInput): Verdict | null {
  const count = input.keyPoints.length;
  if (reply.coveredKeyPoints.some((n) => n > count)) return null;
  const covered = [...new Set(reply.coveredKeyPoints.map((n) => n - 1))].sort((a, b) => a - b);
  const all = input.keyPoints.map((_, i) => i);
  const missed = all.filter((i) => !covered.includes(i));
  const part = (p: LlmVerdict["star"]["situation"]) => ({
    score: p.score,
    evidence: p.evidence === null || p.evidence.trim() === "" ? null : p.evidence.trim(),
  });
  return {
    judge: "llm",
    overall: reply.overall,
    star: {
      situation: part(reply.star.situation),
      task: part(reply.star.task),
      action: part(reply.star.action),
      result: part(reply.star.result),
    },
    covered,
    missed,
    strengths: texts(reply.strengths),
    improvements: texts(reply.improvements),
    outline: { kind: "text", text: reply.outline },
    followUp:
      input.wantFollowUp && reply.followUp !== null
        ? { kind: "text", text: reply.followUp, keyPoints: missed.length > 0 ? missed : all }
        : null,
    screened: null,
    ignoredInstructions: false,
  };
}

export function createOpenAIJudge(options: OpenAIJudgeOptions): Judge {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });

  function unscored(reason: FailureReason, usage: TokenUsage | null, details: object): Judgement {
    options.log?.warn({ reason, model: options.model, ...details }, "the LLM judge gave no score");
    return { kind: "unscored", reason, usage, model: options.model };
  }

  return {
    kind: "llm",
    async judge(input) {
      let completion: OpenAI.Chat.Completions.ChatCompletion;
      try {
        completion = await client.chat.completions.create({
          model: options.model,
          messages: judgeMessages(input),
          response_format: RESPONSE_FORMAT,
        });
      } catch (error) {
        const status = error instanceof APIError ? error.status : undefined;
        return unscored(failureOf(error), null, { status, error: (error as Error).message });
      }
      const usage = usageOf(completion);
      const model = completion.model || options.model;
      const content = completion.choices[0]?.message.content ?? "";
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch {
        return unscored("malformed", usage, { content: content.slice(0, 200) });
      }
      const parsed = llmVerdictSchema.safeParse(json);
      if (!parsed.success) {
        return unscored("outOfSchema", usage, { issues: parsed.error.issues.slice(0, 5) });
      }
      const verdict = verdictFrom(parsed.data, input);
      if (verdict === null) return unscored("outOfSchema", usage, { covered: parsed.data.coveredKeyPoints });
      return { kind: "scored", verdict, usage, model };
    },
  };
}
