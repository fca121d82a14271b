// Mock interviews through the real entry point: the console with and without an LLM, and the judge CLIs.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { answerBlock, type FakeOpenAI, startFakeOpenAI, verdictReply } from "../fakes/openaiServer.js";
import { createServerDatabase, SERVER_URL } from "../support/databases.js";
import { runConstancia } from "../support/entryPoint.js";

const LABELLED = fileURLToPath(new URL("../fixtures/judge-labelled.jsonl", import.meta.url));

const constancia = runConstancia;

const ANSWER =
  "In my portfolio project the situation was a text classifier whose dataset changed every week. " +
  "My task was to make every model reproducible. I versioned the data with DVC: Git keeps the small .dvc " +
  "file with the hash, the data lives in an S3 bucket, and I logged the SHA-256 as a tag on each MLflow run, " +
  "with the commit, the Docker image and the seed. Any change to the content gives a different hash, so the " +
  "pipeline compares it before training. As a result, I reproduced the March model, F1 0.83, three months later.";

const VERDICT = {
  star: {
    situation: { score: 3, evidence: "a text classifier whose dataset changed every week" },
    task: { score: 3, evidence: "make every model reproducible" },
    action: { score: 4, evidence: "I versioned the data with DVC" },
    result: { score: 4, evidence: "F1 0.83, three months later" },
  },
  coveredKeyPoints: [1, 2],
  overall: 8,
  strengths: ["Specific tools.", "A measured result."],
  improvements: ["Say how you would roll back.", "Shorten the situation."],
  outline: "S → T → A → R, each in one sentence.",
  followUp: "How would you roll back to the previous dataset?",
};

async function drillAndHistory(env: Record<string, string>) {
  const first = await constancia(["start"], `/mock versioning\n${ANSWER}\n/mock skip\n/mock history\n`, env);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(first.stdout).toContain("🎤 Mock interview — Versioning");
  const score = /🎯 Score: (\d+)\/10 \(offline judge\)/.exec(first.stdout)?.[1];
  expect(Number(score)).toBeGreaterThanOrEqual(6);
  // A concept question: judged on its key points, not as a STAR story.
  expect(first.stdout).toContain("Key points covered:");
  expect(first.stdout).not.toContain("STAR:");
  expect(first.stdout).toContain("Follow-up:");
  expect(first.stdout).toContain("Follow-up skipped");
  expect(first.stdout).toContain(`Versioning: average ${score}/10 over 1 answer`);

  const second = await constancia(["start"], "/mock history\n", env);
  expect(second.stdout).toContain(`Versioning: average ${score}/10 over 1 answer`);
}

