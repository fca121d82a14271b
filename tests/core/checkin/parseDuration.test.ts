import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDuration } from "../../../src/core/checkin/parseDuration.js";

const WORDS = ["uma", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"];
const EN_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

describe("parseDuration", () => {
  it.each([
    ["3h", 180],
    ["3", 180],
    ["90m", 90],
    ["90 min", 90],
    ["1h30", 90],
    ["1h30m", 90],
    ["1h 30min", 90],
    ["1h 30", 90],
    ["2h 30", 150],
    ["1.5h", 90],
    ["1,5h", 90],
    ["0,5", 30],
    [".5", 30],
    ["2 horas", 120],
    ["2hs", 120],
    ["1:45", 105],
    ["12h", 720],
    ["1m", 1],
  ])("GIVEN %s THEN %i minutes", (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ["2 horas e meia", 150],
    ["1 hora e meia", 90],
    ["1h e meia", 90],
    ["2h e meia", 150],
    ["1h e 30min", 90],
    ["2h e 30", 150],
    ["meia hora", 30],
    ["½h", 30],
    ["1½h", 90],
    ["½", 30],
    ["duas horas", 120],
    ["uma hora", 60],
    ["três horas", 180],
    ["tres horas", 180],
    ["dez minutos", 10],
    ["uma hora e vinte", 80],
    ["duas horas e quinze minutos", 135],
    ["uma hora e vinte e cinco minutos", 85],
    ["Duas Horas E Meia", 150],
    ["MEIA HORA", 30],
    ["TRÊS HORAS", 180],
  ])("GIVEN the Portuguese %s THEN %i minutes", (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    ["half an hour", 30],
    ["a half hour", 30],
    ["1h and a half", 90],
    ["an hour and a half", 90],
    ["one and a half hours", 90],
    ["an hour", 60],
    ["two hours", 120],
    ["ten minutes", 10],
    ["twenty-five minutes", 25],
    ["1 hour and 30 minutes", 90],
    ["2 hours 15 minutes", 135],
    ["1 hour 30", 90],
    ["Half An Hour", 30],
    ["TWO HOURS", 120],
  ])("GIVEN the English %s THEN %i minutes", (input, minutes) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: minutes });
  });

  it.each(WORDS.map((word, i) => [word, i + 1] as const))(
    "GIVEN %s horas and %s minutos THEN that many hours and minutes",
    (word, count) => {
      expect(parseDuration(`${word} ${count === 1 ? "hora" : "horas"}`)).toEqual({
        ok: true,
        value: count * 60,
      });
      expect(parseDuration(`${word} minutos`)).toEqual({ ok: true, value: count });
    },
  );

  it.each(EN_WORDS.map((word, i) => [word, i + 1] as const))(
    "GIVEN %s hours and %s minutes THEN that many hours and minutes",
    (word, count) => {
      expect(parseDuration(`${word} hours`)).toEqual({ ok: true, value: count * 60 });
      expect(parseDuration(`${word} minutes`)).toEqual({ ok: true, value: count });
    },
  );

  it("GIVEN um and dois THEN the masculine counts read as uma and duas do", () => {
    expect(parseDuration("dois minutos")).toEqual({ ok: true, value: 2 });
    expect(parseDuration("um minuto")).toEqual({ ok: true, value: 1 });
  });

  it.each(["-2h", "0", "0h", "0m", "0:00", "−1h", "- 1h30"])("GIVEN %s THEN not positive", (input) => {
    expect(parseDuration(input)).toMatchObject({ ok: false, error: { id: "checkin.notPositive" } });
  });

  it.each(["13h", "12h01m", "721m", "90", "99999h", "treze horas", "doze horas e meia"])(
    "GIVEN %s THEN too long",
    (input) => {
      expect(parseDuration(input)).toMatchObject({
        ok: false,
        error: { id: "checkin.tooLong", params: { maxHours: 12 } },
      });
    },
  );

  it.each([
    "lots",
    "",
    "h",
    "3x",
    "1h75",
    "1.5.5h",
    "1.555h",
    "1h30h",
    "2h30x",
    "3 hours pandas",
    "Infinity",
    "NaN",
    "1e3",
    "duas",
    "meia",
    "half",
    "2h e uns 20",
    "2h e pouco",
    "1h and a bit",
    "1,5h 30min",
    "2h 75",
    "1:5",
    "1:75",
  ])("GIVEN %s THEN invalid", (input) => {
    expect(parseDuration(input)).toMatchObject({ ok: false, error: { id: "checkin.invalid" } });
  });

  it("never throws, and accepts nothing without a count in digits or words", () => {
    const count = /\d|½|\b(an?|um|uma|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|meia|half)\b/i;
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const result = parseDuration(input);
        if (!count.test(input)) expect(result.ok).toBe(false);
        if (result.ok) expect(result.value).toBeGreaterThan(0);
        if (result.ok) expect(result.value).toBeLessThanOrEqual(720);
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the same duration whatever the case", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9hm:.,½\s a-z-]{0,16}$/), (input) => {
        const outcome = (text: string) => {
          const result = parseDuration(text);
          return result.ok ? result.value : result.error.id;
        };
        expect(outcome(input.toUpperCase())).toBe(outcome(input));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads back every duration written in any accepted form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 720 }), (minutes) => {
        const h = Math.floor(minutes / 60);
        const m = minutes % 60;
        const forms = [
          `${minutes}m`,
          `${minutes} min`,
          `${minutes} minutos`,
          `${h}:${String(m).padStart(2, "0")}`,
        ];
        if (h > 0 && m > 0) {
          forms.push(`${h}h${m}`, `${h}h${m}m`, `${h}h ${m}min`, `${h}h ${m}`, `${h}h e ${m}min`);
          forms.push(`${h} horas e ${m} minutos`, `${h} hours and ${m} minutes`, `${h} hours ${m} minutes`);
        }
        if (m === 0) forms.push(`${h}h`, `${h}`, `${h} horas`, `${h} hours`);
        if (m === 0 && h <= 10) forms.push(`${WORDS[h - 1]} horas`, `${EN_WORDS[h - 1]} hours`);
        if (m === 30) forms.push(`${h},5h`, `${h}.5`, `${h}½h`);
        if (m === 30 && h > 0) forms.push(`${h}h e meia`, `${h} horas e meia`, `${h}h and a half`);
        for (const form of forms) expect(parseDuration(form), form).toEqual({ ok: true, value: minutes });
      }),
      { numRuns: 720 },
    );
  });
});
