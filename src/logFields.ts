// What a log line may carry: errors reduced to what an operator needs, and no secret or member text at any
// depth. Library errors hold the request (grammY's payload and ctx, discord.js's requestBody, a query's
// parameters), and that is where notes, answers, names and tokens live.

/** Keys whose values are requests, contexts or member text: never printed, at any depth. */
const DROPPED = new Set(
  [
    "ctx",
    "api",
    "payload",
    "requestBody",
    "rawBody",
    "params",
    "query",
    "queryOptions",
    "parameters",
    "args",
    "body",
    "headers",
    "update",
    "text",
    "note",
    "answer",
    "content",
  ].map((key) => key.toLowerCase()),
);

/** Keys that name a secret: printed as "[redacted]". "tokens" (a count) is not one. */
const SECRET_KEY = /token(?!s)|secret|passw(or)?d|authori[sz]ation|apikey|databaseurl|cookie|credential/;

const REDACTED = "[redacted]";
const MAX_DEPTH = 6;
const MAX_ITEMS = 50;
const MAX_STRING = 4_000;
const MAX_FRAMES = 20;

/** Secrets that travel inside text: URLs carrying tokens or passwords, authorization values, API keys. */
const SECRET_TEXT: Array<[RegExp, string]> = [
  // Telegram bot tokens (also inside https://api.telegram.org/bot<token>/method).
  [/\d{3,}:[A-Za-z0-9_-]{20,}/g, REDACTED],
  // Discord interaction and webhook tokens: /interactions/<id>/<token>/callback, /webhooks/<app>/<token>.
  [/(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"']+/g, "$1:token"],
  // Discord bot tokens.
  [/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}/g, REDACTED],
  [/\b(Bot|Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  // Passwords in connection URLs: postgres://user:password@host.
  [/([a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s/]+@/gi, `$1${REDACTED}@`],
  // OpenAI-style API keys.
  [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
];

export function scrubText(text: string): string {
  let out = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  for (const [pattern, replacement] of SECRET_TEXT) out = out.replace(pattern, replacement);
  return out;
}

type Fields = Record<string, unknown>;

/** An error as it is logged: what it is, where it came from, never the request that caused it. */
export interface LoggedError {
  type: string;
  name?: string;
  message: string;
  code?: string | number;
  status?: number;
  method?: string;
  route?: string;
  description?: string;
  severity?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  /** A network failure's system call and peer: connect ECONNREFUSED 127.0.0.1:443. */
  syscall?: string;
  address?: string;
  port?: number;
  stack?: string;
  cause?: LoggedError | string;
  errors?: Array<LoggedError | string>;
}

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null;
}

// Only real errors: an error already made loggable is a plain object, and stays as it is.
function isErrorLike(value: unknown): value is Error {
  return value instanceof Error;
}

/** The first of `keys` the error holds as a non-empty string (own or inherited, enumerable or not). */
function stringField(error: Error, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

/** The text values a failed query was given (notes, answers, names), to be cut out of its messages. */
function queryValues(error: unknown, depth = 0, found = new Set<string>()): Set<string> {
  if (!isRecord(error) || depth > 4) return found;
  const collect = (value: unknown, level: number): void => {
    if (typeof value === "string") {
      // Short or numeric values are not text a member wrote, and cutting them would maim the message.
      if (value.length >= 3 && !/^[\d\s.:TZ+-]+$/.test(value)) found.add(value);
    } else if (Array.isArray(value) && level < 3) {
      for (const item of value) collect(item, level + 1);
    } else if (isRecord(value) && level < 3) {
      for (const item of Object.values(value)) collect(item, level + 1);
    }
  };
  collect(error.parameters, 0);
  collect(error.params, 0);
  queryValues(error.cause, depth + 1, found);
  queryValues(error.error, depth + 1, found);
  return found;
}

function withoutValues(text: string, values: Set<string>): string {
  let out = text;
  for (const value of values) out = out.split(value).join("[value]");
  return out;
}

/** The first line of a message, or all of it: as little of what Discord echoes back as possible. */
function messageOf(error: Error, type: string, values: Set<string>): string {
  let message = error.message;
  // drizzle's DrizzleQueryError spells the parameters out after the SQL.
  const params = message.indexOf("\nparams:");
  if (params >= 0) message = message.slice(0, params);
  // Discord's validation errors may quote the rejected value; the first line says what went wrong.
  if (type === "DiscordAPIError" || isRecord(Reflect.get(error, "requestBody"))) {
    message = message.split("\n")[0] ?? "";
  }
  // JSON.parse quotes the text it could not read.
  if (error instanceof SyntaxError) message = message.replace(/"(?:[^"\\]|\\.)*"(\.\.\.)?/g, '"…"');
  return scrubText(withoutValues(message, values));
}

/** The path of a request URL, tokens replaced: /interactions/123/:token/callback. */
export function routeOf(url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0] ?? "";
  }
  return scrubText(path.replace(/^\/api\/v\d+/, ""));
}

function typeOf(error: object): string {
  const name = error.constructor?.name;
  return typeof name === "string" && name !== "" && name !== "Object" ? name : "Error";
}

export function logError(error: unknown, depth = 0, inherited?: Set<string>): LoggedError | string {
  if (!isErrorLike(error)) return typeof error === "string" ? scrubText(error) : `[${typeof error}]`;
  const field = (key: string): unknown => Reflect.get(error, key);
  const values = inherited ?? queryValues(error);
  const type = typeOf(error);
  const message = messageOf(error, type, values);
  const out: LoggedError = { type, message };
  const name = typeof error.name === "string" ? error.name : "";
  if (name !== "" && name !== type && name !== "Error") out.name = name;

  const code = field("code") ?? field("error_code");
  if (typeof code === "string" || typeof code === "number") out.code = code;
  const status = field("status") ?? field("statusCode");
  if (typeof status === "number") out.status = status;
  const method = stringField(error, "method");
  if (method !== undefined) out.method = method;
  const url = stringField(error, "url");
  if (url !== undefined) out.route = routeOf(url);
  const description = stringField(error, "description");
  if (description !== undefined) out.description = scrubText(withoutValues(description, values));
  const severity = stringField(error, "severity");
  if (severity !== undefined) out.severity = severity;
  const constraint = stringField(error, "constraint_name", "constraint");
  if (constraint !== undefined) out.constraint = constraint;
  const table = stringField(error, "table_name", "table");
  if (table !== undefined) out.table = table;
  const column = stringField(error, "column_name", "column");
  if (column !== undefined) out.column = column;
  const routine = stringField(error, "routine");
  if (routine !== undefined) out.routine = routine;
  const syscall = stringField(error, "syscall");
  if (syscall !== undefined) out.syscall = syscall;
  const address = stringField(error, "address");
  if (address !== undefined) out.address = scrubText(address);
  const port = field("port");
  if (typeof port === "number") out.port = port;

  // The frames only: the stack's first line repeats the raw message.
  if (typeof error.stack === "string") {
    const frames = error.stack
      .split("\n")
      .filter((line) => /^\s+at /.test(line))
      .slice(0, MAX_FRAMES)
      .map((line) => scrubText(withoutValues(line, values)));
    out.stack = [`${name || type}: ${message}`, ...frames].join("\n");
  }

  if (depth < MAX_DEPTH) {
    // grammY keeps the underlying error in `error` (BotError, HttpError); everyone else in `cause`.
    const inner = field("error");
    const cause = field("cause") ?? (isErrorLike(inner) ? inner : undefined);
    if (cause !== undefined) out.cause = logError(cause, depth + 1, values);
    const errors = field("errors");
    if (Array.isArray(errors) && errors.some(isErrorLike)) {
      out.errors = errors.slice(0, 5).map((each) => logError(each, depth + 1, values));
    }
  }
  return out;
}

/** Any value made fit for a log line: see DROPPED and SECRET_KEY; errors as logError has them. */
export function logValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  switch (typeof value) {
    case "string":
      return scrubText(value);
    case "number":
    case "boolean":
    case "undefined":
      return value;
    case "bigint":
      return value.toString();
    case "symbol":
    case "function":
      return undefined;
  }
  if (value === null) return null;
  if (isErrorLike(value)) return logError(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (!isRecord(value)) return undefined;
  // A class instance (a grammY Context, a discord.js Interaction, a client) is named, never walked.
  if (!Array.isArray(value) && !isPlainObject(value)) return `[${typeOf(value)}]`;
  // `seen` holds the objects above this one: a repeated object is printed again, a cycle is cut.
  if (seen.has(value) || depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  try {
    if (!Array.isArray(value)) return logFields(value, depth, seen);
    const items = value.slice(0, MAX_ITEMS).map((item) => logValue(item, depth + 1, seen));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  } finally {
    seen.delete(value);
  }
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A log call's first argument as the line's fields: an error under `err`, anything else but fields under `value`. */
export function logLine(first: unknown): Fields {
  if (first === undefined || first === null) return {};
  if (isErrorLike(first)) return { err: logError(first) };
  if (isRecord(first) && !Array.isArray(first) && isPlainObject(first)) return logFields(first);
  return { value: logValue(first) };
}

/** A log line's fields: see logValue. */
export function logFields(fields: object, depth = 0, seen = new WeakSet<object>()): Fields {
  const out: Fields = {};
  for (const [key, inner] of Object.entries(fields)) {
    const normal = key.toLowerCase().replace(/[_-]/g, "");
    if (DROPPED.has(key.toLowerCase())) continue;
    if (SECRET_KEY.test(normal)) {
      out[key] = REDACTED;
      continue;
    }
    const safe = logValue(inner, depth + 1, seen);
    if (safe !== undefined) out[key] = safe;
  }
  return out;
}
