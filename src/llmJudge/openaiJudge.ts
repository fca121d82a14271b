// The LLM judge: any OpenAI-compatible server through the openai SDK. Every failure — timeout, 429, 5xx,
// a reply of any unexpected shape, not JSON or breaking the schema — is an unscored judgement, never an
// invented score and never a throw.
import OpenAI, { APIConnectionTimeoutError, APIError, RateLimitError } from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import type { FailureReason, Judge, JudgeInput, Judgement, TokenUsage } from "../core/mock/judge.js";
import { combineSamples } from "../core/mock/samples.js";
import type { Feedback, Verdict } from "../core/mock/verdict.js";
import { judgeMessages } from "./prompt.js";
import { type LlmVerdict, llmVerdictSchema } from "./verdictSchema.js";

export interface OpenAIJudgeOptions {
  apiKey: string;
  /** An OpenAI-compatible API (Ollama, vLLM, LM Studio…); default: OpenAI's. */
  baseURL?: string | undefined;
  model: string;
  /** Verdicts asked for per answer (the request's `n`), combined by their medians; 1 to 5. */
  samples?: number;
  timeoutMs: number;
  /** Retries after a timeout, 429 or 5xx, with backoff; the SDK honours Retry-After. */
  maxRetries: number;
  log?: { warn(details: object, message: string): void };
}

const RESPONSE_FORMAT = zodResponseFormat(llmVerdictSchema, "interview_verdict");

/**
 * A bound on what one verdict may cost. The longest verdict the schema allows (every text at its maximum)
 * is about 1,600 tokens in English, more in Portuguese; a real one is 300 to 600. A reply cut here is not
 * JSON, so it is unscored.
 */
export const MAX_COMPLETION_TOKENS = 2_000;

/** More samples add cost and little agreement past five. */
export const MAX_SAMPLES = 5;

/** The parts of a completion we read. The server's reply is checked, not trusted: `{}` is a reply too. */
const contentShape = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});
const usageShape = z.object({
  usage: z.object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) }),
});
const modelShape = z.object({ model: z.string().min(1) });

function failureOf(error: unknown): FailureReason {
  if (error instanceof APIConnectionTimeoutError) return "timeout";
  if (error instanceof RateLimitError) return "rateLimited";
  if (error instanceof APIError && typeof error.status === "number" && error.status >= 500)
    return "serverError";
  if (error instanceof SyntaxError) return "malformed";
  return "unavailable";
}

function usageOf(reply: unknown): TokenUsage | null {
  const parsed = usageShape.safeParse(reply);
  if (!parsed.success) return null;
  const { prompt_tokens, completion_tokens } = parsed.data.usage;
  return { promptTokens: prompt_tokens, completionTokens: completion_tokens };
}

/** Every choice's text; empty when the reply has none (no choices, no message, a refusal). */
function contentsOf(reply: unknown): string[] {
  const parsed = contentShape.safeParse(reply);
  return parsed.success ? parsed.data.choices.map((choice) => choice.message.content) : [];
}

/** One choice read as a verdict, or why it is none. */
function readChoice(
  content: string,
  input: JudgeInput,
): { ok: true; verdict: Verdict } | { ok: false; reason: FailureReason; details: object } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    // The content may quote the answer: its length is logged, never its text.
    return { ok: false, reason: "malformed", details: { length: content.length } };
  }
  const parsed = llmVerdictSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, reason: "outOfSchema", details: { issues: parsed.error.issues.slice(0, 5) } };
  }
  const verdict = verdictFrom(parsed.data, input);
  if (verdict === null) {
    return { ok: false, reason: "outOfSchema", details: { covered: parsed.data.coveredKeyPoints } };
  }
  return { ok: true, verdict };
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
    kind: input.kind,
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

  const samples = Math.min(MAX_SAMPLES, Math.max(1, Math.round(options.samples ?? 1)));
  return {
    kind: "llm",
    async judge(input) {
      // Typed as the SDK promises, read as what the server may really send.
      let reply: unknown;
      try {
        reply = await client.chat.completions.create({
          model: options.model,
          messages: judgeMessages(input),
          response_format: RESPONSE_FORMAT,
          max_completion_tokens: MAX_COMPLETION_TOKENS,
          // One request for every sample: the prompt is paid once. A server that ignores `n` sends one.
          ...(samples > 1 ? { n: samples } : {}),
        });
      } catch (error) {
        const status = error instanceof APIError ? error.status : undefined;
        return unscored(failureOf(error), null, { status, error: (error as Error).message });
      }
      const usage = usageOf(reply);
      const parsedModel = modelShape.safeParse(reply);
      const model = parsedModel.success ? parsedModel.data.model : options.model;
      const contents = contentsOf(reply).slice(0, samples);
      if (contents.length === 0) return unscored("noVerdict", usage, {});
      const read = contents.map((content) => readChoice(content, input));
      const verdicts = read.flatMap((r) => (r.ok ? [r.verdict] : []));
      // A sample that breaks the schema is left out; with none left, the answer is unscored.
      const failed = read.find((r) => !r.ok);
      if (verdicts.length === 0 && failed !== undefined && !failed.ok) {
        return unscored(failed.reason, usage, failed.details);
      }
      const verdict = combineSamples(verdicts);
      return { kind: "scored", verdict, usage, model };
    },
  };
}
