// Pipes whole sessions into the real entry point, as a newcomer would with `npm start`.
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createServerDatabase, SERVER_URL } from "../support/databases.js";
import { runConstancia } from "../support/entryPoint.js";

const constancia = runConstancia;

const FIRST_RUN = [
  "/start",
  "/checkin 3h estudei pandas",
  "/checkin 90m",
  "/progress",
  "/checkin -2h",
  "/checkin lots",
  "/checkin 13h",
  "/progress",
  "/undo",
  "/progress",
  "",
].join("\n");

/**
 * The first week's target for a day 1 of today: the days from today to Sunday, each a seventh of 20h,
 * to the nearest 5 minutes ("5h45" on a Saturday, "20h" on a Monday).
 */
function firstWeekTarget(): string {
  const daysCounted = 8 - DateTime.now().setZone("America/Sao_Paulo").weekday;
  const minutes = Math.round((1200 * daysCounted) / 7 / 5) * 5;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)}h${rest === 0 ? "" : String(rest).padStart(2, "0")}`;
}

async function firstAndSecondRun(env: Record<string, string>) {
  const target = firstWeekTarget();
  const first = await constancia(["start"], FIRST_RUN, env);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  const reports = first.stdout.split("📊").slice(1);
  expect(reports).toHaveLength(3);
  // Three bad check-ins between the first two reports changed nothing.
  expect(reports[0]).toContain(`This week: 4h30 of ${target}`);
  expect(reports[1]).toContain(`This week: 4h30 of ${target}`);
  expect(first.stdout).toContain("must be more than zero");
  expect(first.stdout).toContain("couldn't read “lots”");
  expect(first.stdout).toContain("more than 12h in one check-in");
  expect(first.stdout).toContain("Removed 1h30");
  expect(reports[2]).toContain(`This week: 3h of ${target}`);

  const second = await constancia(["start"], "/progress\n", env);
  expect(second.code).toBe(0);
  expect(second.stdout).toContain("Total so far: 3h");
}

describe("constancia start with piped input", () => {
  it("GIVEN no database URL THEN it runs on the embedded database, which keeps the data across runs", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-e2e-"));
    await firstAndSecondRun({ DATA_DIR: dataDir });
  }, 120_000);

  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it.skipIf(SERVER_URL === null)(
    "GIVEN DATABASE_URL of an empty Postgres database THEN the same session works there",
    async () => {
      const created = await createServerDatabase(SERVER_URL ?? "");
      drops.push(created.drop);
      await firstAndSecondRun({ DATABASE_URL: created.url });
    },
    120_000,
  );
});

describe("constancia with bad configuration", () => {
  it("GIVEN several bad variables THEN exit 1 with one message naming each, secrets unshown", async () => {
    const run = await constancia(["start"], "", {
      DATABASE_URL: "mysql://root:s3cret@db/x",
      DEFAULT_TIMEZONE: "Nowhere/Land",
      LOG_LEVEL: "chatty",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Configuration is not valid:");
    expect(run.stderr).toContain("DATABASE_URL:");
    expect(run.stderr).toContain("DEFAULT_TIMEZONE:");
    expect(run.stderr).toContain("LOG_LEVEL:");
    expect(run.stderr).not.toContain("s3cret");
  });

  it("GIVEN a broken roadmap file THEN exit 1 naming the file and the problem", async () => {
    const run = await constancia(["start"], "", { ROADMAP: "/nonexistent/plan.yaml" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Roadmap /nonexistent/plan.yaml is not valid");
  });
});

describe("constancia migrate", () => {
  it("applies the migrations to the embedded database and says where", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-migrate-"));
    const run = await constancia(["migrate"], "", { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Migrations applied to embedded PGlite in ${dataDir}/pgdata`);
  }, 60_000);
});

