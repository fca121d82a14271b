import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roadmap } from "../../../src/core/commands/roadmap/roadmap.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(botBackends)("/roadmap with a week written as people write it, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it.each(["/roadmap 3", "/roadmap week 3", "/roadmap Week 3", "/roadmap semana 3"])(
    "GIVEN %s THEN week 3",
    async (text) => {
      expect(await bot.send(text, { as: "reader", at: SAT })).toMatch(/^🗺️ Week 3 of 12: /);
    },
  );

  it.each(["/trilha semana 3", "/trilha 3", "/roadmap semana 3"])(
    "GIVEN %s in Portuguese THEN semana 3",
    async (text) => {
      expect(await bot.send(text, { as: "leitora", at: SAT, locale: "pt-BR" })).toMatch(
        /^🗺️ Semana 3 de 12: /,
      );
    },
  );

  it("GIVEN a week that is not there THEN an example in each language", async () => {
    expect(await bot.send("/roadmap week 13", { as: "reader", at: SAT })).toBe(
      "“week 13” is not a week of the roadmap. Pick a number from 1 to 12, e.g. /roadmap 3 or /roadmap week 3",
    );
    expect(await bot.send("/trilha semana", { as: "leitora", at: SAT, locale: "pt-BR" })).toBe(
      "“semana” não é uma semana do roadmap. Escolha um número de 1 a 12, ex.: /trilha 3 ou /trilha semana 3",
    );
  });

  it("GIVEN no day 1 yet THEN the hint's example is a coming day", async () => {
    expect(await bot.send("/roadmap", { as: "nostart", at: SAT })).toContain(
      "You haven't set your day 1 yet: /start begins today, /start 2026-11-30 on a date.",
    );
    expect(await bot.send("/trilha", { as: "nostart", at: SAT, locale: "pt-BR" })).toContain(
      "Você ainda não marcou o seu dia 1: /start começa hoje, /start 30/11 numa data.",
    );
  });
});

describe.each(botBackends)("/roadmap skills, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN /roadmap skills in English THEN the core skills, the nice-to-have ones and the tools", async () => {
    expect(await bot.send("/roadmap skills", { as: "reader", at: SAT })).toBe(
      [
        "🧭 Skills and tools — Artificial Intelligence Engineering / MLOps (12 weeks)",
        "Core skills:",
        "• Python for ML (data manipulation, scripts, packages: pandas, numpy).",
        "• ML and modelling concepts (training, validation, overfitting, metrics).",
        "• MLOps basics (pipelines, model and data versioning, CI/CD for models).",
        "Nice to have:",
        "• Docker and model deployment (containers, images, registries).",
        "• Monitoring and experiment tracking (MLflow, Evidently, Prometheus/Grafana).",
        "🛠️ Tools: Git / GitHub · Linux / Bash · Python / scikit-learn / PyTorch or TensorFlow · Docker · MLflow · Cloud (AWS/GCP/Azure) — pick one to focus on",
      ].join("\n"),
    );
  });

  it.each(["/roadmap habilidades", "/trilha habilidades", "/trilha Skills"])(
    "GIVEN %s in Portuguese THEN the skills map in Portuguese",
    async (text) => {
      const reply = await bot.send(text, { as: "leitora", at: SAT, locale: "pt-BR" });
      expect(reply).toMatch(
        /^🧭 Habilidades e ferramentas — Engenharia de Inteligência Artificial \/ MLOps \(12 semanas\)\nHabilidades essenciais:\n• Python para ML/,
      );
      expect(reply).toContain(
        "\nComplementares:\n• Docker e deploy de modelos (containers, imagens, registries).\n",
      );
      expect(reply).toContain(
        "🛠️ Ferramentas: Git / GitHub · Linux / Bash · Python / scikit-learn / PyTorch ou TensorFlow",
      );
    },
  );

  it("GIVEN any week THEN the roadmap month it is in, under its heading, in each language", async () => {
    expect(String(await bot.send("/roadmap 1", { as: "reader", at: SAT })).split("\n")[1]).toBe(
      "📅 Month 1 — Fundamentals",
    );
    expect(String(await bot.send("/roadmap 6", { as: "reader", at: SAT })).split("\n")[1]).toBe(
      "📅 Month 2 — Practice",
    );
    expect(await bot.send("/trilha 12", { as: "leitora", at: SAT, locale: "pt-BR" })).toContain(
      "\n📅 Mês 3 — Portfólio e Preparação\n",
    );
  });

  it("GIVEN a week with resources THEN one line lists them, with their addresses", async () => {
    const week9 = String(await bot.send("/roadmap 9", { as: "reader", at: SAT })).split("\n");
    expect(week9).toContain(
      "📚 To study from: MLflow documentation (https://mlflow.org/docs/latest/) · DVC: Get started (https://dvc.org/doc/start)",
    );
    expect(week9.at(-1)).toMatch(/^Target: 20h this week\./);
    const semana5 = await bot.send("/trilha 5", { as: "leitora", at: SAT, locale: "pt-BR" });
    expect(semana5).toContain(
      "\n📚 Para estudar: Trilha DIO MLOps / Engenharia de Machine Learning: os módulos de pipeline\n",
    );
    expect(await bot.send("/roadmap 12", { as: "reader", at: SAT })).not.toContain("📚");
  });
});

describe("/roadmap from a platform's form", () => {
  it("GIVEN the show option set to skills THEN the skills map; the week option alone THEN that week", async () => {
    const env = {
      roadmap: await loadRoadmap(),
      today: "2026-11-28",
      now: new Date(SAT),
      zone: "America/Sao_Paulo",
      locale: "en" as const,
    };
    expect(roadmap.parse({ kind: "options", values: { show: "skills" } }, env, "en")).toEqual({
      ok: true,
      value: { week: null, skills: true },
    });
    expect(roadmap.parse({ kind: "options", values: { week: 4 } }, env, "en")).toEqual({
      ok: true,
      value: { week: 4 },
    });
  });
});
