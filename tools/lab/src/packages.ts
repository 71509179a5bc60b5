import { run, runRaw, LabError } from './exec';

/**
 * Debian packages this machine needs for hosts (the artifacts come from tools/upstream/build),
 * and zstd, with which kdeploy compresses large artifacts for hosts that can unpack them.
 */
export const HOST_PACKAGES = ['systemd-container', 'debootstrap', 'iproute2', 'openssh-client', 'nftables', 'zstd'];

/** Packages of the list that are not installed (dpkg's "install ok installed" is the test). */
export async function missingPackages(names: string[] = HOST_PACKAGES): Promise<string[]> {
  const r = await runRaw(['dpkg-query', '-W', '-f', '${Package} ${Status}\n', ...names]);
  const installed = new Set(
    r.stdout
      .split('\n')
      .filter((l) => l.endsWith(' install ok installed'))
      .map((l) => l.split(' ')[0]),
  );
  return names.filter((n) => !installed.has(n));
}

/** Installs what is missing (one apt-get update, then one install). */
export async function ensurePackages(): Promise<string> {
  const missing = await missingPackages();
  if (missing.length === 0) return 'all present';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run(['apt-get', 'update'], { env });
  await run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing], { env });
  const still = await missingPackages();
  if (still.length > 0) throw new LabError(`apt-get install did not install: ${still.join(', ')}`);
  return `installed ${missing.join(', ')}`;
}
