import { canonicalIp } from '@kdeploy/cluster-spec';

/** A control character or whitespace: a newline would start a new variable in an environment file. */
const hasControlOrSpace = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x21 || c.charCodeAt(0) === 0x7f);

/**
 * Why a URL from the request may not go into etcd's unit or bootstrap file, or undefined when
 * it may: https, a host that is `address` (or loopback, for listeners) and a port, nothing else.
 * The values are written as root into an environment file and a comma-separated flag, so a
 * comma, whitespace or control character could add a listener or a variable: refused.
 */
export function urlProblem(url: string, address: string, loopbackAllowed = false): string | undefined {
  if (hasControlOrSpace(url) || url.includes(',')) return `${JSON.stringify(url)}: holds a comma, whitespace or a control character`;
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || parsed.protocol !== 'https:') return `${url}: not an https URL`;
  if (!parsed.port || parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username || parsed.password) {
    return `${url}: must be https://HOST:PORT and nothing more`;
  }
  const host = canonicalIp(parsed.hostname.replace(/^\[|\]$/g, ''));
  const allowed = [canonicalIp(address), ...(loopbackAllowed ? ['127.0.0.1', '::1'] : [])];
  if (!host || !allowed.includes(host)) return `${url}: its host is not the member's address ${address}`;
  return undefined;
}

/**
 * Why an --initial-cluster value may not be used, or undefined: `name=peer URL` entries, each
 * name a member of the call and each URL that member's peer URL.
 */
export function initialClusterProblem(value: string, peerUrlOf: (name: string) => string | undefined): string | undefined {
  if (hasControlOrSpace(value)) return 'holds whitespace or a control character';
  for (const entry of value.split(',')) {
    const [name, url, extra] = entry.split('=');
    if (extra !== undefined || !name || !url) return `${entry}: not name=peer URL`;
    const want = peerUrlOf(name);
    if (want === undefined) return `${name}: not a member in spec.members`;
    if (url !== want) return `${name}: ${url} is not its peer URL ${want}`;
  }
  return undefined;
}
