// /mock [topic|stop|skip|history]: interview drills judged by the LLM or the offline judge.

import type { Answering } from "../../mock/currentQuestion.js";
import { showDetails } from "../../mock/details.js";
import { showHistory, skipDrill, startDrill, stopDrill } from "../../mock/drill.js";
import { type MockRequest, parseMockArgs } from "../../mock/parseMockArgs.js";
import { ok } from "../../result.js";
import { argText, defineCommand } from "../spec.js";
import { targetOf } from "./target.js";
import { type MockReplies, names, replies, texts } from "./texts.js";

/** What was asked, and the question the button it came from was under (null: typed or picked). */
interface MockCall {
  request: MockRequest;
  on: Answering | null;
}

/** Discord lists at most 25 choices. */
const MAX_CHOICES = 25;

export const mock = defineCommand<MockCall, MockReplies>({
  ...names,
  options: [
    {
      name: "topic",
      kind: "text",
      choices: (roadmap) =>
        roadmap.interview.topics
          .slice(0, MAX_CHOICES)
          .map((topic) => ({ value: topic.id, label: topic.name })),
    },
  ],
  where: "any",
  // An answer takes time and thought: not in front of the group.
  visibility: "private",
  privateLink: (link) => ({ own: "privateLink", params: { link } }),
  menus: ["private", "group"],
  asksQuestions: true,
  changesData: false,
  texts,
  replies,
  parse: (args, { roadmap }) => {
    const parsed = parseMockArgs(argText(args, "topic"), roadmap);
    return parsed.ok ? ok({ request: parsed.value, on: targetOf(args) }) : parsed;
  },
  async run(ctx, { request, on }) {
    switch (request.kind) {
      case "start":
        return startDrill(ctx, request.topic, on);
      case "suggest":
        return startDrill(ctx, null);
      case "stop":
        return stopDrill(ctx, on);
      case "skip":
        return skipDrill(ctx, on);
      case "history":
        return showHistory(ctx);
      case "details":
        return showDetails(ctx);
    }
  },
});
