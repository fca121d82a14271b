// Due pointers and the send log: finding what is due, claiming it once across instances, and recording
// how each send ended.
import { and, asc, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import { SLOTS, type Slot } from "../../core/nudges/kinds.js";
import type { ClaimedSend, DueMember, SendLog } from "../../core/nudges/ports.js";
import type { Database } from "../client.js";
import { memberPointerColumn, pointerOf } from "../pointerColumns.js";
import { rawRows } from "../rawRows.js";
import { groups, identities, members, sends } from "../schema/index.js";
import { toGroup, toRecipient } from "./rows.js";

/** `ms` after the database's now(): lease times come from the one clock every instance shares. */
function fromDbNow(ms: number): SQL {
  return sql`now() + ${ms}::double precision * interval '1 millisecond'`;
}

/** The claim is still this instance's: not finished, and not taken over by another instance. */
function ownClaim(key: string, instance: string): SQL | undefined {
  return and(eq(sends.key, key), eq(sends.state, "claimed"), eq(sends.claimedBy, instance));
}

export function createSendLog(db: Database): SendLog {
  return {
    async dueSlots(now) {
      const at = sql`${now.toISOString()}::timestamptz`;
      const probes = SLOTS.map((slot) => {
        const { table, column } = pointerOf(slot);
        return sql`exists(select 1 from ${table} where ${column} <= ${at}) as ${sql.identifier(slot)}`;
      });
      const [row] = await rawRows<Record<Slot, boolean>>(db, sql`select ${sql.join(probes, sql`, `)}`);
      return new Set(SLOTS.filter((slot) => row?.[slot] === true));
    },

    async dueMembers(slot, now, limit) {
      const column = memberPointerColumn(slot);
      const rows = await db
        .select({ member: members, identity: identities, dueAt: column })
        .from(members)
        .leftJoin(identities, eq(identities.memberId, members.id))
        .where(lte(column, now))
        .orderBy(
          asc(column),
          asc(members.id),
          sql`${identities.unreachableSince} is not null`,
          asc(identities.platform),
        )
        .limit(limit * 2);
      const due = new Map<number, DueMember>();
      for (const row of rows) {
        if (row.dueAt === null || due.has(row.member.id)) continue;
        due.set(row.member.id, { member: toRecipient(row.member, row.identity), dueAt: row.dueAt });
      }
      return [...due.values()].slice(0, limit);
    },

    async dueGroups(now, limit) {
      const rows = await db
        .select()
        .from(groups)
        .where(lte(groups.nextSummaryAt, now))
        .orderBy(asc(groups.nextSummaryAt))
        .limit(limit);
      return rows.flatMap((row) =>
        row.nextSummaryAt === null ? [] : [{ group: toGroup(row), dueAt: row.nextSummaryAt }],
      );
    },

    claimMany(slot, claims, meta) {
      if (claims.length === 0) return Promise.resolve(new Set<string>());
      const pointers = JSON.stringify(
        claims.map((c) => ({
          id: c.subjectId,
          due_at: c.dueAt.toISOString(),
          next_at: c.next?.toISOString() ?? null,
        })),
      );
      const pointer = pointerOf(slot);
      const table = pointer.table;
      // Unqualified: the statement reads the table under an alias.
      const column = sql.identifier(pointer.column.name);
      return db.transaction(async (tx) => {
        // Compare-and-set on every pointer at once: only the process that moves a pointer records its send.
        // Rows are locked in id order and those another process holds are skipped (it is claiming them),
        // so concurrent ticks neither deadlock nor wait on each other.
        const advanced = await rawRows<{ id: number }>(
          tx,
          sql`with v as (
                select * from jsonb_to_recordset(${pointers}::jsonb) as v(id int, due_at timestamptz, next_at timestamptz)
              ), mine as (
                select t.id, v.next_at from ${table} t join v on v.id = t.id
                -- Read back through JavaScript, a pointer keeps milliseconds only: compare at that precision.
                where date_trunc('milliseconds', t.${column}) = v.due_at
                order by t.id
                for update of t skip locked
              )
              update ${table} t set ${column} = mine.next_at from mine where t.id = mine.id
              returning t.id`,
        );
        const moved = new Set(advanced.map((r) => Number(r.id)));
        const rows = JSON.stringify(
          claims
            .filter((c) => moved.has(c.subjectId))
            .map((c) => ({
              key: c.key,
              kind: c.kind,
              subject_id: c.subjectId,
              due_at: c.dueAt.toISOString(),
              state: c.state,
              detail: c.detail,
            })),
        );
        // One statement for the whole batch: a row per parameter would pass Postgres's parameter limit.
        const inserted = await rawRows<{ key: string }>(
          tx,
          sql`insert into ${sends} (key, kind, slot, subject_id, due_at, state, lease_until, claimed_by, detail, updated_at)
              select v.key, v.kind, ${slot}, v.subject_id, v.due_at, v.state,
                     case when v.state = 'claimed' then ${fromDbNow(meta.leaseMs)} end,
                     ${meta.instance}, v.detail, ${meta.now.toISOString()}::timestamptz
              from jsonb_to_recordset(${rows}::jsonb)
                as v(key text, kind text, subject_id int, due_at timestamptz, state text, detail text)
              on conflict (key) do nothing
              returning key`,
        );
        return new Set(inserted.map((r) => r.key));
      });
    },

    async retakeExpired(instance, leaseMs, now, limit) {
      // Reached counts as run out: a claim handed back (its lease set to now()) is free at once, even to a
      // statement whose now() has not moved on (the clock's resolution, a busy machine).
      const expired = sql`${sends.state} = 'claimed' and ${sends.leaseUntil} <= now()`;
      const oldest = db
        .select({ key: sends.key })
        .from(sends)
        .where(expired)
        .orderBy(asc(sends.leaseUntil))
        .limit(limit)
        .for("update", { skipLocked: true });
      const rows = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(leaseMs), claimedBy: instance, updatedAt: now })
        .where(and(inArray(sends.key, oldest), expired))
        .returning();
      return rows.map(
        (r): ClaimedSend => ({
          key: r.key,
          kind: r.kind as ClaimedSend["kind"],
          slot: r.slot as Slot,
          subjectId: r.subjectId,
          dueAt: r.dueAt,
          attempts: r.attempts,
        }),
      );
    },

    async holdClaim(key, instance, leaseMs) {
      const held = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(leaseMs) })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return held.length > 0;
    },

    async finish(key, instance, state, detail, now) {
      const done = await db
        .update(sends)
        .set({ state, detail, leaseUntil: null, updatedAt: now })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return done.length > 0;
    },

    async retryAfter(key, instance, delayMs, detail, now) {
      const later = await db
        .update(sends)
        .set({ leaseUntil: fromDbNow(delayMs), detail, attempts: sql`${sends.attempts} + 1`, updatedAt: now })
        .where(ownClaim(key, instance))
        .returning({ key: sends.key });
      return later.length > 0;
    },

    async releaseClaims(keys, instance) {
      if (keys.length === 0) return;
      await db
        .update(sends)
        .set({ leaseUntil: sql`now()` })
        .where(and(inArray(sends.key, keys), eq(sends.state, "claimed"), eq(sends.claimedBy, instance)));
    },

    async recordedKeys(keys) {
      if (keys.length === 0) return new Set();
      const rows = await db.select({ key: sends.key }).from(sends).where(inArray(sends.key, keys));
      return new Set(rows.map((r) => r.key));
    },
  };
}
