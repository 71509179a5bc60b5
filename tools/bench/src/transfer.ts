/**
 * Transfer of a node's artifacts to one lab host, as installers send them (one SSH connection,
 * hash checked on the host, file renamed into place): as they are, then zstd-compressed. Prints
 * the payload rate (bytes the host ends up with, per second) of each.
 * Run: `npx nx run bench:bench-transfer`.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { resolveArtifacts } from '@kdeploy/artifacts';
import type { commonV1 } from '@kdeploy/proto';
import { SshHost } from '@kdeploy/ssh';
import { ensureLab } from '@kdeploy/testing';

// what a containerd node receives from node-installer, the large part of a first install
const NODE = ['kubelet', 'kube-proxy', 'containerd', 'containerd-shim-runc-v2', 'runc', 'crictl', 'image-coredns', 'image-metrics-server'];
const DIR = '/var/tmp/kdeploy-bench-transfer';

/** CPU seconds this whole machine has been busy (both ends of the transfer run here: the lab's hosts are namespaces). */
function busySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = ticks[3] + ticks[4];
  return (ticks.slice(0, 8).reduce((a, b) => a + b, 0) - idle) / 100;
}

async function main(): Promise<void> {
  const lab = await ensureLab(1);
  const target = lab.hosts[0];
  const source = { kind: 'ARTIFACT_SOURCE_KIND_DIRECTORY', location: lab.artifactsDir, artifacts: [] };
  const artifacts = await resolveArtifacts(source as unknown as commonV1.ArtifactSource__Output, '', NODE);
  const made = performance.now();
  const files = await Promise.all(artifacts.map(async (a) => ({ a, content: await a.read(), zstd: await a.zstd() })));
  const total = files.reduce((n, f) => n + f.content.length, 0);
  if (files.some((f) => !f.zstd)) throw new Error('no zstd on this machine: install the zstd package');
  console.log(`compressed copies ready in ${((performance.now() - made) / 1000).toFixed(2)} s (made once, then read from the cache)`);
  const host = new SshHost({
    host: target.name,
    address: target.address,
    privateKeyFile: lab.privateKeyFile,
    hostKey: { fingerprint: target.hostKeyFingerprint },
  });
  await host.exec('true');
  console.log(`host ${target.name}: ${files.length} artifacts, ${(total / 1e6).toFixed(0)} MB (${NODE.join(', ')})`);
  for (const mode of ['as they are', 'zstd'] as const) {
    await host.exec(`rm -rf ${DIR}`);
    const t0 = performance.now();
    const cpu0 = busySeconds();
    let sent = 0;
    // three at a time, as installers send a host's binaries
    const queue = [...files];
    await Promise.all(
      [1, 2, 3].map(async () => {
        for (let f = queue.shift(); f; f = queue.shift()) {
          const r = await host.upload(f.content, `${DIR}/${f.a.name}`, {
            sha256: f.a.sha256,
            mode: 0o755,
            ...(mode === 'zstd' && f.zstd ? { zstd: f.zstd } : {}),
          });
          sent += r.bytesSent;
        }
      }),
    );
    const s = (performance.now() - t0) / 1000;
    const cpu = busySeconds() - cpu0;
    console.log(
      `${mode.padEnd(12)} ${s.toFixed(2)} s, ${(total / 1e6 / s).toFixed(0)} MB/s of artifacts, ` +
        `${(sent / 1e6).toFixed(0)} MB on the wire, ${cpu.toFixed(1)} CPU s on this machine (both ends)`,
    );
  }
  await host.exec(`rm -rf ${DIR}`);
  await host.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
