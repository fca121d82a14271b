// Looks a user's word up in a table of known words. Plain indexing would also find what every object
// inherits ("constructor", "__proto__", "toString"), so only the table's own entries count.
export function own<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
