// /mock [topic|stop|skip|history]: interview drills judged by the LLM or the offline judge.
import { showHistory, skipDrill, startDrill, stopDrill } from "../mock/drill.js";
import { parseMockArgs } from "../mock/parseMockArgs.js";
import type { CommandHandler } from "./context.js";
import { refuse } from "./reply.js";

export const mock: CommandHandler = async (ctx, args) => {
  const request = parseMockArgs(args, ctx.deps.roadmap);
  if (!request.ok) return refuse(ctx.t, request.error);
  switch (request.value.kind) {
    case "start":
      return startDrill(ctx, request.value.topic);
    case "suggest":
      return startDrill(ctx, null);
    case "stop":
      return stopDrill(ctx);
    case "skip":
      return skipDrill(ctx);
    case "history":
      return showHistory(ctx);
  }
};
