// A verdict that ends a Discord mock session carries a menu of the roadmap's topics: a pick asks the next
// question on it, in its form.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeenAnswer } from "../../fakes/discord/fakeDiscord.js";
import {
  buttonClick,
  modalSubmit,
  OPTION,
  selectMenu,
  slashCommand,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer } from "../../support/mock.js";
import { type Harness, openHarness } from "./harness.js";

interface Component {
  type: number;
  content?: string;
  custom_id?: string;
  label?: string;
  placeholder?: string;
  options?: Array<{ label: string; value: string }>;
  components?: Component[];
}

const modalText = (modal: SeenAnswer) =>
  ((modal.data.components ?? []) as Component[]).find((c) => c.type === 10)?.content ?? "";
const componentsOf = (reply: SeenAnswer) =>
  ((reply.data.components ?? []) as Component[]).flatMap((row) => row.components ?? []);

describe.each(testDatabases)("the next topic's menu on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    await h.startAdapter();
  });
  afterEach(() => h.close());

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  it("GIVEN a session's last verdict THEN a menu of the topics; a pick opens a question on that topic", async () => {
    const opened = await answer(
      slashCommand("mock", [{ name: "topic", type: OPTION.string, value: "versioning" }]),
    );
    const question = askedQuestion(h.deps.roadmap, modalText(opened));
    const verdict = await answer(
      modalSubmit(String(opened.data.custom_id), { answer: strongAnswer(question) }),
    );
    // A follow-up first: its verdict is the session's last.
    const followUpButton = componentsOf(verdict).find((c) => c.label === "Answer the follow-up");
    expect(componentsOf(verdict).some((c) => c.type === 3)).toBe(false);
    const followUp = await answer(buttonClick(String(followUpButton?.custom_id)));
    const last = await answer(
      modalSubmit(String(followUp.data.custom_id), { answer: strongAnswer(question) }),
    );
    const menu = componentsOf(last).find((c) => c.type === 3);
    expect(menu?.placeholder).toBe("Next question on…");
    expect(menu?.options?.map((o) => o.value)).toEqual(h.deps.roadmap.interview.topics.map((t) => t.id));

    const next = await answer(selectMenu("mock-topic", ["monitoring"]));
    expect(next.type).toBe(9);
    const asked = askedQuestion(h.deps.roadmap, modalText(next));
    const monitoring = h.deps.roadmap.interview.topics.find((t) => t.id === "monitoring");
    expect(monitoring?.questions.map((q) => q.id)).toContain(asked.id);
    expect(h.errors).toEqual([]);
  });
});
