// Every command describes itself fully: texts in both languages, a valid Telegram menu entry, a valid
// Discord definition. A command added without one of them fails here, not at a platform's registration.
import { ApplicationCommandOptionType } from "discord.js";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandNamed } from "../../../src/core/commands/index.js";
import { call } from "../../../src/core/commands/names.js";
import { LOCALES } from "../../../src/core/roadmap/types.js";
import { commandDefinitions } from "../../../src/platforms/discord/commandDefinitions.js";
import { MENU_LIMITS, menu } from "../../../src/platforms/telegram/commands.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

const DISCORD_NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

describe("command specs", async () => {
  const roadmap = await loadRoadmap();
  const definitions = commandDefinitions(roadmap);

  describe.each(COMMANDS.map((command) => [command.name, command] as const))("/%s", (name, command) => {
    it.each(LOCALES)(
      "GIVEN %s THEN it has a description, a /help line and every option's texts",
      (locale) => {
        const texts = command.texts[locale];
        expect(texts.description.length).toBeGreaterThan(0);
        expect(texts.description.length).toBeLessThanOrEqual(100);
        expect((texts.menu ?? texts.description).length).toBeLessThanOrEqual(MENU_LIMITS.description);
        // The /help line starts with a name that runs this very command.
        const shown = /^\/([\p{L}-]+)/u.exec(texts.help({ targetHours: 20 }))?.[1] ?? "";
        expect(commandNamed(shown)?.name).toBe(name);
        for (const option of command.options) {
          expect(texts.options?.[option.name]?.description.length ?? 0).toBeGreaterThan(0);
          expect(texts.options?.[option.name]?.name).toMatch(DISCORD_NAME);
          for (const choice of option.choices?.(roadmap) ?? [])
            expect(choice.label[locale].length).toBeGreaterThan(0);
        }
      },
    );

    it("GIVEN its names THEN each runs this command and no other", () => {
      for (const alias of [name, ...command.aliases.en, ...command.aliases["pt-BR"]]) {
        expect(commandNamed(alias)).toBe(command);
      }
    });

    it("GIVEN a menu lists it THEN the entry fits Telegram's rules, under the name messages show in each language", () => {
      for (const chat of command.menus) {
        // An admin's command is in the administrators' menu, not the members'.
        const audience = chat === "group" && command.adminOnly !== undefined ? "admins" : chat;
        for (const locale of LOCALES) {
          const entry = menu(locale, audience).find((item) => commandNamed(item.command) === command);
          expect(entry?.command).toMatch(MENU_LIMITS.name);
          expect(entry?.description.length).toBeGreaterThan(0);
          // Where Telegram accepts it, the menu shows the name every message uses for this language.
          const written = call(command, locale).slice(1);
          if (MENU_LIMITS.name.test(written)) expect(entry?.command).toBe(written);
        }
      }
    });

    it("GIVEN Discord THEN its definition has its options, in order, localized, within Discord's limits", () => {
      const definition = definitions.find((d) => d.name === name);
      expect(definition?.name_localizations?.["pt-BR"]).toMatch(DISCORD_NAME);
      expect(definition?.options?.map((o) => o.name)).toEqual(command.options.map((o) => o.name));
      let optionalSeen = false;
      for (const option of definition?.options ?? []) {
        expect(option.name).toMatch(DISCORD_NAME);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(option.description_localizations?.["pt-BR"]?.length ?? 0).toBeGreaterThan(0);
        // Discord refuses a required option after an optional one.
        if (option.required) expect(optionalSeen).toBe(false);
        else optionalSeen = true;
        if (option.type === ApplicationCommandOptionType.String && option.choices !== undefined) {
          expect(option.choices.length).toBeLessThanOrEqual(25);
        }
      }
      // An admin's command is hidden from the others.
      expect(definition?.default_member_permissions !== undefined).toBe(command.adminOnly !== undefined);
    });
  });

  it("GIVEN all names THEN none is claimed by two commands", () => {
    const names = COMMANDS.flatMap((c) => [c.name, ...c.aliases.en, ...c.aliases["pt-BR"]]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("GIVEN Telegram's menus THEN each fits its size, and the group's lists only what runs in a group", () => {
    for (const locale of LOCALES) {
      expect(menu(locale, "private").length).toBeLessThanOrEqual(MENU_LIMITS.entries);
      const group = menu(locale, "group").map((entry) => commandNamed(entry.command));
      expect(group.filter((command) => command?.where === "private")).toEqual([]);
    }
  });
});
