// Updates in order per chat and chats in parallel, each chat with a bounded backlog: a chat that floods
// the bot or answers slowly holds only its own updates, never another chat's. A chat's replies go out in
// order on a line of their own, so a reply Telegram's per-group limit holds back does not hold the chat's
// next update: 25 check-ins sent within seconds are recorded within seconds, and answered as Telegram allows.

export interface ChatQueues {
  /**
   * Queues work behind the chat's earlier work; false (and dropped) when the chat's backlog (the work
   * waiting and the replies not yet sent) is full.
   */
  push(chat: string, work: () => Promise<void>): boolean;
  /** Sends a reply after the chat's earlier replies, without holding the chat's next work. */
  reply(chat: string, send: () => Promise<void>): void;
  /** Resolves once every queue is empty, nothing runs and every reply went. */
  settled(): Promise<void>;
}

interface Chat {
  waiting: Array<() => Promise<void>>;
  draining: boolean;
  /** Replies queued or being sent. */
  replies: number;
  /** The last reply queued: the next one goes after it. */
  lastReply: Promise<void>;
}

export function chatQueues(maxWaiting: number): ChatQueues {
  // A chat has an entry while it has work running or replies to send.
  const chats = new Map<string, Chat>();
  const running = new Set<Promise<void>>();

  function chatOf(id: string): Chat {
    const found = chats.get(id);
    if (found !== undefined) return found;
    const chat: Chat = { waiting: [], draining: false, replies: 0, lastReply: Promise.resolve() };
    chats.set(id, chat);
    return chat;
  }

  function track(done: Promise<void>): void {
    running.add(done);
    void done.finally(() => running.delete(done));
  }

  function releaseIfIdle(id: string, chat: Chat): void {
    if (!chat.draining && chat.replies === 0 && chats.get(id) === chat) chats.delete(id);
  }

  async function drain(id: string, chat: Chat): Promise<void> {
    for (let work = chat.waiting.shift(); work !== undefined; work = chat.waiting.shift()) {
      // Work reports its own failures; one that throws anyway must not stall the chat.
      await work().catch(() => {});
    }
    chat.draining = false;
    releaseIfIdle(id, chat);
  }

  return {
    push(id, work) {
      const chat = chatOf(id);
      if (chat.waiting.length + chat.replies >= maxWaiting) return false;
      chat.waiting.push(work);
      if (!chat.draining) {
        chat.draining = true;
        track(drain(id, chat));
      }
      return true;
    },
    reply(id, send) {
      const chat = chatOf(id);
      chat.replies += 1;
      const sent = chat.lastReply
        .then(send)
        // A reply reports its own failure; one that throws anyway must not stall the replies after it.
        .catch(() => {})
        .finally(() => {
          chat.replies -= 1;
          releaseIfIdle(id, chat);
        });
      chat.lastReply = sent;
      track(sent);
    },
    async settled() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