describe("mock interviews in the console", () => {
  it("GIVEN no API key THEN /mock versioning works end to end with the offline judge, and history persists", async () => {
    await drillAndHistory({ DATA_DIR: await mkdtemp(join(tmpdir(), "constancia-mock-")) });
  }, 120_000);

  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it.skipIf(SERVER_URL === null)(
    "GIVEN DATABASE_URL of an empty Postgres database THEN the same drill works there",
    async () => {
      const created = await createServerDatabase(SERVER_URL ?? "");
      drops.push(created.drop);
      await drillAndHistory({ DATABASE_URL: created.url });
    },
    120_000,
  );

  describe("with an OpenAI-compatible server", () => {
    let fake: FakeOpenAI;
    beforeAll(async () => {
      fake = await startFakeOpenAI();
    });
    afterAll(() => fake.close());
    beforeEach(() => {
      fake.requests.length = 0;
    });

    it("GIVEN a key THEN the verdict comes from the LLM, and the key is never printed", async () => {
      fake.respondWith(() => verdictReply(VERDICT));
      const run = await constancia(["start"], `/entrevista versionamento\n${ANSWER}\n`, {
        DATA_DIR: await mkdtemp(join(tmpdir(), "constancia-llm-")),
        OPENAI_API_KEY: "sk-e2e-secret",
        OPENAI_BASE_URL: fake.url,
        OPENAI_MODEL: "e2e-model",
        LOG_LEVEL: "debug",
      });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("🎯 Score: 8/10 (LLM judge)");
      expect(run.stdout).toContain("Follow-up: How would you roll back to the previous dataset?");
      expect(fake.requests).toHaveLength(1);
      expect(fake.requests[0]?.authorization).toBe("Bearer sk-e2e-secret");
      expect(fake.requests[0]?.model).toBe("e2e-model");
      expect(answerBlock(fake.requests[0] ?? ({ messages: [] } as never))?.answer).toBe(ANSWER);
      expect(run.stdout + run.stderr).not.toContain("sk-e2e-secret");
    }, 120_000);

    it("GIVEN LLM_DAILY_BUDGET=1 THEN the second answer of the day goes to the offline judge, which says why", async () => {
      fake.respondWith(() => verdictReply(VERDICT));
      const run = await constancia(
        ["start"],
        `/mock versioning\n${ANSWER}\nI would check out the previous .dvc file with dvc checkout and retrain.\n`,
        {
          DATA_DIR: await mkdtemp(join(tmpdir(), "constancia-budget-")),
          OPENAI_API_KEY: "sk-e2e-secret",
          OPENAI_BASE_URL: fake.url,
          LLM_DAILY_BUDGET: "1",
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("🎯 Score: 8/10 (LLM judge)");
      expect(run.stdout).toMatch(/🎯 Score: \d+\/10 \(offline judge\)/);
      expect(run.stdout).toContain(
        "The LLM judge's budget for the last 24 hours is used up, so the offline judge scored this answer.",
      );
      expect(fake.requests).toHaveLength(1);
    }, 120_000);

    it("constancia judge --json with the LLM failing THEN unscored, with the offline view apart", async () => {
      fake.respondWith(() => ({ kind: "status", status: 503, headers: { "retry-after-ms": "0" } }));
      const run = await constancia(["judge", "--topic", "versioning", "--json"], ANSWER, {
        OPENAI_API_KEY: "sk-e2e-secret",
        OPENAI_BASE_URL: fake.url,
      });
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout);
      expect(json).toMatchObject({
        status: "unscored",
        judge: "llm",
        overall: null,
        star: null,
        failure: "serverError",
      });
      expect(json.offline).toMatchObject({ judge: "offline" });
      expect(json.offline.overall).toBeGreaterThanOrEqual(0);
      expect(fake.requests).toHaveLength(2);
    }, 60_000);
  });
});

describe("constancia judge", () => {
  it("GIVEN an answer on standard input THEN the verdict as JSON", async () => {
    const run = await constancia(
      ["judge", "--topic", "versionamento", "--question", "versioning-2", "--json"],
      ANSWER,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({
      topic: "versioning",
      question: "versioning-2",
      status: "scored",
      judge: "offline",
    });
    expect(json.overall).toBeGreaterThanOrEqual(7);
    // "How would you use hashes…" asks for an explanation: no STAR parts to score.
    expect(json).toMatchObject({ kind: "concept", star: null, evidence: null });
    expect(json.covered).toContain("Compute a hash of the file (e.g. SHA-256 or MD5) as its fingerprint.");
    expect(json.covered.length + json.missed.length).toBe(4);
    expect(json.strengths.length).toBeGreaterThan(0);
    expect(typeof json.outline).toBe("string");
  }, 60_000);

  it("GIVEN a one-word answer THEN at most 2, and a readable verdict without --json", async () => {
    const run = await constancia(["judge", "--topic", "monitoring", "--lang", "pt"], "fine\n");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("O que é drift de dados e como você o detectaria?");
    expect(run.stdout).toMatch(/🎯 Nota: [0-2]\/10 \(avaliador offline\)/);
    expect(run.stdout).toContain("curta demais");
  }, 60_000);

  it("GIVEN a wrong topic or question THEN exit 2 saying what exists", async () => {
    const noTopic = await constancia(["judge"], "x");
    expect(noTopic.code).toBe(2);
    expect(noTopic.stderr).toContain("--topic is required");
    const badTopic = await constancia(["judge", "--topic", "cooking"], "x");
    expect(badTopic.code).toBe(2);
    expect(badTopic.stderr).toContain("Topics: project, versioning, monitoring, cicd, motivation");
    const badQuestion = await constancia(["judge", "--topic", "cicd", "--question", "cicd-42"], "x");
    expect(badQuestion.code).toBe(2);
    expect(badQuestion.stderr).toContain("Questions: cicd-1, cicd-2, cicd-3, cicd-4, cicd-5");
  }, 60_000);
});

describe("constancia eval-judge", () => {
  it("GIVEN the shipped labelled set THEN Spearman, mean absolute error and the worst disagreements", async () => {
    const run = await constancia(["eval-judge", LABELLED], "");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Judge: offline");
    expect(run.stdout).toMatch(/Answers: \d+ \(\d+ scored, 0 unscored\)/);
    const rho = Number(/Spearman correlation: ([\d.]+)/.exec(run.stdout)?.[1]);
    expect(rho).toBeGreaterThanOrEqual(0.7);
    expect(run.stdout).toMatch(/Mean absolute error: [\d.]+/);
    expect(run.stdout.split("\n").filter((l) => /^ {2}line \d+ /.test(l))).toHaveLength(5);
  }, 60_000);

  it("GIVEN a file that is not a labelled set THEN exit 2 naming the bad lines", async () => {
    const run = await constancia(
      ["eval-judge", fileURLToPath(new URL("../../README.md", import.meta.url))],
      "",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not a valid labelled set");
    expect(run.stderr).toContain("line 1: not valid JSON");
  }, 60_000);
});
