// What the fake Discord has seen, and a way to wait until something shows up in it.

export interface RecordedRequest {
  method: string;
  /** The path after /api/v10, e.g. /channels/1/messages. */
  path: string;
  status: number;
}

export interface Attachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  description: string | null;
}

export interface PostedMessage {
  channelId: string;
  content: string;
  /** What a member reads: the content, or a Components V2 message's text displays, one a line. */
  text: string;
  flags: number;
  attachments: Attachment[];
  /** Its rows of buttons, as posted; absent when it has none. */
  components?: unknown[];
}

/** An interaction's answer: the callback, and (after a deferral) the edit of the original message. */
export interface InteractionAnswer {
  interactionId: string;
  token: string;
  /** 4 reply, 5 deferred, 8 autocomplete, 9 modal. */
  type: number;
  data: Record<string, unknown>;
  files: Attachment[];
}

export interface WebhookMessage {
  token: string;
  kind: "edit" | "followUp";
  content: string;
  flags: number;
  /** Its rows of buttons and menus, as sent; absent when it has none. */
  components?: unknown[];
}

export class FakeState {
  readonly requests: RecordedRequest[] = [];
  readonly commandRegistrations: Array<{ path: string; body: unknown }> = [];
  /** The commands as Discord keeps them, with their ids, by route (global or one server's). */
  readonly registeredCommands = new Map<string, Array<Record<string, unknown>>>();
  readonly answers: InteractionAnswer[] = [];
  readonly webhookMessages: WebhookMessage[] = [];
  readonly messages: PostedMessage[] = [];
  readonly identifies: Array<{ intents: number }> = [];
  /** The [shard, count] of each IDENTIFY, in order. */
  readonly identifiedShards: Array<[number, number]> = [];
  readonly resumes: string[] = [];
  private waiters: Array<() => boolean> = [];

  changed(): void {
    this.waiters = this.waiters.filter((check) => !check());
  }

  /** Resolves with the first value `find` returns; the test's own timeout bounds the wait. */
  until<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (found === undefined) return false;
        resolve(found);
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
  }
}
