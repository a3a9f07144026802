/**
 * Waits `ms` milliseconds on an unreferenced timer: emulated latency never keeps a process alive
 * after the server has closed (an open connection keeps it alive while it matters).
 */
export function sleep(ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });
}
