import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("loadConfig", () => {
  it("GIVEN nothing set THEN the embedded database under ./data in São Paulo time", () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({
      DATA_DIR: "./data",
      DEFAULT_TIMEZONE: "America/Sao_Paulo",
      DEFAULT_LANGUAGE: "pt-BR",
    });
  });

  it("GIVEN empty variables THEN they count as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", LOG_LEVEL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("GIVEN valid values THEN they are used, zones canonicalised", () => {
    const config = loadConfig({
      DATABASE_URL: "postgres://bot:pw@db:5432/constancia",
      DEFAULT_TIMEZONE: "europe/lisbon",
      LOG_LEVEL: "debug",
      DEFAULT_LANGUAGE: "en",
    });
    expect(config).toMatchObject({
      DEFAULT_TIMEZONE: "Europe/Lisbon",
      LOG_LEVEL: "debug",
      DEFAULT_LANGUAGE: "en",
    });
  });

  it("GIVEN several bad variables THEN one error names each, and never shows the database URL", () => {
    const error = (() => {
      try {
        loadConfig({
          DATABASE_URL: "mysql://root:hunter2@db/x",
          LOG_LEVEL: "loud",
          DEFAULT_TIMEZONE: "Mars/Base",
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DATABASE_URL: expected a postgres:\/\/ URL/);
    expect(message).toMatch(/LOG_LEVEL: expected one of fatal, error/);
    expect(message).toMatch(/DEFAULT_TIMEZONE: expected an IANA timezone.*Mars\/Base/);
    expect(message).not.toContain("hunter2");
  });

  it("GIVEN the Discord variables THEN they are read; a malformed token is refused without being shown", () => {
    const config = loadConfig({
      DISCORD_TOKEN: "MTAw.fake-token-value.abcdefghij",
      DISCORD_API_URL: "http://proxy:8080/api",
      DISCORD_GUILD_ID: "400000000000000001",
    });
    expect(config).toMatchObject({
      DISCORD_TOKEN: "MTAw.fake-token-value.abcdefghij",
      DISCORD_API_URL: "http://proxy:8080/api",
      DISCORD_GUILD_ID: "400000000000000001",
    });
    const error = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: "my secret token", DISCORD_API_URL: "ftp://x", DISCORD_GUILD_ID: "abc" });
      } catch (e) {
        return e;
      }
    })();
    const message = (error as ConfigError).message;
    expect(message).toMatch(/DISCORD_TOKEN: expected the bot token/);
    expect(message).toMatch(/DISCORD_API_URL: expected an http\(s\) URL/);
    expect(message).toMatch(/DISCORD_GUILD_ID: expected a server id.*abc/);
    expect(message).not.toContain("my secret token");
  });

  it("GIVEN Discord shards for this process THEN read as numbers; half a pair or a shard past the count is refused", () => {
    expect(loadConfig({ DISCORD_SHARD_IDS: "0,2,2", DISCORD_SHARD_COUNT: "4" })).toMatchObject({
      DISCORD_SHARD_IDS: [0, 2],
      DISCORD_SHARD_COUNT: 4,
    });
    expect(loadConfig({}).DISCORD_SHARD_IDS).toBeUndefined();
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return "";
      } catch (error) {
        return (error as ConfigError).message;
      }
    };
    expect(problems({ DISCORD_SHARD_IDS: "1" })).toMatch(
      /DISCORD_SHARD_COUNT: DISCORD_SHARD_IDS and DISCORD_SHARD_COUNT go together, e.g. 0 and 2/,
    );
    expect(problems({ DISCORD_SHARD_IDS: "0,2", DISCORD_SHARD_COUNT: "2" })).toMatch(
      /DISCORD_SHARD_IDS: expected shard numbers from 0 to 1 \(DISCORD_SHARD_COUNT is 2\)/,
    );
    expect(problems({ DISCORD_SHARD_IDS: "first", DISCORD_SHARD_COUNT: "0" })).toMatch(
      /DISCORD_SHARD_IDS: expected shard numbers separated by commas, e.g. 0,1 \(got "first"\)[\s\S]*DISCORD_SHARD_COUNT: expected the total number of shards, e.g. 2 \(got "0"\)/,
    );
  });

  it("GIVEN no Telegram variables THEN Telegram's own API and port 8080, no token", () => {
    const config = loadConfig({});
    expect(config.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(config.TELEGRAM_API_URL).toBe("https://api.telegram.org");
    expect(config.HTTP_PORT).toBe(8080);
  });

  it("GIVEN no HTTP_HOST THEN the HTTP server is for this host only; an address is taken, a URL refused", () => {
    expect(loadConfig({}).HTTP_HOST).toBe("127.0.0.1");
    expect(loadConfig({ HTTP_HOST: "0.0.0.0" }).HTTP_HOST).toBe("0.0.0.0");
    expect(loadConfig({ HTTP_HOST: "::" }).HTTP_HOST).toBe("::");
    expect(() => loadConfig({ HTTP_HOST: "http://0.0.0.0" })).toThrow(
      /HTTP_HOST: expected an address to listen on, e.g. 127.0.0.1 or 0.0.0.0 \(got "http:\/\/0.0.0.0"\)/,
    );
  });

  it("GIVEN Telegram variables THEN they are used, the API URL without a trailing slash", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
      TELEGRAM_API_URL: "http://127.0.0.1:8081/",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      TELEGRAM_WEBHOOK_SECRET: "a_secret-42",
      HTTP_PORT: "3000",
    });
    expect(config).toMatchObject({
      TELEGRAM_API_URL: "http://127.0.0.1:8081",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.org/telegram",
      HTTP_PORT: 3000,
    });
  });

  it("GIVEN bad Telegram variables THEN each is named, and neither the token nor the secret is shown", () => {
    let message = "";
    try {
      loadConfig({
        TELEGRAM_BOT_TOKEN: "my-token-hunter3",
        TELEGRAM_WEBHOOK_SECRET: "spaces are not allowed hunter4",
        TELEGRAM_WEBHOOK_URL: "bot.example.org",
        HTTP_PORT: "70000",
      });
    } catch (e) {
      message = (e as ConfigError).message;
    }
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN: expected the token BotFather gave you/);
    expect(message).toMatch(/TELEGRAM_WEBHOOK_SECRET: expected 1 to 256 characters/);
    expect(message).toMatch(/TELEGRAM_WEBHOOK_URL: expected the public https URL/);
    expect(message).toMatch(/HTTP_PORT: expected a port number/);
    expect(message).not.toContain("hunter3");
    expect(message).not.toContain("hunter4");
  });
});

