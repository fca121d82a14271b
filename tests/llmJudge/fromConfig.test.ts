import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { judgeFor } from "../../src/llmJudge/fromConfig.js";

describe("judgeFor", () => {
  it("GIVEN no key and no server THEN the offline judge", () => {
    expect(judgeFor(loadConfig({})).kind).toBe("offline");
  });

  it("GIVEN an API key, or only a local server THEN the LLM judge", () => {
    expect(judgeFor(loadConfig({ OPENAI_API_KEY: "sk-x" })).kind).toBe("llm");
    expect(judgeFor(loadConfig({ OPENAI_BASE_URL: "http://localhost:11434/v1" })).kind).toBe("llm");
  });

  it("GIVEN LLM_DAILY_BUDGET=0 THEN the offline judge, even with a key", () => {
    expect(judgeFor(loadConfig({ OPENAI_API_KEY: "sk-x", LLM_DAILY_BUDGET: "0" })).kind).toBe("offline");
  });
});
