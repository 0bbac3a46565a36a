/**
 * Shared-access signatures for the blob URLs the services hand out, Azurite style
 * (`http://127.0.0.1:<port>/devstoreaccount1/<container>/<blob>`: the Azure SDK treats an IP host
 * as path-style and takes the account from the first segment). The signature covers the path,
 * the permission and the expiry, so a URL used for another blob or verb is refused, as Azure does.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const ACCOUNT = 'devstoreaccount1';

export type Permission = 'r' | 'cw';

export class UrlSigner {
  private readonly key = randomBytes(32);
  constructor(private readonly origin: () => string) {}

  sign(container: string, blob: string, sp: Permission, ttlMs = 3600_000): string {
    const path = `/${ACCOUNT}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}`;
    const se = new Date(Date.now() + ttlMs).toISOString().replace(/\.\d+Z$/, 'Z');
    const q = new URLSearchParams({ sv: '2024-08-04', sr: 'b', sp, se });
    q.set('sig', this.mac(path, sp, se));
    return `${this.origin()}${path}?${q.toString()}`;
  }

  /** Why the request's signature does not allow `needed` on `path`, or undefined when it does. */
  refusal(path: string, query: URLSearchParams, needed: 'r' | 'w'): string | undefined {
    const sp = query.get('sp') ?? '';
    const se = query.get('se') ?? '';
    const sig = query.get('sig') ?? '';
    if (!sp.includes(needed)) return `signature does not permit '${needed}' (sp=${sp})`;
    if (!(Date.parse(se) > Date.now())) return `signature expired or has no expiry (se=${se})`;
    const want = Buffer.from(this.mac(path, sp, se));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return 'signature does not match';
    return undefined;
  }

  private mac(path: string, sp: string, se: string): string {
    return createHmac('sha256', this.key).update(`${path}\n${sp}\n${se}`).digest('base64');
  }
}