describe("loadConfig for mock interviews", () => {
  it("GIVEN nothing set THEN no LLM, a default model, a 60 s timeout, 10 judged answers a day and 500 LLM calls", () => {
    const config = loadConfig({});
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config).toMatchObject({
      OPENAI_MODEL: "gpt-5.4-mini",
      OPENAI_JUDGE_SAMPLES: 3,
      OPENAI_TIMEOUT_SECONDS: 60,
      MOCK_DAILY_LIMIT: 10,
      LLM_DAILY_BUDGET: 500,
    });
  });

  it("GIVEN an OpenAI-compatible server THEN its settings are read", () => {
    expect(
      loadConfig({
        OPENAI_BASE_URL: "http://localhost:11434/v1",
        OPENAI_MODEL: "llama3.1:8b",
        OPENAI_TIMEOUT_SECONDS: "120",
        MOCK_DAILY_LIMIT: "3",
        LLM_DAILY_BUDGET: "0",
      }),
    ).toMatchObject({
      OPENAI_BASE_URL: "http://localhost:11434/v1",
      OPENAI_MODEL: "llama3.1:8b",
      OPENAI_TIMEOUT_SECONDS: 120,
      MOCK_DAILY_LIMIT: 3,
      LLM_DAILY_BUDGET: 0,
    });
  });

  it("GIVEN bad values THEN each is named, and the API key is never shown", () => {
    const secret = "sk-abc 123-secret";
    let message = "";
    try {
      loadConfig({
        OPENAI_API_KEY: secret,
        OPENAI_BASE_URL: "localhost:11434",
        OPENAI_TIMEOUT_SECONDS: "soon",
        MOCK_DAILY_LIMIT: "0",
        LLM_DAILY_BUDGET: "-1",
      });
    } catch (e) {
      message = (e as ConfigError).message;
    }
    expect(message).toMatch(/OPENAI_API_KEY: must not contain spaces/);
    expect(message).toMatch(/OPENAI_BASE_URL: expected an http\(s\) URL/);
    expect(message).toMatch(/OPENAI_TIMEOUT_SECONDS: expected a number of seconds.*"soon"/);
    expect(message).toMatch(/MOCK_DAILY_LIMIT: expected at least 1 \(got "0"\)/);
    expect(message).toMatch(/LLM_DAILY_BUDGET: expected 0 or more \(0 turns the LLM off\) \(got "-1"\)/);
    expect(message).not.toContain("abc");
    expect(message).not.toContain("secret");
  });
});

describe("loadConfig for checking deliverables on GitHub", () => {
  it("GIVEN nothing set THEN GitHub's own API and no token", () => {
    const config = loadConfig({});
    expect(config.GITHUB_API_URL).toBe("https://api.github.com");
    expect(config.GITHUB_TOKEN).toBeUndefined();
  });

  it("GIVEN a stand-in API and a token THEN both are read, the URL without its trailing slash", () => {
    expect(
      loadConfig({ GITHUB_API_URL: "http://127.0.0.1:9999/", GITHUB_TOKEN: "ghp_abcdefghijklmnop" }),
    ).toMatchObject({ GITHUB_API_URL: "http://127.0.0.1:9999", GITHUB_TOKEN: "ghp_abcdefghijklmnop" });
  });

  it("GIVEN bad values THEN each is named, and the token is never shown", () => {
    let message = "";
    try {
      loadConfig({ GITHUB_API_URL: "api.github.com", GITHUB_TOKEN: "ghp_secret token" });
    } catch (e) {
      message = (e as ConfigError).message;
    }
    expect(message).toMatch(/GITHUB_API_URL: expected an http\(s\) URL of GitHub's REST API/);
    expect(message).toMatch(/GITHUB_TOKEN: must not contain spaces/);
    expect(message).not.toContain("secret");
  });
});
