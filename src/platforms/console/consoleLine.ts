// One typed line → who speaks and what they said: "@ana /checkin 2h" speaks as ana.

export interface ConsoleLine {
  speaker: string | null;
  text: string;
}

export function parseConsoleLine(line: string): ConsoleLine {
  const match = /^@([\p{L}\p{N}_.-]{1,32})\s+([\s\S]*)$/u.exec(line.trim());
  if (match === null) return { speaker: null, text: line.trim() };
  return { speaker: match[1] ?? null, text: (match[2] ?? "").trim() };
}
