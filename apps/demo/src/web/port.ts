/** The port from `PORT`: unset or empty means 0 (a free one); anything but 0–65535 is an error. */
export function parsePort(value: string | undefined): number | Error {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return new Error(`PORT must be an integer from 0 to 65535 (got "${value}")`);
  }
  return port;
}
