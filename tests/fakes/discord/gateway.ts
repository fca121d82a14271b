// The fake's gateway: HELLO, IDENTIFY → READY, heartbeat ACKs, RESUME → RESUMED, and dispatches.
import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import type { FakeState } from "./state.js";

interface Session {
  id: string;
  seq: number;
  socket: WebSocket | null;
}

export interface GatewayOptions {
  server: Server;
  state: FakeState;
  url: () => string;
  ready: () => Record<string, unknown>;
  /** Sent after READY, as Discord does for each server of the bot. */
  guilds: () => Array<Record<string, unknown>>;
  /** Short, so heartbeats (and their ACKs) happen during a test. */
  heartbeatIntervalMs: number;
}

export class FakeGateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private counter = 0;

  constructor(private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ server: options.server, path: "/gateway" });
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  private accept(socket: WebSocket): void {
    const { state } = this.options;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    socket.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | number | null };
      const d = typeof payload.d === "object" && payload.d !== null ? payload.d : {};
      switch (payload.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11 }));
          break;
        case 2: {
          this.counter += 1;
          const session: Session = { id: `session-${this.counter}`, seq: 1, socket };
          this.sessions.set(session.id, session);
          state.identifies.push({ intents: Number(d.intents) });
          const [shard = 0, count = 1] = Array.isArray(d.shard) ? d.shard.map(Number) : [];
          state.identifiedShards.push([shard, count]);
          socket.send(
            JSON.stringify({
              op: 0,
              t: "READY",
              s: session.seq,
              d: {
                ...this.options.ready(),
                guilds: this.options.guilds().map((g) => ({ id: g.id, unavailable: true })),
                session_id: session.id,
                resume_gateway_url: this.options.url(),
              },
            }),
          );
          for (const guild of this.options.guilds()) {
            session.seq += 1;
            socket.send(JSON.stringify({ op: 0, t: "GUILD_CREATE", s: session.seq, d: guild }));
          }
          state.changed();
          break;
        }
        case 6: {
          const session = this.sessions.get(String(d.session_id));
          if (session === undefined) {
            socket.send(JSON.stringify({ op: 9, d: false }));
            break;
          }
          session.socket = socket;
          session.seq += 1;
          socket.send(JSON.stringify({ op: 0, t: "RESUMED", s: session.seq, d: {} }));
          state.resumes.push(session.id);
          state.changed();
          break;
        }
      }
    });
    socket.on("close", () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = null;
      state.changed();
    });
  }

  private live(): Session | undefined {
    return [...this.sessions.values()].find(
      (s) => s.socket !== null && s.socket.readyState === s.socket.OPEN,
    );
  }

  /** Sends an event on the live session, waiting for one if the client is (re)connecting. */
  async dispatch(event: string, data: unknown): Promise<void> {
    const session = await this.options.state.until(() => this.live());
    session.seq += 1;
    session.socket?.send(JSON.stringify({ op: 0, t: event, s: session.seq, d: data }));
  }

  /** Drops the connection as a network failure or a Discord restart would; the session stays resumable. */
  disconnect(code = 4000): void {
    for (const session of this.sessions.values()) session.socket?.close(code);
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }
}
