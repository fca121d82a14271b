// Text helpers for judging answers in Portuguese and English: accent-insensitive matching, sentences, quotes.

/** Lower case without accents, so "Reprodutível" and "reprodutivel" match. */
export function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text (letters and digits), normalized. */
export function wordsOf(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const patterns = new Map<string, RegExp>();

/**
 * How a keyword's last word may end: Portuguese verbs by their stem ("comparar" finds "comparando",
 * "comparei"), English by common endings ("compare" finds "compared", "monitor" finds "monitoring"),
 * short words only in the plural ("hash" finds "hashes", not "hashtag").
 */
function wordEnding(word: string): string {
  if (!/^\p{L}{6,}$/u.test(word)) return `${escapeRegExp(word)}(?:e?s)?`;
  if (/(ar|ir)$/.test(word)) return `${word.slice(0, -2)}\\p{L}{0,6}`;
  if (word.endsWith("e")) return `${word.slice(0, -1)}(?:e|es|ed|ing)`;
  return `${word}(?:s|es|ed|ing|d)?`;
}

/** A phrase as whole words, accent-insensitive, its last word in any of its usual endings. */
function phrasePattern(phrase: string): RegExp {
  const cached = patterns.get(phrase);
  if (cached !== undefined) return cached;
  const words = normalize(phrase.trim()).split(/\s+/);
  const last = words.pop() ?? "";
  const body = [...words.map(escapeRegExp), wordEnding(last)].join("\\s+");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "u");
  patterns.set(phrase, pattern);
  return pattern;
}

/** Whether a normalized text holds the phrase. */
export function mentions(normalizedText: string, phrase: string): boolean {
  return phrasePattern(phrase).test(normalizedText);
}

/** Sentences, split at . ! ? ; and line breaks (a decimal point such as 0.83 does not split). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** A short quote for evidence: the sentence, cut at a word boundary. */
export function quote(sentence: string, maxLength = 100): string {
  const clean = sentence.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
