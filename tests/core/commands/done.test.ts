// /done and /undone: ticking the roadmap's tasks in order, today's task following the ticks, and replays.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Wednesday 2 December 2026, noon in São Paulo.
const WED = "2026-12-02T15:00:00Z";

describe.each(botBackends)("/done and /undone on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN a member on a Wednesday start THEN /done 1 ticks week 1's first task, /roadmap marks it, and the next is named", async () => {
    const as = "wed";
    await bot.send("/start", { as, at: WED });
    const ticked = await bot.send("/done 1", { as, at: WED });
    expect(ticked).toBe(
      [
        "✅ Week 1, task 1 done: Create a virtualenv with python -m venv, activate it and install pandas, numpy and matplotlib with pip.",
        "This week: 1/5 tasks.",
        "Next: Write a script that uses lists and dictionaries to count the words in a text file.",
      ].join("\n"),
    );
    const roadmap = await bot.send("/roadmap", { as, at: WED });
    expect(roadmap).toContain("1. ✅ Create a virtualenv");
    expect(roadmap).toContain("\n2. Write a script");
    expect(roadmap).toContain("Tick a task with /done 1.");
    expect(await bot.send("/progress", { as, at: WED })).toContain("Tasks: 1/5 done this week");
  });

  it("GIVEN another week's task or a deliverable with a link THEN each is ticked where it belongs", async () => {
    const as = "ahead";
    await bot.send("/start", { as, at: WED });
    expect(await bot.send("/done w3.2", { as, at: WED })).toMatch(
      /^✅ Week 3, task 2 done: .+\nWeek 3: 1\/4 tasks\./,
    );
    expect(await bot.send("/roadmap 3", { as, at: WED })).toMatch(/\n2\. ✅ /);
    const link = "https://github.com/ahead/churn-model";
    expect(await bot.send(`/done p1 ${link}`, { as, at: WED })).toMatch(
      new RegExp(`^✅ Portfolio deliverable 1 done: .+ — ${link.replaceAll(".", "\\.")}`),
    );
  });

  it("GIVEN bad references THEN a friendly reply with an example and nothing ticked", async () => {
    const as = "typo";
    await bot.send("/start", { as, at: WED });
    expect(await bot.send("/done", { as, at: WED })).toBe(
      "Which task? Use its number in /roadmap, e.g. /done 2.",
    );
    expect(await bot.send("/done 9", { as, at: WED })).toBe(
      "Week 1 has 5 tasks: pick 1 to 5, e.g. /done w1.1.",
    );
    expect(await bot.send("/done w40.1", { as, at: WED })).toBe(
      "The roadmap has no week 40. Name a task like /done w1.2.",
    );
    expect(await bot.send("/done banana", { as, at: WED })).toBe(
      "I couldn't read “banana” as a task. Use its number in /roadmap, e.g. /done 2; /done w3.2 for another week, /done p1 for a portfolio deliverable.",
    );
    expect(await bot.send("/done p1 github.com/x", { as, at: WED })).toBe(
      "“github.com/x” is not a link. Give the full address, e.g. /done p1 https://github.com/you/project",
    );
    expect(await bot.send("/done 2", { as: "nostart", at: WED })).toBe(
      "You have no current week (not started yet, or past the end): name the week, e.g. /done w1.2.",
    );
    expect(await bot.send("/progress", { as, at: WED })).toContain("Tasks: 0/5 done this week");
  });

  it("GIVEN /undone THEN the tick goes, and a second /undone says there was nothing; in Portuguese too", async () => {
    const pt = { as: "bia", at: WED, locale: "pt-BR" } as const;
    await bot.send("/start", pt);
    expect(await bot.send("/feito 2", pt)).toMatch(/^✅ Semana 1, tarefa 2 feita: Escrever um script/);
    expect(await bot.send("/desmarcar 2", pt)).toBe(
      "↩️ Desmarquei a tarefa 2 da semana 1: Escrever um script que use listas e dicionários para contar as palavras de um arquivo de texto.",
    );
    expect(await bot.send("/desmarcar 2", pt)).toBe(
      "A tarefa 2 da semana 1 não estava marcada: nada a desfazer.",
    );
    expect(await bot.send("/feito", pt)).toBe("Qual tarefa? Use o número dela no /trilha, ex.: /feito 2.");
  });

  it("GIVEN a /done delivered twice after an /undone THEN the replay ticks nothing again", async () => {
    const as = "replay";
    await bot.send("/start", { as, at: WED });
    const first = await bot.send("/done 3", { as, at: WED, eventId: "done-3" });
    await bot.send("/undone 3", { as, at: WED });
    // The platform delivers the old event again: its reply comes back, the task stays unticked.
    expect(await bot.send("/done 3", { as, at: WED, eventId: "done-3" })).toBe(first);
    expect(await bot.send("/roadmap", { as, at: WED })).not.toContain("3. ✅");
  });
});
