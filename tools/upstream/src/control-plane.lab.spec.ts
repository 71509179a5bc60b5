import { request } from 'node:https';
import { readFileSync } from 'node:fs';
import { LabHost, LabInfo, ensureLab, labScp, labSsh } from '@kdeploy/testing';
import { makeKeyPair, makeTestCa } from './testing/certs';
import { readBundle } from './testing/bundle';

jest.setTimeout(240_000);

// Its own directory: the kubelet test runs on the same host at the same time.
const DIR = '/opt/bundle-test-control-plane';
const UNITS = ['bundle-test-etcd', 'bundle-test-apiserver'];

/** GET over TLS with a client certificate, verifying the server against the CA. */
function get(url: string, tls: { ca: Buffer; cert?: Buffer; key?: Buffer }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...tls, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: timed out`)));
    req.on('error', reject);
    req.end();
  });
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms (${String(last)})`);
}

// Only the bundle's real binaries: etcd and kube-apiserver as systemd units on a lab host.
describe('etcd and kube-apiserver from the bundle on a lab host', () => {
  let lab: LabInfo;
  let host: LabHost;
  const sh = async (cmd: string) => {
    const r = await labSsh(lab, host, cmd);
    if (r.code !== 0) throw new Error(`${host.name}: ${cmd.slice(0, 80)} exited ${r.code}: ${r.stderr}`);
    return r.stdout;
  };
  const ca = makeTestCa();
  const etcdCert = ca.issue('etcd', '/CN=etcd', { ips: ['127.0.0.1'], usage: 'both' });
  const etcdClient = ca.issue('apiserver-etcd-client', '/CN=kube-apiserver-etcd-client', { usage: 'client' });
  const admin = ca.issue('admin', '/O=system:masters/CN=bundle-admin', { usage: 'client' });
  const sa = makeKeyPair(ca.dir, 'sa');

  beforeAll(async () => {
    lab = await ensureLab(9);
    host = lab.hosts[8];
    const apiserverCert = ca.issue('apiserver', '/CN=kube-apiserver', {
      ips: [host.address, '10.96.0.1'],
      dns: ['kubernetes.default.svc'],
      usage: 'server',
    });
    const bundle = readBundle(lab.artifactsDir);
    await sh(
      `systemctl stop ${UNITS.join(' ')} 2>/dev/null; systemctl reset-failed ${UNITS.join(' ')} 2>/dev/null; rm -rf ${DIR}; mkdir -p ${DIR}/pki ${DIR}/bin`,
    );
    for (const n of ['etcd', 'kube-apiserver']) expect((await labScp(lab, host, bundle.file(n), `${DIR}/bin/${n}`)).code).toBe(0);
    const files: [string, string][] = [
      [`${ca.dir}/ca.crt`, 'ca.crt'],
      [etcdCert.crt, 'etcd.crt'],
      [etcdCert.key, 'etcd.key'],
      [etcdClient.crt, 'etcd-client.crt'],
      [etcdClient.key, 'etcd-client.key'],
      [apiserverCert.crt, 'apiserver.crt'],
      [apiserverCert.key, 'apiserver.key'],
      [sa.key, 'sa.key'],
      [sa.pub, 'sa.pub'],
    ];
    for (const [local, name] of files) expect((await labScp(lab, host, local, `${DIR}/pki/${name}`)).code).toBe(0);
    await sh(`chmod 0755 ${DIR}/bin/*; chmod 0600 ${DIR}/pki/*.key`);
  });

  afterAll(async () => {
    if (host)
      await labSsh(lab, host, `systemctl stop ${UNITS.join(' ')}; systemctl reset-failed ${UNITS.join(' ')} 2>/dev/null; rm -rf ${DIR}`);
  });

  it('starts etcd with TLS on both ports and kube-apiserver on it; /readyz answers 200 to a client certificate', async () => {
    const p = `${DIR}/pki`;
    await sh(
      [
        `systemd-run --unit=${UNITS[0]} ${DIR}/bin/etcd --name=m1 --data-dir=${DIR}/etcd`,
        '--listen-client-urls=https://127.0.0.1:2379 --advertise-client-urls=https://127.0.0.1:2379',
        '--listen-peer-urls=https://127.0.0.1:2380 --initial-advertise-peer-urls=https://127.0.0.1:2380 --initial-cluster=m1=https://127.0.0.1:2380',
        `--cert-file=${p}/etcd.crt --key-file=${p}/etcd.key --trusted-ca-file=${p}/ca.crt --client-cert-auth=true`,
        `--peer-cert-file=${p}/etcd.crt --peer-key-file=${p}/etcd.key --peer-trusted-ca-file=${p}/ca.crt --peer-client-cert-auth=true`,
      ].join(' '),
    );
    await sh(
      [
        `systemd-run --unit=${UNITS[1]} ${DIR}/bin/kube-apiserver`,
        `--etcd-servers=https://127.0.0.1:2379 --etcd-cafile=${p}/ca.crt --etcd-certfile=${p}/etcd-client.crt --etcd-keyfile=${p}/etcd-client.key`,
        `--bind-address=${host.address} --advertise-address=${host.address} --secure-port=6443`,
        `--tls-cert-file=${p}/apiserver.crt --tls-private-key-file=${p}/apiserver.key --client-ca-file=${p}/ca.crt`,
        `--service-account-issuer=https://kubernetes.default.svc --service-account-key-file=${p}/sa.pub --service-account-signing-key-file=${p}/sa.key`,
        '--service-cluster-ip-range=10.96.0.0/12 --authorization-mode=Node,RBAC --anonymous-auth=false',
      ].join(' '),
    );
    const tls = { ca: readFileSync(`${ca.dir}/ca.crt`), cert: readFileSync(admin.crt), key: readFileSync(admin.key) };
    const url = `https://${host.address}:6443`;
    const ready = await until(
      'kube-apiserver /readyz 200',
      async () => {
        const r = await get(`${url}/readyz`, tls);
        return r.status === 200 ? r : undefined;
      },
      120_000,
    ).catch(async (e: Error) => {
      throw new Error(`${e.message}\n${(await labSsh(lab, host, `journalctl -u ${UNITS[1]} -u ${UNITS[0]} --no-pager -n 30`)).stdout}`);
    });
    expect(ready.body).toBe('ok');
    const version = JSON.parse((await get(`${url}/version`, tls)).body) as { gitVersion: string };
    expect(version.gitVersion).toBe(readBundle(lab.artifactsDir).kubernetes);
    // the same server refuses a client without a certificate (anonymous auth is off)
    expect((await get(`${url}/readyz`, { ca: tls.ca })).status).toBe(401);
    expect(await sh(`${DIR}/bin/etcd --version | head -1`)).toMatch(/^etcd Version: 3\.\d+\.\d+/);
  });
});
