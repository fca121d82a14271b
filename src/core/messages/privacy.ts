// Texts of /export and /forget.
type None = Record<string, never>;

export interface PrivacyMessages {
  "export.ready"(p: { checkins: number; mockAnswers: number }): string;
  "forget.confirm"(p: { word: string }): string;
  "forget.done"(p: None): string;
}
