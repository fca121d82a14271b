// /mock on Discord end to end: the modal only for a question, the follow-up behind a button that opens a
// new modal, and a friendly word for a button whose question is gone.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockAnswers, mockSessions } from "../../../src/db/schema/index.js";
import type { SeenAnswer } from "../../fakes/discord/fakeDiscord.js";
import { buttonClick, modalSubmit, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer, weakAnswer } from "../../support/mock.js";
import { type Harness, NOW, openHarness } from "./harness.js";
import { type RestRecorder, startRestRecorder } from "./restRecorder.js";

const mock = (topic?: string) =>
  slashCommand("mock", topic === undefined ? [] : [{ name: "topic", type: OPTION.string, value: topic }]);

interface Component {
  type: number;
  content?: string;
  custom_id?: string;
  label?: string;
  components?: Component[];
}

/** The text the modal shows above its answer box. */
function modalText(modal: SeenAnswer): string {
  const components = (modal.data.components ?? []) as Component[];
  return components.find((c) => c.type === 10)?.content ?? "";
}

describe.each(testDatabases)("mock interviews on Discord on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  let rest: RestRecorder;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    rest = await startRestRecorder(h.fake.apiUrl);
    await h.startAdapter({ apiUrl: rest.apiUrl });
  });
  afterEach(async () => {
    await h.close();
    await rest.close();
  });

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  /** The buttons on the answer to an interaction, as the adapter sent them. */
  function buttonsOn(interaction: { id: string }): Component[] {
    const token = `token-${interaction.id}`;
    return rest.calls
      .filter((c) => c.path.includes(token) && c.payload !== null)
      .flatMap((c) => ((c.payload?.components ?? []) as Component[]).flatMap((row) => row.components ?? []));
  }

  it("GIVEN a topic that does not exist THEN a private reply that says so, and no modal", async () => {
    const reply = await answer(mock("astrology"));
    expect(reply).toMatchObject({ type: 4, ephemeral: true });
    expect(reply.content).toContain("“astrology” is not an interview topic");
  });

  it("GIVEN the day's answers used up THEN a private reply with the limit, and no modal", async () => {
    // The harness's limit is 10 a day; none left makes the same point without ten answers.
    h.deps.mockDailyLimit = 0;
    const reply = await answer(mock("versioning"));
    expect(reply).toMatchObject({ type: 4, ephemeral: true });
    expect(reply.content).toContain("judged in the last 24 hours, the limit");
  });

  it("GIVEN /mock again while its question is open THEN no new form: it says so, with a button to answer it; two forms for one question are judged once", async () => {
    const modal = await answer(mock("versioning"));
    expect(modal.type).toBe(9);
    const question = askedQuestion(h.deps.roadmap, modalText(modal));

    const reminder = await answer(mock());
    expect(reminder).toMatchObject({ type: 4, ephemeral: true });
    expect(reminder.content).toBe(
      `You already have a question open (30 min left): ${question.text.en}\nAnswer it, skip it or stop it with the buttons below.`,
    );
    // An immediate reply carries its buttons in the answer itself.
    const rows = (reminder.data.components ?? []) as Component[];
    const [button] = rows.flatMap((row) => row.components ?? []);
    expect(button).toMatchObject({ type: 2, label: "Answer it now" });
    const reopened = await answer(buttonClick(String(button?.custom_id)));
    expect(reopened.type).toBe(9);
    expect(modalText(reopened)).toBe(question.text.en);

    // Both forms are for the question: the first judged, the second not taken as the follow-up's answer.
    const first = await answer(modalSubmit(String(modal.data.custom_id), { answer: weakAnswer(question) }));
    expect(first.content).toMatch(/🎯 Score: \d+\/10/);
    expect(first.content).toContain("Follow-up:");
    const second = await answer(
      modalSubmit(String(reopened.data.custom_id), { answer: strongAnswer(question) }),
    );
    expect(second.content).toBe(
      `That question was already answered or closed; nothing new was recorded. ${h.mention("mock")} for another one.`,
    );
    const stages = await h.database.db
      .select({ stage: mockAnswers.stage })
      .from(mockAnswers)
      .where(eq(mockAnswers.questionId, question.id));
    expect(stages.map((s) => s.stage)).toEqual(["question"]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN /mock history or /mock stop THEN a private reply, not a modal", async () => {
    expect(await answer(mock("history"))).toMatchObject({ type: 4, ephemeral: true });
    expect((await answer(mock("stop"))).content).toContain("You have no mock interview open");
  });

  it("GIVEN a verdict with a follow-up THEN a button opens a new modal with it, whose answer is judged; the used button then says the question is gone", async () => {
    const ask = mock("monitoring");
    const modal = await answer(ask);
    expect(modal.type).toBe(9);
    const asked = modalText(modal);
    expect(asked).toContain("🎤 Mock interview — Monitoring");
    // The modal is the answer box: no "answer in your next message" in it.
    expect(asked).not.toContain("next message");
    const question = askedQuestion(h.deps.roadmap, asked);

    const submit = modalSubmit(String(modal.data.custom_id), { answer: weakAnswer(question) });
    const verdict = await answer(submit);
    expect(verdict).toMatchObject({ type: 5, ephemeral: true });
    const followUp = /Follow-up: (.+)/.exec(verdict.content)?.[1] ?? "";
    expect(followUp).toMatch(/^You didn't mention this:/);
    // No message content reaches the bot on Discord: the text points at the button, not a next message.
    expect(verdict.content).toContain("Answer it, or skip it to finish, with the buttons below.");
    expect(verdict.content).not.toContain("next message");
    const [button] = buttonsOn(submit);
    expect(button).toMatchObject({ type: 2, label: "Answer the follow-up" });

    const click = buttonClick(String(button?.custom_id));
    const second = await answer(click);
    // A modal must be the click's first response: no deferral before it.
    expect(second.type).toBe(9);
    expect(modalText(second)).toBe(followUp);

    const secondSubmit = modalSubmit(String(second.data.custom_id), { answer: strongAnswer(question) });
    const secondVerdict = await answer(secondSubmit);
    expect(secondVerdict.content).toMatch(/🎯 Score: \d+\/10/);
    expect(secondVerdict.content).not.toContain("Follow-up:");
    // The session is over: its buttons, and the menu of topics for the next question.
    expect(buttonsOn(secondSubmit).map((b) => b.label ?? "menu")).toEqual([
      "Another question",
      "Full breakdown",
      "History",
      "menu",
    ]);
    const stages = await h.database.db
      .select({ stage: mockAnswers.stage })
      .from(mockAnswers)
      .where(eq(mockAnswers.questionId, question.id));
    expect(stages.map((s) => s.stage)).toEqual(["question", "followUp"]);

    const stale = await answer(buttonClick(String(button?.custom_id)));
    expect(stale).toMatchObject({ type: 4, ephemeral: true });
    expect(stale.content).toBe(
      `That question is no longer open — it was answered, skipped or stopped. ${h.mention("mock")} for another one.`,
    );
    expect(h.errors).toEqual([]);
  });

  it("GIVEN the follow-up button clicked more than 30 minutes later THEN the question has expired, said privately", async () => {
    const modal = await answer(mock("versioning"));
    const question = askedQuestion(h.deps.roadmap, modalText(modal));
    const submit = modalSubmit(String(modal.data.custom_id), { answer: weakAnswer(question) });
    await answer(submit);
    const [button] = buttonsOn(submit);
    // The harness's clock stands still: the follow-up is made older instead.
    await h.database.db.update(mockSessions).set({ askedAt: new Date(NOW.getTime() - 31 * 60_000) });

    const late = await answer(buttonClick(String(button?.custom_id)));
    expect(late).toMatchObject({ type: 4, ephemeral: true });
    expect(late.content).toContain("Your mock interview question expired (no answer within 30 minutes)");
  });

  it("GIVEN a DM THEN the verdict is a plain message, and its button opens the follow-up there too", async () => {
    const dm = { guildId: null };
    const modal = await answer(
      slashCommand("mock", [{ name: "topic", type: OPTION.string, value: "cicd" }], dm),
    );
    const question = askedQuestion(h.deps.roadmap, modalText(modal));
    const submit = modalSubmit(String(modal.data.custom_id), { answer: weakAnswer(question) }, dm);
    const verdict = await answer(submit);
    expect(verdict).toMatchObject({ type: 5, ephemeral: false });
    const [button] = buttonsOn(submit);
    const followUp = await answer(buttonClick(String(button?.custom_id), dm));
    expect(followUp.type).toBe(9);
    expect(verdict.content).toContain(`Follow-up: ${modalText(followUp)}`);
  });

  it("GIVEN a Portuguese client THEN the button speaks Portuguese", async () => {
    const ask = slashCommand("mock", [{ name: "topic", type: OPTION.string, value: "cicd" }], {
      locale: "pt-BR",
    });
    const modal = await answer(ask);
    const question = askedQuestion(h.deps.roadmap, modalText(modal));
    const pt = { locale: "pt-BR" };
    const submit = modalSubmit(String(modal.data.custom_id), { answer: weakAnswer(question) }, pt);
    expect((await answer(submit)).content).toContain("Pergunta de acompanhamento:");
    expect(buttonsOn(submit).map((b) => b.label)).toEqual([
      "Responder à pergunta de acompanhamento",
      "Pular",
      "Análise completa",
      "Histórico",
    ]);
  });
});
