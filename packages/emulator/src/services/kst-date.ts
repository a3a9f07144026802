const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Formats epoch milliseconds as `yyyy-MM-ddTHH:mm:ss+0900` (KST, offset without a colon, as the tuning API writes dates). */
export function formatKstDate(ms: number): string {
  return `${new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 19)}+0900`;
}

/** Formats epoch milliseconds as `yyMMdd-HHmmss` in KST (the default tuning task name). */
export function formatKstTaskName(ms: number): string {
  const iso = new Date(ms + KST_OFFSET_MS).toISOString();
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}
