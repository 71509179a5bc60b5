import { SharedSshHosts } from './shared-hosts';
import { labOptions, labRoot, outside } from './testing/lab-fixture';
import { healHost, partitionHost, type LabHost, type LabInfo } from '@kdeploy/testing';

let lab: LabInfo;
let host: LabHost;
const shared = new SharedSshHosts();
beforeAll(async () => {
  ({ lab, host } = await labRoot(0));
});
afterAll(() => shared.closeAll());

// the client's address and port as sshd saw them: the same for two commands only on one connection
const connectionOf = async (c: { exec(cmd: string): Promise<{ stdout: string }> }) =>
  (await c.exec('echo $SSH_CONNECTION')).stdout.split(' ').slice(0, 2).join(':');

describe('shared connections', () => {
  it("serve the next call with the same options on the same connection, another user's call on its own", async () => {
    const first = shared.lease(labOptions(lab, host));
    const used = await connectionOf(first);
    await first.close();
    const second = shared.lease(labOptions(lab, host));
    expect(await connectionOf(second)).toBe(used);
    const other = shared.lease(labOptions(lab, host, { username: 'root', maxShells: 2 }));
    expect(await connectionOf(other)).not.toBe(used);
    await Promise.all([second.close(), other.close()]);
  });

  it('are not shared under trust on first use, whose known_hosts file changes', async () => {
    const options = labOptions(lab, host, { hostKey: { knownHostsFile: lab.knownHostsFile, trustOnFirstUse: true } });
    const a = shared.lease(options);
    const b = shared.lease(options);
    expect(await connectionOf(a)).not.toBe(await connectionOf(b));
    await Promise.all([a.close(), b.close()]);
  });

  it('replace a connection the host dropped while it sat unused', async () => {
    const first = shared.lease(labOptions(lab, host, { maxShells: 3 }));
    const port = (await connectionOf(first)).split(':')[1];
    await first.close();
    // the host ends that session (as a restart of sshd or a reboot would)
    await outside(
      lab,
      host,
      `ss -Htnp state established '( sport = :22 and dport = :${port} )' | grep -o 'pid=[0-9]*' | cut -d= -f2 | xargs -r kill`,
    );
    const next = shared.lease(labOptions(lab, host, { maxShells: 3 }));
    expect((await next.exec('echo ok')).stdout).toBe('ok\n');
    expect((await connectionOf(next)).split(':')[1]).not.toBe(port);
    await next.close();
  });

  it('give up on a connection whose host stopped answering, at once, not after keepalive', async () => {
    const options = labOptions(lab, host, { maxShells: 1, connectTimeoutMs: 2_000 });
    const first = shared.lease(options);
    await first.exec('true');
    await first.close();
    await partitionHost(host.name);
    try {
      const t0 = Date.now();
      const cut = shared.lease(options);
      await expect(cut.exec('true')).rejects.toThrow();
      // the probe's 2 s and a connect attempt's 2 s, far from keepalive's 15 s
      expect(Date.now() - t0).toBeLessThan(8_000);
      await cut.close();
    } finally {
      await healHost(host.name);
    }
    const again = shared.lease(options);
    expect((await again.exec('echo back')).stdout).toBe('back\n');
    await again.close();
  });
});
