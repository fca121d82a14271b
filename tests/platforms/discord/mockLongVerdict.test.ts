// A verdict longer than one Discord message: it is cut between sections, never after a heading, and its
// buttons come under the last part, where the text that points at them is.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/core/messages/index.js";
import type { Judge } from "../../../src/core/mock/judge.js";
import type { Verdict } from "../../../src/core/mock/verdict.js";
import { MAX_MESSAGE_LENGTH } from "../../../src/platforms/discord/sender.js";
import type { SeenAnswer } from "../../fakes/discord/fakeDiscord.js";
import { buttonClick, modalSubmit, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer } from "../../support/mock.js";
import { type Harness, openHarness } from "./harness.js";
import { type RestRecorder, startRestRecorder } from "./restRecorder.js";

interface Component {
  type: number;
  content?: string;
  custom_id?: string;
  label?: string;
  components?: Component[];
}

/** A message the member sees: its text and the labels of the buttons under it. */
interface Part {
  content: string;
  buttons: string[];
}

const long = (what: string, length: number) => `${what} ${"and so on ".repeat(length / 10)}`.slice(0, length);

/**
 * An LLM judge that writes at length: a verdict over 2000 characters, and a breakdown whose "Strengths:"
 * heading ends exactly where a cut at the last line break within 2000 characters would fall.
 */
function verboseJudge(): Judge {
  return {
    kind: "llm",
    async judge(input) {
      const question = input.topic.questions.find((q) => q.text[input.locale] === input.question);
      if (question === undefined) throw new Error("unknown question");
      const verdict = (padding: number): Verdict => ({
        judge: "llm",
        overall: 8,
        star: {
          situation: { score: 3, evidence: `a text classifier${" ".repeat(padding)}` },
          task: { score: 3, evidence: "reproducible models" },
          action: { score: 3, evidence: "MLflow, DVC and Docker" },
          result: { score: 4, evidence: "F1 from 0.71 to 0.83" },
        },
        covered: input.keyPoints.map((_, i) => i),
        missed: [],
        strengths: [{ kind: "text", text: long("Clear structure", 700) }],
        improvements: [{ kind: "text", text: long("Say more about the trade-offs", 700) }],
        outline: { kind: "text", text: "Situation, task, action, result." },
        followUp: { kind: "text", text: long("How would you roll it back?", 500), keyPoints: [0] },
        screened: null,
        ignoredInstructions: false,
      });
      const unpadded = messagesFor(input.locale)["mock.details"]({
        topic: input.topic,
        question,
        verdict: verdict(0),
        keyPoints: input.keyPoints,
      });
      const headingEnd = unpadded.indexOf("\nStrengths:\n") + "\nStrengths:".length;
      return {
        kind: "scored",
        verdict: verdict(MAX_MESSAGE_LENGTH - headingEnd),
        usage: null,
        model: "verbose",
      };
    },
  };
}

function isHeading(line: string, next: string | undefined): boolean {
  return line.trimEnd().endsWith(":") || (/^\S/.test(line) && next !== undefined && /^\s+\S/.test(next));
}

describe.each(testDatabases)("long mock verdicts on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  let rest: RestRecorder;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    h.deps.judge = verboseJudge();
    rest = await startRestRecorder(h.fake.apiUrl);
    await h.startAdapter({ apiUrl: rest.apiUrl });
  });
  afterEach(async () => {
    await h.close();
    await rest.close();
  });

  async function answer(interaction: { id: string }): Promise<SeenAnswer> {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  /** Every message of the answer to an interaction, in order, once the one holding `last` was sent. */
  async function partsOf(interaction: { id: string }, last: string): Promise<Part[]> {
    const token = `token-${interaction.id}`;
    await h.fake.state.until(() =>
      h.fake.state.webhookMessages.find((m) => m.token === token && m.content.includes(last)),
    );
    // An immediate reply holds its message in the callback's data; edits and follow-ups are the message.
    const messageOf = (payload: Record<string, unknown> | null) =>
      (payload?.type === undefined ? payload : payload.data) as Record<string, unknown> | undefined;
    return rest.calls
      .map((c) => ({ path: c.path, message: messageOf(c.payload) }))
      .filter((c) => c.path.includes(token) && typeof c.message?.content === "string")
      .map(({ message }) => ({
        content: String(message?.content),
        buttons: ((message?.components ?? []) as Component[])
          .flatMap((row) => row.components ?? [])
          .map((b) => b.label ?? ""),
      }));
  }

  function expectCutBetweenSections(parts: Part[]) {
    for (const [index, part] of parts.entries()) {
      expect(part.content.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      const lines = part.content.split("\n");
      const next = parts[index + 1]?.content.split("\n")[0];
      expect(isHeading(lines.at(-1) ?? "", next), `part ${index + 1} ends with a heading`).toBe(false);
    }
  }

  it("GIVEN a verdict over 2000 characters THEN its parts end between sections, and the buttons sit under the last, with the text pointing at them", async () => {
    const modal = await answer(
      slashCommand("mock", [{ name: "topic", type: OPTION.string, value: "versioning" }]),
    );
    const question = askedQuestion(h.deps.roadmap, JSON.stringify(modal.data));
    const submit = modalSubmit(String(modal.data.custom_id), { answer: strongAnswer(question) });
    await answer(submit);

    const parts = await partsOf(submit, "with the buttons below");
    expect(parts.length).toBeGreaterThan(1);
    expectCutBetweenSections(parts);
    const last = parts.at(-1);
    expect(last?.content).toContain("Follow-up: How would you roll it back?");
    expect(last?.content.endsWith("Answer it, or skip it to finish, with the buttons below.")).toBe(true);
    expect(last?.buttons).toEqual(["Answer the follow-up", "Skip", "Full breakdown", "History"]);
    for (const part of parts.slice(0, -1)) expect(part.buttons).toEqual([]);

    // The breakdown is longer still; its "Strengths:" heading opens the second part, not the end of the first.
    const breakdownButton = rest.calls
      .filter((c) => c.path.includes(`token-${submit.id}`))
      .flatMap((c) => ((c.payload?.components ?? []) as Component[]).flatMap((row) => row.components ?? []))
      .find((b) => b.label === "Full breakdown");
    const details = buttonClick(String(breakdownButton?.custom_id));
    await answer(details);
    const breakdown = await partsOf(details, "A stronger outline:");
    expect(breakdown.length).toBeGreaterThan(1);
    expectCutBetweenSections(breakdown);
    expect(breakdown[1]?.content.startsWith("Strengths:\n")).toBe(true);
    expect(h.errors).toEqual([]);
  });
});
