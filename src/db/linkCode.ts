// A fresh one-time link code: 8 characters from an alphabet without look-alikes (0/O, 1/I/L), ~10¹² codes.
import { randomInt } from "node:crypto";

const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const LINK_CODE_LENGTH = 8;

export function newLinkCode(): string {
  return Array.from({ length: LINK_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}
