// The environment, validated once at start-up: one error names every bad variable and what it expects.
import { z } from "zod";
import { DEFAULT_LLM_DAILY_BUDGET } from "./core/mock/session.js";
import { canonicalZone } from "./core/time/dates.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const schema = z
  .object({
    DATABASE_URL: z
      .url({
        protocol: /^postgres(ql)?$/,
        error: "expected a postgres:// URL, e.g. postgres://user:pass@host:5432/db",
      })
      .optional(),
    DATA_DIR: z.string().default("./data"),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` }).optional(),
    DEFAULT_TIMEZONE: z
      .string()
      .default("America/Sao_Paulo")
      .transform((zone, ctx) => {
        const canonical = canonicalZone(zone);
        if (canonical === null) {
          ctx.addIssue({ code: "custom", message: "expected an IANA timezone, e.g. America/Sao_Paulo" });
          return z.NEVER;
        }
        return canonical;
      }),
    DEFAULT_LANGUAGE: z
      .enum(["en", "pt-BR", "pt"], { error: "expected en or pt-BR" })
      .default("pt-BR")
      .transform((l) => (l === "pt" ? "pt-BR" : l)),
    ROADMAP: z.string().optional(),
    /** A secret: never shown, never logged. */
    DISCORD_TOKEN: z
      .string()
      .regex(/^[\w.-]{20,}$/, { error: "expected the bot token from the Discord developer portal" })
      .optional(),
    DISCORD_API_URL: z
      .url({ protocol: /^https?$/, error: "expected an http(s) URL, e.g. https://discord.com/api" })
      .optional(),
    DISCORD_GUILD_ID: z
      .string()
      .regex(/^\d{17,20}$/, { error: "expected a server id (17 to 20 digits)" })
      .optional(),
    /** This process's shards, e.g. "0,1", when several processes share one bot (with DISCORD_SHARD_COUNT). */
    DISCORD_SHARD_IDS: z
      .string()
      .regex(/^\d+(,\d+)*$/, { error: "expected shard numbers separated by commas, e.g. 0,1" })
      .transform((ids) => [...new Set(ids.split(",").map(Number))])
      .optional(),
    DISCORD_SHARD_COUNT: z.coerce
      .number({ error: "expected the total number of shards, e.g. 2" })
      .int({ error: "expected the total number of shards, e.g. 2" })
      .min(1, { error: "expected the total number of shards, e.g. 2" })
      .optional(),
    LANG: z.string().optional(),
    OPENAI_API_KEY: z
      .string()
      .regex(/^\S+$/, "must not contain spaces or line breaks (is it pasted whole?)")
      .optional(),
    OPENAI_BASE_URL: z
      .url({
        protocol: /^https?$/,
        error: "expected an http(s) URL of an OpenAI-compatible API, e.g. http://localhost:11434/v1",
      })
      .optional(),
    OPENAI_MODEL: z.string().default("gpt-5.4-mini"),
    /** Verdicts sampled per answer, combined by their medians: scores vary between runs. */
    OPENAI_JUDGE_SAMPLES: z.coerce
      .number({ error: "expected a whole number of samples from 1 to 5, e.g. 3" })
      .int("expected a whole number of samples from 1 to 5, e.g. 3")
      .min(1, "expected at least 1 sample")
      .max(5, "expected at most 5 samples")
      .default(3),
    OPENAI_TIMEOUT_SECONDS: z.coerce
      .number({ error: "expected a number of seconds, e.g. 60" })
      .positive("expected a number of seconds, e.g. 60")
      .max(600, "expected at most 600 seconds")
      .default(60),
    MOCK_DAILY_LIMIT: z.coerce
      .number({ error: "expected a whole number of answers, e.g. 10" })
      .int("expected a whole number of answers, e.g. 10")
      .min(1, "expected at least 1")
      .max(1000, "expected at most 1000")
      .default(10),
    /** LLM calls in any 24 hours, across all members; past it the offline judge answers. 0: never the LLM. */
    LLM_DAILY_BUDGET: z.coerce
      .number({ error: "expected a whole number of LLM calls, e.g. 500 (0 turns the LLM off)" })
      .int("expected a whole number of LLM calls, e.g. 500 (0 turns the LLM off)")
      .min(0, "expected 0 or more (0 turns the LLM off)")
      .default(DEFAULT_LLM_DAILY_BUDGET),

    /** Where deliverables' GitHub links are checked (/done p1 <link>): GitHub's REST API or a stand-in. */
    GITHUB_API_URL: z
      .url({
        protocol: /^https?$/,
        error: "expected an http(s) URL of GitHub's REST API, e.g. https://api.github.com",
      })
      .default("https://api.github.com")
      .transform((url) => url.replace(/\/+$/, "")),
    /** A secret: never shown, never logged. Optional: without it GitHub allows 60 checks an hour. */
    GITHUB_TOKEN: z
      .string()
      .regex(/^\S+$/, "must not contain spaces or line breaks (is it pasted whole?)")
      .optional(),

    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "expected the token BotFather gave you, like 123456789:AAE…")
      .optional(),
    TELEGRAM_API_URL: z
      .url({ protocol: /^https?$/, error: "expected an http(s) URL of a Bot API server" })
      .default("https://api.telegram.org")
      .transform((url) => url.replace(/\/+$/, "")),
    TELEGRAM_WEBHOOK_URL: z
      .url({ protocol: /^https?$/, error: "expected the public https URL Telegram should post updates to" })
      .optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "expected 1 to 256 characters of A-Z, a-z, 0-9, _ and -")
      .optional(),
    HTTP_PORT: z.coerce
      .number({ error: "expected a port number, 0 to 65535" })
      .int({ error: "expected a port number, 0 to 65535" })
      .min(0, { error: "expected a port number, 0 to 65535" })
      .max(65_535, { error: "expected a port number, 0 to 65535" })
      .default(8080),
    /** Loopback unless set: /metrics and /healthz are for the host, not the network (0.0.0.0 in a container). */
    HTTP_HOST: z
      .union([z.ipv4(), z.ipv6(), z.hostname()], {
        error: "expected an address to listen on, e.g. 127.0.0.1 or 0.0.0.0",
      })
      .default("127.0.0.1"),
    /**
     * For tests, not operators (so not in the README): "1" runs the scheduler's start-up tick and none on
     * the minute, so a test knows when the scheduler uses the database.
     */
    CONSTANCIA_TEST_START_TICK_ONLY: z.literal("1", { error: 'expected "1" or unset' }).optional(),
  })
  .superRefine((config, ctx) => {
    // Runs even when a field failed its own check; then that field's value is still the raw text.
    const ids: unknown = config.DISCORD_SHARD_IDS;
    const count: unknown = config.DISCORD_SHARD_COUNT;
    if ((ids === undefined) !== (count === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [ids === undefined ? "DISCORD_SHARD_IDS" : "DISCORD_SHARD_COUNT"],
        message: "DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT go together, e.g. 0 and 2",
      });
    } else if (Array.isArray(ids) && typeof count === "number" && ids.some((id) => Number(id) >= count)) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_SHARD_IDS"],
        message: `expected shard numbers from 0 to ${count - 1} (DISCORD_SHARD_COUNT is ${count})`,
      });
    }
  });

export type Config = z.infer<typeof schema>;

/** Variables whose values may be shown back in an error message. */
const SHOWABLE = new Set([
  "LOG_LEVEL",
  "DEFAULT_TIMEZONE",
  "DEFAULT_LANGUAGE",
  "OPENAI_MODEL",
  "OPENAI_JUDGE_SAMPLES",
  "OPENAI_TIMEOUT_SECONDS",
  "MOCK_DAILY_LIMIT",
  "LLM_DAILY_BUDGET",
  "DISCORD_GUILD_ID",
  "DISCORD_SHARD_IDS",
  "DISCORD_SHARD_COUNT",
  "HTTP_PORT",
  "HTTP_HOST",
]);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable (DATABASE_URL= in .env) means "not set", as it does for most tools.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "(environment)");
      const shown = SHOWABLE.has(name) ? ` (got "${present[name]}")` : "";
      return `${name}: ${issue.message}${shown}`;
    }),
  );
}
