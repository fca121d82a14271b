import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps } from "../../../src/core/commands/context.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { runConsole } from "../../../src/platforms/console/runConsole.js";
import { coreDepsFor } from "../../support/coreDeps.js";
import { testDatabases } from "../../support/databases.js";
import { readmeRoadmapYaml } from "../../support/exampleRoadmap.js";

describe.each(testDatabases)("console on $name", (database) => {
  let handle: DatabaseHandle;
  let deps: CoreDeps;
  let fileDir: string;
  beforeAll(async () => {
    fileDir = await mkdtemp(join(tmpdir(), "constancia-files-"));
    handle = await database.open();
    deps = await coreDepsFor(handle.db, []);
  });
  afterAll(() => handle.close());

  async function session(lines: string[], interactive = false): Promise<string> {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    await runConsole({
      deps,
      input: Readable.from(lines.map((l) => `${l}\n`)),
      output,
      interactive,
      locale: "en",
      localName: "me",
      databaseLabel: "test database",
      fileDir,
      clock: () => new Date("2026-11-28T17:00:00Z"),
    });
    return chunks.join("");
  }

  it("GIVEN piped lines THEN each is answered in order, other members marked by name", async () => {
    const out = await session(["/checkin 2h", "@ana /checkin 3h", "", "hello", "/progress"]);
    const replies = out.trimEnd().split("\n");
    expect(replies[0]).toBe("✅ Logged 2h.");
    expect(out).toContain("[ana] ✅ Logged 3h.");
    expect(out).toContain("Commands start with a slash — try /checkin 2h or /help.");
    expect(out.indexOf("This week: 2h of 20h\n██")).toBeLessThan(out.indexOf("[ana]"));
    expect(out.slice(out.indexOf("📊"))).toContain("This week: 2h of 20h");
  });

  it("GIVEN a terminal THEN a banner says how to begin and how to connect the platforms", async () => {
    const out = await session(["/help"], true);
    expect(out).toContain("database: test database");
    expect(out).toContain("TELEGRAM_BOT_TOKEN");
    expect(out).toContain("> ");
  });

  it("GIVEN /export THEN the JSON file is saved and its path printed", async () => {
    const out = await session(["@exp /checkin 2h docker", "@exp /export"]);
    const path = /📎 (.+\.json)/.exec(out)?.[1] ?? "";
    expect(path.startsWith(fileDir)).toBe(true);
    const data = JSON.parse(await readFile(path, "utf8")) as {
      checkins: Array<{ minutes: number; note: string }>;
    };
    expect(data.checkins).toMatchObject([{ minutes: 120, note: "docker" }]);
  });

  it("GIVEN /roadmap import with a file's path THEN the local group follows it; a missing file changes nothing", async () => {
    const file = join(fileDir, "dados.yaml");
    await writeFile(file, await readmeRoadmapYaml());
    const out = await session([
      `/roadmap import ${join(fileDir, "nowhere.yaml")}`,
      "/roadmap",
      `/roadmap import ${file}`,
      "@bia /roadmap",
      "@bia /roadmap import dados.yaml",
    ]);
    expect(out).toContain("I couldn't read “nowhere.yaml”. Nothing was changed");
    expect(out.indexOf("Create a virtualenv")).toBeGreaterThan(-1);
    expect(out).toContain("This group now follows “Data engineering: first week”");
    expect(out).toContain("[bia] 🗺️ Week 1 of 1: SQL and a first pipeline");
    expect(out).toContain("[bia] Only the group's admins can choose its roadmap.");
  });
});
