// /mock's buttons on Discord: every open question offers Answer, Skip, Stop and History; a question open in
// the other chat says where it is; a new topic asked for with a question open is confirmed first; and a
// button left under an old question never acts on a newer one.
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mockSessions } from "../../../src/db/schema/index.js";
import type { SeenAnswer } from "../../fakes/discord/fakeDiscord.js";
import {
  buttonClick,
  modalSubmit,
  OPTION,
  slashCommand,
  type Who,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer } from "../../support/mock.js";
import { type Harness, openHarness } from "./harness.js";

interface Component {
  type: number;
  content?: string;
  custom_id?: string;
  label?: string;
  components?: Component[];
}

const DM: Who = { guildId: null };

const mock = (topic?: string, who: Who = {}) =>
  slashCommand(
    "mock",
    topic === undefined ? [] : [{ name: "topic", type: OPTION.string, value: topic }],
    who,
  );

/** The text the modal shows above its answer box. */
function modalText(modal: SeenAnswer): string {
  const components = (modal.data.components ?? []) as Component[];
  return components.find((c) => c.type === 10)?.content ?? "";
}

/** The buttons of an immediate reply, by label. */
function buttonsOf(reply: SeenAnswer): Map<string, string> {
  const rows = (reply.data.components ?? []) as Component[];
  return new Map(rows.flatMap((row) => row.components ?? []).map((b) => [b.label ?? "", b.custom_id ?? ""]));
}

describe.each(testDatabases)("mock interview buttons on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    await h.startAdapter();
  });
  afterEach(async () => {
    await h.close();
  });

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  async function click(reply: SeenAnswer, label: string, who: Who = {}) {
    const id = buttonsOf(reply).get(label);
    if (id === undefined) throw new Error(`no “${label}” button in ${[...buttonsOf(reply).keys()]}`);
    return answer(buttonClick(id, who));
  }

  it("GIVEN a question open THEN /mock offers Answer, Skip, Stop and History as buttons, and each does what it says", async () => {
    const first = askedQuestion(h.deps.roadmap, modalText(await answer(mock("versioning"))));
    const reminder = await answer(mock());
    expect(reminder).toMatchObject({ type: 4, ephemeral: true });
    expect(reminder.content).not.toContain("/mock skip");
    expect([...buttonsOf(reminder).keys()]).toEqual(["Answer it now", "Skip", "Stop", "History"]);

    const history = await click(reminder, "History");
    expect(history).toMatchObject({ type: 4, ephemeral: true });
    expect(history.content).toContain("No mock interviews yet");

    // Skip asks another question on the same topic, in its modal.
    const skipped = await click(reminder, "Skip");
    expect(skipped.type).toBe(9);
    const second = askedQuestion(h.deps.roadmap, modalText(skipped));
    expect(second.id).not.toBe(first.id);
    expect(modalText(skipped)).toContain("Mock interview — Versioning");

    const stopped = await click(await answer(mock()), "Stop");
    expect(stopped.content).toBe(
      `Mock interview ended; nothing was recorded. Start another with ${h.mention("mock")}.`,
    );
    // The first reminder's buttons were for a question that is gone: they act on nothing.
    expect((await click(reminder, "Skip")).content).toBe(
      `That question is no longer open — it was answered, skipped or stopped. ${h.mention("mock")} for another one.`,
    );
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a question open in the DMs THEN /mock in the server says so, and Skip there asks a new question in the server", async () => {
    const inDm = askedQuestion(h.deps.roadmap, modalText(await answer(mock("versioning", DM))));
    const elsewhere = await answer(mock());
    expect(elsewhere).toMatchObject({ type: 4, ephemeral: true });
    expect(elsewhere.content).toBe(
      `Your open question is in our private chat (30 min left): ${inDm.text.en}\nAnswer it there — or, with the buttons below, skip it for a new question here, or stop it.`,
    );
    expect([...buttonsOf(elsewhere).keys()]).toEqual(["Skip", "Stop", "History"]);

    const here = await click(elsewhere, "Skip");
    expect(here.type).toBe(9);
    const question = askedQuestion(h.deps.roadmap, modalText(here));
    const verdict = await answer(
      modalSubmit(String(here.data.custom_id), { answer: strongAnswer(question) }),
    );
    expect(verdict.content).toMatch(/🎯 Score: \d+\/10/);
    // The follow-up it asked is skipped the same way, which ends the session.
    expect((await click(await answer(mock()), "Skip")).content).toContain("Follow-up skipped");

    // And the other way round: a question open in the server, named by the server's name in the DMs.
    const inServer = askedQuestion(h.deps.roadmap, modalText(await answer(mock("monitoring"))));
    const fromDm = await answer(mock(undefined, DM));
    expect(fromDm.content).toBe(
      `Your open question is in “Study group” (30 min left): ${inServer.text.en}\nAnswer it there — or, with the buttons below, skip it for a new question here, or stop it.`,
    );
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a question open and /mock with another topic THEN it asks first: Answer keeps the open question, Switch drops it for the new topic", async () => {
    const open = askedQuestion(h.deps.roadmap, modalText(await answer(mock("versioning"))));
    const confirm = await answer(mock("monitoring"));
    expect(confirm).toMatchObject({ type: 4, ephemeral: true });
    expect(confirm.content).toBe(
      `You have a question on Versioning open (30 min left): ${open.text.en}\nSwitch to a question on Monitoring and leave this one unanswered, or answer it first?`,
    );
    expect([...buttonsOf(confirm).keys()]).toEqual(["Switch to Monitoring", "Answer it now"]);

    const kept = await click(confirm, "Answer it now");
    expect(kept.type).toBe(9);
    expect(modalText(kept)).toBe(open.text.en);

    const switched = await click(confirm, "Switch to Monitoring");
    expect(switched.type).toBe(9);
    expect(modalText(switched)).toContain("Mock interview — Monitoring");
    const sessions = await h.database.db
      .select({ topic: mockSessions.topicId, endReason: mockSessions.endReason })
      .from(mockSessions)
      .orderBy(mockSessions.id);
    expect(sessions).toEqual([
      { topic: "versioning", endReason: "skipped" },
      { topic: "monitoring", endReason: null },
    ]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN an Answer button under an old question THEN a click says that question is closed, never opens the newer one", async () => {
    await answer(mock("versioning"));
    const reminder = await answer(mock());
    await click(reminder, "Stop");
    const newer = await answer(mock("monitoring"));
    expect(newer.type).toBe(9);

    const stale = await click(reminder, "Answer it now");
    expect(stale).toMatchObject({ type: 4, ephemeral: true });
    expect(stale.content).toBe(
      `That question is no longer open — it was answered, skipped or stopped. ${h.mention("mock")} for another one.`,
    );
    const inPortuguese = await click(reminder, "Answer it now", { locale: "pt-BR" });
    expect(inPortuguese.content).toBe(
      `Essa pergunta não está mais aberta — já foi respondida, pulada ou encerrada. ${h.mention("mock")} para outra.`,
    );
    // The newer question is untouched, still open and answerable.
    const open = await h.database.db
      .select()
      .from(mockSessions)
      .where(eq(mockSessions.topicId, "monitoring"));
    expect(open.map((s) => s.endedAt)).toEqual([null]);
    expect(h.errors).toEqual([]);
  });
});
