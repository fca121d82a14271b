// Texts of the dry run, `constancia nudges`.

export interface PreviewMessages {
  /** Nothing goes out in the window asked about; instants as given, ISO-8601. */
  "preview.nothingDue"(p: { from: string; until: string }): string;
}
