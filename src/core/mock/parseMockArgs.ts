// "/mock versioning", "/mock", "/mock stop" → what the member asked for.
import { own } from "../lookup.js";
import { ok, type Result } from "../result.js";
import type { InterviewTopic, Roadmap } from "../roadmap/types.js";
import { normalize } from "./text.js";
import { resolveTopic, type UnknownTopic } from "./topics.js";

export type MockRequest =
  | { kind: "start"; topic: InterviewTopic }
  | { kind: "suggest" }
  | { kind: "stop" }
  | { kind: "skip" }
  | { kind: "history" }
  | { kind: "details" };

const ACTIONS: Record<string, MockRequest> = {
  stop: { kind: "stop" },
  parar: { kind: "stop" },
  sair: { kind: "stop" },
  skip: { kind: "skip" },
  pular: { kind: "skip" },
  history: { kind: "history" },
  historico: { kind: "history" },
  details: { kind: "details" },
  detalhes: { kind: "details" },
};

export function parseMockArgs(args: string, roadmap: Roadmap): Result<MockRequest, UnknownTopic> {
  const word = args.trim();
  if (word === "") return ok({ kind: "suggest" });
  const action = own(ACTIONS, normalize(word));
  if (action !== undefined) return ok(action);
  const topic = resolveTopic(roadmap, word);
  return topic.ok ? ok({ kind: "start", topic: topic.value }) : topic;
}
