// Splits /checkin arguments into the pieces a duration is made of ("1h30" is 1, h, 30), keeping where each
// sits in the text, so the note can be cut from the text exactly as it was written.

export interface Lexeme {
  kind: "number" | "clock" | "date" | "word" | "symbol";
  /** As written. */
  text: string;
  /** Lowercase, without accents: what it is compared with. */
  key: string;
  start: number;
  end: number;
  /** Whitespace comes right before it (or nothing at all: it opens the text). */
  spaced: boolean;
}

const PIECES: ReadonlyArray<{ kind: Lexeme["kind"]; re: RegExp }> = [
  { kind: "date", re: /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}([-.])\d{1,2}\1\d{2,4}/y },
  { kind: "clock", re: /\d+:\d+/y },
  { kind: "number", re: /\d+½|\d+(?:[.,]\d{1,2})?|[.,]\d{1,2}|½/y },
  { kind: "word", re: /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/uy },
  { kind: "symbol", re: /./suy },
];

/** "Amanhã" and "amanha" are the same word; so are "Três" and "tres". */
export function wordKey(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function pieceAt(text: string, at: number): { kind: Lexeme["kind"]; text: string } {
  for (const { kind, re } of PIECES) {
    re.lastIndex = at;
    const match = re.exec(text);
    if (match) return { kind, text: match[0] };
  }
  return { kind: "symbol", text: text.slice(at, at + 1) };
}

export function lexemes(text: string): Lexeme[] {
  const out: Lexeme[] = [];
  const space = /\s+/y;
  let at = 0;
  let spaced = true;
  while (at < text.length) {
    space.lastIndex = at;
    if (space.test(text)) {
      at = space.lastIndex;
      spaced = true;
      continue;
    }
    const piece = pieceAt(text, at);
    const end = at + piece.text.length;
    out.push({ ...piece, key: wordKey(piece.text), start: at, end, spaced });
    at = end;
    spaced = false;
  }
  return out;
}

/** Past a comma or full stop that closes a word ("2h, pandas", "ontem."), or `at` when there is none. */
export function pastPunctuation(lx: readonly Lexeme[], at: number): number {
  const lexeme = lx[at];
  const closes = lexeme !== undefined && !lexeme.spaced && /^[,.;:!]$/.test(lexeme.text);
  return closes && (lx[at + 1]?.spaced ?? true) ? at + 1 : at;
}
