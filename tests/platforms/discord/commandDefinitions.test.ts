// The definitions fit Discord's limits, which the real API would otherwise refuse at registration.
import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { definitionsHash } from "../../../src/platforms/discord/registerCommands.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe("commandDefinitions", async () => {
  const roadmap = await loadRoadmap();
  const definitions = commandDefinitions(roadmap);

  it("GIVEN every command THEN names, descriptions and choices fit Discord's limits in both languages", () => {
    for (const command of definitions) {
      expect(command.name).toMatch(NAME);
      expect(command.name_localizations?.["pt-BR"]).toMatch(NAME);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.description_localizations?.["pt-BR"]?.length).toBeLessThanOrEqual(100);
      let optionalSeen = false;
      for (const option of command.options ?? []) {
        expect(option.name).toMatch(NAME);
        expect(option.name_localizations?.["pt-BR"]).toMatch(NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description_localizations?.["pt-BR"]?.length).toBeLessThanOrEqual(100);
        // Discord refuses a required option after an optional one.
        if (option.required) expect(optionalSeen).toBe(false);
        else optionalSeen = true;
        if (option.type === ApplicationCommandOptionType.String && option.choices) {
          expect(option.choices.length).toBeLessThanOrEqual(25);
          for (const choice of option.choices) {
            expect(choice.name.length).toBeLessThanOrEqual(100);
            expect(choice.name_localizations?.["pt-BR"]?.length).toBeLessThanOrEqual(100);
          }
        }
      }
    }
  });

  it("GIVEN /mock THEN its topics are the roadmap's interview topics", () => {
    const topic = definitions.find((c) => c.name === "mock")?.options?.[0];
    expect(topic?.type).toBe(ApplicationCommandOptionType.String);
    const choices = topic?.type === ApplicationCommandOptionType.String ? (topic.choices ?? []) : [];
    expect(choices.map((c) => c.value)).toEqual(roadmap.interview.topics.map((t) => t.id));
  });

  it("GIVEN the same roadmap twice THEN the same hash; another roadmap THEN another hash", () => {
    expect(definitionsHash(commandDefinitions(roadmap))).toBe(definitionsHash(definitions));
    const shorter = { ...roadmap, weeks: roadmap.weeks.slice(0, 6) };
    expect(definitionsHash(commandDefinitions(shorter))).not.toBe(definitionsHash(definitions));
  });
});
