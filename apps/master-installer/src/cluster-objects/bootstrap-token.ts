import { randomInt } from 'node:crypto';
import { BOOTSTRAP_GROUP } from './bootstrap-rbac';

/** A bootstrap token: the id is public (it names the Secret), the secret half is a credential. */
export interface BootstrapToken {
  id: string;
  secret: string;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
const draw = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** A new token from the CSPRNG, in the format the apiserver's bootstrap authenticator takes. */
export function newBootstrapToken(): BootstrapToken {
  return { id: draw(6), secret: draw(16) };
}

/** `id.secret`, what a kubelet's bootstrap kubeconfig carries. */
export const tokenText = (t: BootstrapToken) => `${t.id}.${t.secret}`;

/** Parses `id.secret`; undefined for anything else. */
export function parseBootstrapToken(text: string): BootstrapToken | undefined {
  const m = TOKEN.exec(text);
  return m ? { id: m[1], secret: m[2] } : undefined;
}

/** The kube-system Secret that makes a token valid until `expires` (the token cleaner deletes it then). */
export function bootstrapTokenSecret(token: BootstrapToken, expires: Date, description: string, extraGroups: readonly string[] = []) {
  const groups = [...new Set([BOOTSTRAP_GROUP, ...extraGroups])];
  const bad = groups.find((g) => !/^system:bootstrappers:[a-z0-9:-]{0,255}[a-z0-9]$/.test(g));
  if (bad) throw new RangeError(`bootstrap token group ${bad} must start with system:bootstrappers:`);
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: `bootstrap-token-${token.id}`, namespace: 'kube-system', labels: { 'app.kubernetes.io/managed-by': 'kdeploy' } },
    type: 'bootstrap.kubernetes.io/token',
    stringData: {
      description,
      'token-id': token.id,
      'token-secret': token.secret,
      expiration: expires.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'usage-bootstrap-authentication': 'true',
      'usage-bootstrap-signing': 'true',
      'auth-extra-groups': groups.join(','),
    },
  };
}