describe("constancia nudges", () => {
  it("GIVEN members who started THEN --json lists what is due at that minute, without recording it", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-nudges-"));
    await constancia(["start"], "/start 2026-11-30\n@ana /start 2026-11-30\n@ana /language pt\n", {
      DATA_DIR: dataDir,
    });
    const args = ["nudges", "--at", "2026-11-30T12:00:00Z", "--json"];
    const run = await constancia(args, "", { DATA_DIR: dataDir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const items = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatchObject({
        kind: "weekly_plan",
        platform: "console",
        key: expect.stringMatching(/^weekly_plan:m\d+:2026-W49$/),
      });
    }
    // One for ana, one for the person at the keyboard (named after the system user).
    expect(items.filter((i) => i.member === "ana")).toHaveLength(1);
    expect(items.every((i) => typeof i.member === "string" && typeof i.to === "string")).toBe(true);
    expect(items.find((i) => i.member === "ana")?.text).toContain("Semana nova, ana!");
    // A dry run records nothing: asking again lists the same sends.
    expect((await constancia(args, "", { DATA_DIR: dataDir })).stdout).toBe(run.stdout);
    expect(
      (await constancia(["nudges", "--at", "2026-11-30T12:01:00Z"], "", { DATA_DIR: dataDir })).stdout,
    ).toBe(
      "Nothing goes out between 2026-11-30T12:01:00.000Z and 2026-11-30T12:02:00.000Z: no nudge, recap or group summary falls in that window (or it was already sent). To look further ahead, add --until.\n",
    );
    // For scripts, nothing due is no line at all.
    expect(
      (await constancia(["nudges", "--at", "2026-11-30T12:01:00Z", "--json"], "", { DATA_DIR: dataDir }))
        .stdout,
    ).toBe("");
    // Three days on without a check-in, Thursday's morning is a coming-back word; Friday's is nothing.
    const away = await constancia(["nudges", "--at", "2026-12-03T12:00:00Z", "--json"], "", {
      DATA_DIR: dataDir,
    });
    const words = away.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(words.map((w) => w.kind)).toEqual(["comeback", "comeback"]);
    expect(words.find((w) => w.member === "ana")?.text).toContain("Que tal uma semana mais leve? /meta 10h.");
    expect(words.every((w) => typeof w.key === "string" && w.key.startsWith("daily:"))).toBe(true);
    expect(
      (await constancia(["nudges", "--at", "2026-12-04T12:00:00Z", "--json"], "", { DATA_DIR: dataDir }))
        .stdout,
    ).toBe("");
  }, 120_000);

  it("GIVEN a plan with three blocks on a day THEN --json lists the first reminder and the morning, within the budget", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-nudges-"));
    const setup = "@ana /start 2026-11-30\n@ana /plan ter 07:00-08:00; ter 12:00-13:00; ter 19:00-21:00\n";
    await constancia(["start"], setup, { DATA_DIR: dataDir });
    // Tuesday 1 December in São Paulo, 00:00 to 23:59 local.
    const args = ["nudges", "--at", "2026-12-01T03:00:00Z", "--until", "2026-12-02T03:00:00Z", "--json"];
    const run = await constancia(args, "", { DATA_DIR: dataDir });
    expect(run.stderr).toBe("");
    const items = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    // 11:30 and 18:30 are past the budget; the evening saver has no streak to save yet.
    expect(items.map((i) => [i.kind, i.sendsAt])).toEqual([
      ["plan_reminder", "2026-12-01T09:30:00.000Z"],
      ["daily", "2026-12-01T12:00:00.000Z"],
    ]);
    expect(items[0]?.key).toMatch(/^plan_reminder:m\d+:2026-12-01T07:00$/);
    expect(items[0]?.text).toContain("your study block starts in 30 minutes: 07:00–08:00.");
  }, 120_000);

  it("GIVEN a member in Lisbon with a goal and a plan over the night clocks go back THEN the times and the target are theirs", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-nudges-"));
    // Sunday 25 October 2026: Lisbon goes from UTC+1 back to UTC+0 at 02:00 local.
    const setup = "@rui /fuso Lisboa\n@rui /start 2026-10-25\n@rui /meta 10h\n@rui /plano dom 10:00-12:00\n";
    await constancia(["start"], setup, { DATA_DIR: dataDir });
    const args = ["nudges", "--at", "2026-10-25T00:00:00Z", "--until", "2026-10-26T12:00:00Z", "--json"];
    const items = (await constancia(args, "", { DATA_DIR: dataDir })).stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((i) => i.member === "rui");
    expect(items.map((i) => [i.kind, i.sendsAt])).toEqual([
      ["daily", "2026-10-25T09:00:00.000Z"],
      ["plan_reminder", "2026-10-25T09:30:00.000Z"],
      ["weekly_recap", "2026-10-25T19:00:00.000Z"],
      ["weekly_plan", "2026-10-26T09:00:00.000Z"],
    ]);
    // Monday opens week 2 (day 1 was a Sunday), with rui's own 10h as the target.
    expect(items[3]?.text).toContain("Week 2 of 12");
    expect(items[3]?.text).toContain("Target: 10h.");
  }, 120_000);

  it("GIVEN quiet hours over a member's 09:00 nudge THEN it is listed at 10:00, when it goes out", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-nudges-"));
    await constancia(["start"], "@owl /start 2026-11-30\n@owl /quiet 08:00-10:00\n", { DATA_DIR: dataDir });
    const at = (iso: string) =>
      constancia(["nudges", "--at", iso, "--json"], "", { DATA_DIR: dataDir }).then((run) =>
        run.stdout
          .trim()
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => JSON.parse(line) as Record<string, unknown>)
          .filter((item) => item.member === "owl"),
      );
    // Tuesday 1 December, 09:00 and 10:00 in São Paulo.
    expect(await at("2026-12-01T12:00:00Z")).toEqual([]);
    expect(await at("2026-12-01T13:00:00Z")).toEqual([
      expect.objectContaining({
        kind: "daily",
        dueAt: "2026-12-01T12:00:00.000Z",
        sendsAt: "2026-12-01T13:00:00.000Z",
      }),
    ]);
    const text = await constancia(["nudges", "--at", "2026-12-01T13:00:00Z"], "", { DATA_DIR: dataDir });
    expect(text.stdout).toContain("— 2026-12-01T13:00:00.000Z daily → owl (console)");
  }, 120_000);

  it("GIVEN a mock interview this week THEN the recap shows its score and Monday's plan the topic to drill, as sent", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "constancia-nudges-"));
    const answer =
      "I version data with DVC, models in a registry, and tag each training run with the git commit and the data hash.";
    // This week's Sunday 19:00 and next Monday 09:00 in São Paulo, where the session just ran.
    const today = DateTime.now().setZone("America/Sao_Paulo");
    const sunday = today.startOf("week").plus({ days: 6 });
    // Paused until Saturday, so the days up to Monday are not days away, whatever weekday this runs on.
    const pause = today.weekday === 7 ? "" : `@ana /pause ${sunday.minus({ days: 1 }).toISODate()}\n`;
    await constancia(["start"], `@ana /start\n@ana /mock versioning\n@ana ${answer}\n${pause}`, {
      DATA_DIR: dataDir,
    });
    const recapAt = sunday.set({ hour: 19 }).toUTC().toISO() ?? "";
    const planAt = sunday.plus({ days: 1 }).set({ hour: 9 }).toUTC().toISO() ?? "";
    const recap = await constancia(["nudges", "--at", recapAt], "", { DATA_DIR: dataDir });
    expect(recap.stdout).toMatch(/📬 Your week, ana[\s\S]*Mock interviews: Versioning \d+\/10/);
    const plan = await constancia(["nudges", "--at", planAt], "", { DATA_DIR: dataDir });
    expect(plan.stdout).toMatch(
      /New week, ana![\s\S]*This week, drill (Technical project|Monitoring|CI\/CD for models|Motivation): \/mock (project|monitoring|cicd|motivation)$/m,
    );
  }, 120_000);

  it("GIVEN a bad --at THEN exit 2 with an example", async () => {
    const run = await constancia(["nudges", "--at", "monday"], "", {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--at needs an ISO-8601 instant, e.g. --at 2026-12-07T12:00:00Z");
  });
});

