// /plan on Discord end to end: a button under the reply opens a form prefilled with the plan; submitting it
// runs /plan, and a wrong field gets /plan's own refusal and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SeenAnswer } from "../../fakes/discord/fakeDiscord.js";
import {
  buttonClick,
  modalSubmit,
  OPTION,
  slashCommand,
  type Who,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  value?: string;
  placeholder?: string;
  required?: boolean;
  component?: Component;
  components?: Component[];
}

const plan = (blocks?: string, who: Who = {}) =>
  slashCommand(
    "plan",
    blocks === undefined ? [] : [{ name: "blocks", type: OPTION.string, value: blocks }],
    who,
  );

/** The modal's fields, as the member sees them: label → prefilled value. */
function fieldsOf(modal: SeenAnswer): Record<string, string> {
  const labels = (modal.data.components ?? []) as Component[];
  return Object.fromEntries(labels.map((l) => [l.label ?? "", l.component?.value ?? ""]));
}

describe.each(testDatabases)("the plan's form on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  const seen = new Map<string, SeenAnswer>();
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    // Never deferred: every answer carries its buttons itself.
    await h.startAdapter({ deferAfterMs: 60_000 });
  });
  afterEach(() => h.close());

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answered = await h.fake.answerTo(interaction.id);
    seen.set(interaction.id, answered);
    return answered;
  }

  /** The buttons under the answer to an interaction. */
  function buttonsOn(interaction: { id: string }): Component[] {
    const rows = (seen.get(interaction.id)?.data.components ?? []) as Component[];
    return rows.flatMap((row) => row.components ?? []);
  }

  it("GIVEN /plan THEN a private reply with an Edit plan button, which opens the form prefilled with the plan; a valid submit saves it", async () => {
    const set = plan("mon wed fri 7pm-9pm; sat 9am-12pm");
    expect((await answer(set)).content).toContain(
      "🗓️ Plan saved: Mon, Wed, Fri 19:00–21:00 · Sat 09:00–12:00",
    );
    expect(buttonsOn(set)).toMatchObject([{ type: 2, label: "Edit plan" }]);

    const show = plan();
    const shown = await answer(show);
    expect(shown).toMatchObject({ ephemeral: true });
    expect(shown.content).toContain("🗓️ Your plan: Mon, Wed, Fri 19:00–21:00 · Sat 09:00–12:00");
    const [button] = buttonsOn(show);
    expect(button).toMatchObject({ type: 2, label: "Edit plan" });

    const modal = await answer(buttonClick(String(button?.custom_id)));
    // A modal must be the click's first response.
    expect(modal.type).toBe(9);
    expect(modal.data.title).toBe("Your study plan");
    expect(fieldsOf(modal)).toEqual({
      "Days and hours (empty: no blocks)": "mon wed fri 19:00-21:00; sat 09:00-12:00",
      "If… (what could get in the way)": "",
      "Then… (what you'll do instead)": "",
    });
    expect(String(modal.data.custom_id)).not.toMatch(/^mock/);

    const submit = modalSubmit(String(modal.data.custom_id), {
      blocks: "tue thu 19:00-21:00",
      obstacle: "work runs late",
      fallback: "20 minutes of flashcards on the bus",
    });
    const saved = await answer(submit);
    expect(saved.ephemeral).toBe(true);
    expect(saved.content).toBe(
      [
        "🗓️ Your plan: Tue, Thu 19:00–21:00 — 4h a week (your goal: 20h)",
        "If work runs late, then 20 minutes of flashcards on the bus.",
        `Change it with e.g. ${h.mention("plan")} \`mon wed fri 19:00-21:00; sat 09:00-12:00\`, or ${h.mention("plan")} \`off\`.`,
      ].join("\n"),
    );
    expect(buttonsOn(submit)).toMatchObject([{ label: "Edit plan" }]);

    // The old button still works: it opens the plan as it is now.
    const again = await answer(buttonClick(String(button?.custom_id)));
    expect(fieldsOf(again)).toEqual({
      "Days and hours (empty: no blocks)": "tue thu 19:00-21:00",
      "If… (what could get in the way)": "work runs late",
      "Then… (what you'll do instead)": "20 minutes of flashcards on the bus",
    });
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a form with blocks /plan cannot read THEN /plan's friendly refusal with an example, and the plan stays", async () => {
    await answer(plan("tue thu 19:00-21:00"));
    const modal = await answer(buttonClick("plan-edit"));
    const submit = modalSubmit(String(modal.data.custom_id), {
      blocks: "19:00-21:00",
      obstacle: "it rains",
      fallback: "I study at home",
    });
    const refused = await answer(submit);
    expect(refused).toMatchObject({ ephemeral: true });
    expect(refused.content).toBe(
      `“19:00-21:00” names no day of the week. For example: ${h.mention("plan")} \`mon wed fri 19:00-21:00; sat 09:00-12:00\``,
    );
    expect(buttonsOn(submit)).toEqual([]);
    const after = await answer(plan());
    expect(after.content).toContain("🗓️ Your plan: Tue, Thu 19:00–21:00");
    expect(after.content).not.toContain("it rains");
  });

  it("GIVEN a Portuguese client THEN the button and the form speak Portuguese, and emptying the blocks clears them in a DM", async () => {
    const pt = { locale: "pt-BR", guildId: null };
    const show = plan("seg a qua 19h-21h", pt);
    expect((await answer(show)).content).toContain("🗓️ Plano salvo: seg, ter, qua 19:00–21:00");
    const [button] = buttonsOn(show);
    expect(button).toMatchObject({ label: "Editar plano" });
    const modal = await answer(buttonClick(String(button?.custom_id), pt));
    expect(modal.data.title).toBe("Seu plano de estudo");
    expect(fieldsOf(modal)).toEqual({
      "Dias e horários (vazio: nenhum)": "seg ter qua 19:00-21:00",
      "Se… (o que pode atrapalhar)": "",
      "Então… (o que você vai fazer)": "",
    });
    const submit = modalSubmit(String(modal.data.custom_id), { blocks: "", obstacle: "", fallback: "" }, pt);
    const cleared = await answer(submit);
    expect(cleared).toMatchObject({ ephemeral: false, content: "🗓️ Plano apagado." });
    expect(buttonsOn(submit)).toMatchObject([{ label: "Editar plano" }]);
    expect((await answer(plan(undefined, pt))).content).toContain("Você ainda não tem um plano de estudo.");
  });
});
