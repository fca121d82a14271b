import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSquad, SQUAD_NAME_MAX } from "../../../src/core/commands/squad/parseSquad.js";

const text = (t: string) => parseSquad({ kind: "text", text: t });

describe("parseSquad", () => {
  it("GIVEN the words in either language THEN the same action, the name as written on one line", () => {
    expect(text("")).toEqual({ ok: true, value: { action: "show" } });
    expect(text("criar  Foco \n Total")).toEqual({
      ok: true,
      value: { action: "create", name: "Foco Total" },
    });
    expect(text("ENTRAR foco")).toEqual({ ok: true, value: { action: "join", name: "foco" } });
    expect(text("sair")).toEqual({ ok: true, value: { action: "leave" } });
    expect(parseSquad({ kind: "options", values: { action: "join", name: " Foco " } })).toEqual({
      ok: true,
      value: { action: "join", name: "Foco" },
    });
  });

  it("GIVEN the name option without an action THEN the refusal quotes the name", () => {
    expect(parseSquad({ kind: "options", values: { name: "Foco" } })).toEqual({
      ok: false,
      error: { own: "unknownAction", params: { input: "Foco" } },
    });
  });

  it("GIVEN any text THEN a value or a refusal, never a throw, and a name within bounds and visible", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom("create ", "join ", ""), (tail, word) => {
        const parsed = text(`${word}${tail}`);
        if (parsed.ok && "name" in parsed.value) {
          const { name } = parsed.value;
          expect([...name].length).toBeLessThanOrEqual(SQUAD_NAME_MAX);
          expect(name).toBe(name.trim());
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is checked
          expect(name).not.toMatch(/[\u0000-\u001f\u202e]/);
        }
      }),
    );
  });
});