describe("constancia roadmap", () => {
  const SHIPPED = fileURLToPath(new URL("../../roadmap/mlops-90-dias.yaml", import.meta.url));
  // A configuration that could not start the bot: checking a file must not need one.
  const BAD_CONFIG = { DATABASE_URL: "mysql://nowhere/x" };

  it("GIVEN the shipped roadmap THEN check says OK with its id, weeks and topics, exit 0", async () => {
    const run = await constancia(["roadmap", "check", SHIPPED], "", BAD_CONFIG);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `OK ${SHIPPED} — mlops-90-dias: 12 weeks, 5 interview topics (project, versioning, monitoring, cicd, motivation)\n`,
    );
  });

  it("GIVEN a broken file THEN check prints every problem with its path, exit 1", async () => {
    const data = parse(await readFile(SHIPPED, "utf8")) as {
      weeks: Array<{ tasks: Array<Record<string, string>> }>;
      tools: unknown;
    };
    delete data.weeks[3]?.tasks[2]?.["pt-BR"];
    data.weeks[5]?.tasks.splice(0, 4);
    data.tools = [{ en: "Spark", "pt-BR": "" }];
    const file = join(await mkdtemp(join(tmpdir(), "constancia-roadmap-")), "broken.yaml");
    await writeFile(file, stringify(data));
    const run = await constancia(["roadmap", "check", file], "", BAD_CONFIG);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        `Roadmap ${file} is not valid:`,
        "  - weeks[3].tasks[2].pt-BR: missing",
        "  - weeks[5].tasks: each week needs 3 to 6 tasks",
        "  - tools[0].pt-BR: must not be empty",
        "",
      ].join("\n"),
    );
  });

  it("GIVEN no file, or a missing one THEN usage with exit 2, or the reason with exit 1", async () => {
    const usage = await constancia(["roadmap", "check"], "", BAD_CONFIG);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: constancia roadmap check <file>");
    const missing = await constancia(["roadmap", "check", "/nonexistent/plan.yaml"], "", BAD_CONFIG);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot be read: ENOENT");
  });

  it("GIVEN list THEN the installed roadmaps with id and title, in the terminal's language", async () => {
    const run = await constancia(["roadmap", "list"], "", BAD_CONFIG);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^mlops-90-dias {2}Artificial Intelligence Engineering \/ MLOps \(12 weeks\) {2}\(.*roadmap\/mlops-90-dias\.yaml\)\n$/,
    );
    const pt = await constancia(["roadmap", "list"], "", { ...BAD_CONFIG, LANG: "pt_BR.UTF-8" });
    expect(pt.stdout).toContain("mlops-90-dias  Engenharia de Inteligência Artificial / MLOps (12 semanas)");
  });
});
