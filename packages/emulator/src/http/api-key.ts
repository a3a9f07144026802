import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh key shaped like a real one: `nv-` + 32 hex digits + 4 alphanumerics. */
export function generateApiKey(): string {
  const tail = [...randomBytes(4)].map((b) => ALNUM[b % ALNUM.length]).join('');
  return `nv-${randomBytes(16).toString('hex')}${tail}`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** A set of secrets compared in constant time (SHA-256 digests with `timingSafeEqual`). */
export class SecretSet {
  private readonly digests: Buffer[];

  constructor(secrets: readonly string[]) {
    this.digests = secrets.map(digest);
  }

  /** Digests of recently presented candidates (the comparison itself stays constant-time). */
  private readonly recent = new Map<string, Buffer>();

  /** Whether `candidate` is one of the secrets (every secret is compared, match or not). */
  has(candidate: string): boolean {
    let probe = this.recent.get(candidate);
    if (!probe) {
      probe = digest(candidate);
      if (this.recent.size >= 64) this.recent.clear();
      this.recent.set(candidate, probe);
    }
    let found = false;
    for (const d of this.digests) if (timingSafeEqual(d, probe)) found = true;
    return found;
  }
}
