import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MASTER_IDENTITIES } from './identities';
import { PKI } from './layout';

const paths = (i: (typeof MASTER_IDENTITIES)[number]) => ('kubeconfig' in i.files ? [i.files.kubeconfig] : [i.files.cert, i.files.key]);

describe('the identities of a master', () => {
  it('use profiles pki-service has, each once, each to its own files', () => {
    const proto = readFileSync(join(__dirname, '..', '..', '..', '..', 'proto', 'kdeploy', 'pki', 'v1', 'pki.proto'), 'utf8');
    for (const i of MASTER_IDENTITIES) expect(proto).toContain(`${i.profile} =`);
    expect(new Set(MASTER_IDENTITIES.map((i) => i.profile)).size).toBe(MASTER_IDENTITIES.length);
    const all = MASTER_IDENTITIES.flatMap(paths);
    expect(new Set(all).size).toBe(all.length);
  });

  it('make only the serving key on the host, and never put a CA key on a master', () => {
    expect(MASTER_IDENTITIES.filter((i) => i.source === 'csr-from-host').map((i) => i.profile)).toEqual([
      'CERTIFICATE_PROFILE_APISERVER_SERVING',
    ]);
    const keys = MASTER_IDENTITIES.flatMap(paths).filter((p) => p.endsWith('.key'));
    expect(keys.filter((k) => /\/ca\.key$|kubernetes-ca|etcd-ca|front-proxy-ca/.test(k))).toEqual([]);
    expect(keys).toContain(PKI.clusterSigner.key);
  });

  it('cover every certificate and key the units read', () => {
    const covered = new Set(MASTER_IDENTITIES.flatMap(paths));
    for (const p of [PKI.apiserver, PKI.apiserverEtcdClient, PKI.apiserverKubeletClient, PKI.frontProxyClient, PKI.clusterSigner]) {
      expect(covered.has(p.cert) && covered.has(p.key)).toBe(true);
    }
  });
});
