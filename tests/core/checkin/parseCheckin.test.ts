import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_NOTE_LENGTH } from "../../../src/core/checkin/limits.js";
import { parseCheckin } from "../../../src/core/checkin/parseCheckin.js";

const today = (minutes: number, note: string | null = null) => ({
  ok: true,
  value: { minutes, daysAgo: 0, note, noteShortened: false },
});
const yesterday = (minutes: number, note: string | null = null) => ({
  ok: true,
  value: { minutes, daysAgo: 1, note, noteShortened: false },
});

describe("parseCheckin", () => {
  it.each([
    ["3h", today(180)],
    ["3h estudei pandas", today(180, "estudei pandas")],
    ["2h yesterday", yesterday(120)],
    ["2h ontem", yesterday(120)],
    ["2h ontem revisão de git", yesterday(120, "revisão de git")],
    ["ontem 2h docker", yesterday(120, "docker")],
    ["Yesterday 1h30", yesterday(90)],
    ["2 h", today(120)],
    ["1h 30 min sklearn", today(90, "sklearn")],
    ["1h30 sklearn", today(90, "sklearn")],
    ["2 horas de pandas", today(120, "de pandas")],
    ["1,5h hoje", today(90)],
    ["hj 1h", today(60)],
    ["45m   lendo   docs", today(45, "lendo   docs")],
    ["2h, pandas", today(120, "pandas")],
    ["2h ontem, docker", yesterday(120, "docker")],
  ])("GIVEN /checkin %s THEN %o", (input, expected) => {
    expect(parseCheckin(input)).toEqual(expected);
  });

  describe("a number that opens the note belongs to the note", () => {
    it.each([
      ["2h 10 exercícios de pandas", today(120, "10 exercícios de pandas")],
      ["1h 3 vídeos", today(60, "3 vídeos")],
      ["2h 2 capítulos", today(120, "2 capítulos")],
      ["2h dez exercícios", today(120, "dez exercícios")],
      ["1h 30 sklearn", today(60, "30 sklearn")],
      ["2h 10 pandas exercises", today(120, "10 pandas exercises")],
      ["1h 3 videos", today(60, "3 videos")],
      ["2h 2 chapters", today(120, "2 chapters")],
      ["2h revisão do cap 3", today(120, "revisão do cap 3")],
      ["2h review of chapter 3", today(120, "review of chapter 3")],
      ["2h 1º capítulo", today(120, "1º capítulo")],
    ])("GIVEN /checkin %s THEN %o", (input, expected) => {
      expect(parseCheckin(input)).toEqual(expected);
    });

    it.each([
      ["2h 30min", 150],
      ["2h 30", 150],
      ["1h 30", 90],
      ["1h 30 minutos", 90],
      ["2h 15 minutes", 135],
      ["2h e 20", 140],
      ["1h and 20", 80],
      ["2h 30.", 150],
    ])(
      "GIVEN /checkin %s THEN a number with a minute unit, or ending the text, is %i minutes",
      (input, minutes) => {
        expect(parseCheckin(input)).toEqual(today(minutes));
      },
    );

    it("GIVEN /checkin 2h 30 ontem THEN a day word ends the duration as the end of the text does", () => {
      expect(parseCheckin("2h 30 ontem")).toEqual(yesterday(150));
      expect(parseCheckin("2h 30 yesterday")).toEqual(yesterday(150));
    });
  });

  describe("halves and words", () => {
    it.each([
      ["2 horas e meia de pandas", today(150, "de pandas")],
      ["uma hora e meia ontem", yesterday(90)],
      ["meia hora ontem docker", yesterday(30, "docker")],
      ["duas horas estudando sql", today(120, "estudando sql")],
      ["2h e meia hora", today(150)],
      ["an hour and a half of pandas", today(90, "of pandas")],
      ["half an hour yesterday docker", yesterday(30, "docker")],
      ["1h and a half yesterday", yesterday(90)],
      ["two hours reading docs", today(120, "reading docs")],
      ["ONTEM MEIA HORA", yesterday(30)],
    ])("GIVEN /checkin %s THEN %o", (input, expected) => {
      expect(parseCheckin(input)).toEqual(expected);
    });
  });

  describe("what is not understood refuses the whole check-in", () => {
    it.each([
      ["2h e uns 20", "2h e uns 20"],
      ["2h e pouco", "2h e pouco"],
      ["2h e mais 20", "2h e mais 20"],
      ["2h e um quarto", "2h e um quarto"],
      ["2h e", "2h e"],
      ["2h e 10 exercícios", "2h e 10 exercícios"],
      ["1h and a bit", "1h and a bit"],
      ["1h and some", "1h and some"],
      ["1h and a quarter", "1h and a quarter"],
      ["2h30x", "2h30x"],
      ["3hx", "3hx"],
      ["2h 75", "2h 75"],
      ["2h 75 min", "2h 75 min"],
      ["90m 30", "90m 30"],
      ["2h 30mn", "2h 30mn"],
      ["2h - 30min", "2h - 30min"],
      ["2h 1:30", "2h 1:30"],
      ["2h duas horas", "2h duas horas"],
      ["1,5h 30min", "1,5h 30min"],
      ["2h meia", "2h meia"],
      ["2h half", "2h half"],
      ["2h ontem 30min", "2h ontem 30min"],
      ["2h hoje e 30min", "2h hoje e 30min"],
      ["hoje 2h ontem", "hoje 2h ontem"],
    ])("GIVEN /checkin %s THEN invalid, quoting %j", (input, quoted) => {
      expect(parseCheckin(input)).toEqual({
        ok: false,
        error: { id: "checkin.invalid", params: { input: quoted } },
      });
    });

    it("never records time with part of it left in the note", () => {
      // Each extra either adds its minutes to the hours, or the check-in is refused.
      const extras: ReadonlyArray<readonly [string, number | null]> = [
        ["30min", 30],
        ["30", 30],
        ["e 30 minutos", 30],
        ["e meia", 30],
        ["and a half", 30],
        ["and 15 minutes", 15],
        ["e quinze minutos", 15],
        ["e uns 20", null],
        ["e pouco", null],
        ["and a bit", null],
        ["e 90min", null],
        ["75", null],
        ["- 20m", null],
        ["mais 10 min", null],
        ["horas", null],
      ];
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 10 }),
          fc.constantFrom(...extras),
          fc.constantFrom("", " ontem", " hoje"),
          (hours, [extra, minutes], day) => {
            const result = parseCheckin(`${hours}h ${extra}${day}`);
            if (result.ok)
              expect(result.value).toMatchObject({ minutes: hours * 60 + (minutes ?? Number.NaN) });
            if (result.ok) expect(result.value.note).toBeNull();
            if (minutes === null) expect(result.ok).toBe(false);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });

  describe("only today and yesterday can be logged", () => {
    it.each([
      ["3h amanhã", "amanhã"],
      ["3h amanha", "amanha"],
      ["amanhã 2h", "amanhã"],
      ["2h tomorrow", "tomorrow"],
      ["anteontem 2h", "anteontem"],
      ["2h day before yesterday", "day before yesterday"],
      ["2h 16/12", "16/12"],
      ["16/12 2h pandas", "16/12"],
      ["2h 2026-12-16", "2026-12-16"],
      ["2h 16/12/2026 pandas", "16/12/2026"],
      ["segunda 2h", "segunda"],
      ["2h sexta-feira", "sexta-feira"],
      ["2h Sábado revisão", "Sábado"],
      ["2h na sexta", "na sexta"],
      ["monday 2h", "monday"],
      ["2h Friday pandas", "Friday"],
      ["2h on sunday", "on sunday"],
      ["tomorrow", "tomorrow"],
    ])("GIVEN /checkin %s THEN refused, quoting %j", (input, quoted) => {
      expect(parseCheckin(input)).toEqual({
        ok: false,
        error: { id: "checkin.onlyTodayOrYesterday", params: { input: quoted } },
      });
    });

    it("GIVEN a day word later in the note THEN it is only the note", () => {
      expect(parseCheckin("2h revisão para amanhã")).toEqual(today(120, "revisão para amanhã"));
      expect(parseCheckin("2h ontem amanhã tem prova")).toEqual(yesterday(120, "amanhã tem prova"));
    });
  });

  describe("a long note is cut to fit", () => {
    it("GIVEN a note over the limit THEN its start is kept, ending in …", () => {
      const result = parseCheckin(`2h ${"x".repeat(MAX_NOTE_LENGTH + 1)}`);
      expect(result).toEqual({
        ok: true,
        value: { minutes: 120, daysAgo: 0, note: `${"x".repeat(MAX_NOTE_LENGTH - 1)}…`, noteShortened: true },
      });
    });

    it("GIVEN a note exactly at the limit THEN it is kept whole", () => {
      const note = "y".repeat(MAX_NOTE_LENGTH);
      expect(parseCheckin(`2h ontem ${note}`)).toEqual(yesterday(120, note));
    });
  });

  it.each([
    ["", "checkin.missing"],
    ["   ", "checkin.missing"],
    ["ontem", "checkin.missing"],
    ["lots", "checkin.invalid"],
    ["pandas 3h", "checkin.invalid"],
    ["duas pandas", "checkin.invalid"],
    ["-2h", "checkin.notPositive"],
    ["0 pandas", "checkin.notPositive"],
    ["13h", "checkin.tooLong"],
  ])("GIVEN /checkin %j THEN %s", (input, id) => {
    expect(parseCheckin(input)).toMatchObject({ ok: false, error: { id } });
  });

  it("quotes at most 40 characters of a bad duration back", () => {
    const result = parseCheckin("x".repeat(5000));
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.id === "checkin.invalid")
      expect(result.error.params.input).toHaveLength(40);
    const long = parseCheckin(`2h e uns ${"2".repeat(100)}`);
    if (!long.ok && long.error.id === "checkin.invalid") expect(long.error.params.input).toHaveLength(40);
  });

  it("never throws, and whatever it accepts starts with a duration and ends with its note", () => {
    const day = String.raw`((today|hoje|hj|yesterday|ontem)[,.]?\s+)?`;
    const count = String.raw`(-?[\d.,½]|(an?|um|uma|dois|duas|tr[eê]s|meia|half)\s)`;
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (input) => {
        const result = parseCheckin(input);
        if (result.ok) {
          expect(input.trim()).toMatch(new RegExp(`^${day}${count}`, "iu"));
          expect(result.value.minutes).toBeGreaterThan(0);
          expect(result.value.minutes).toBeLessThanOrEqual(720);
          if (result.value.note !== null) expect(input.trim().endsWith(result.value.note)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
