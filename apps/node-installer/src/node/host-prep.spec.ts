import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeSettings } from '../request/settings';
import { nodeSpec, received, SETTINGS } from '../testing/fixtures';
import { familyCommands, moduleCheck, modulesFile, sysctls, NODE_FIREWALL_PORTS, SWAP_OFF, sysctlFile } from './host-prep';
import { osFamily, parseOsRelease } from './os-family';

/** bash parses it (bash -n): a quoting mistake in a rendered command fails here, not on a host. */
const parses = (command: string) => execFileSync('bash', ['-n', '-c', command]);

describe('host preparation per OS family', () => {
  it('detects the family from os-release, never assuming one', () => {
    const family = (text: string) => osFamily(parseOsRelease(text));
    expect(family('ID=debian\nVERSION_ID="12"')).toBe('debian');
    expect(family('ID=ubuntu\nID_LIKE=debian')).toBe('debian');
    expect(family('ID="rocky"\nID_LIKE="rhel centos fedora"')).toBe('rhel');
    expect(family('ID="almalinux"\nID_LIKE="rhel centos fedora"')).toBe('rhel');
    expect(family('ID="centos"\nVERSION_ID="7"\nID_LIKE="rhel fedora"')).toBe('rhel');
    expect(family('ID=alpine')).toBeUndefined();
    expect(family('')).toBeUndefined();
  });

  it('writes the modules and sysctls files that systemd applies at every boot', () => {
    expect(modulesFile(SETTINGS)).toBe('# kdeploy: kernel modules a Kubernetes node needs\noverlay\nbr_netfilter\n');
    const file = sysctlFile(sysctls(SETTINGS));
    for (const line of ['net.ipv4.ip_forward = 1', 'net.bridge.bridge-nf-call-iptables = 1', 'net.bridge.bridge-nf-call-ip6tables = 1'])
      expect(file).toContain(`${line}\n`);
  });

  it("raises the inotify limits and never lowers a host's higher value; the spec's own values win", () => {
    expect(sysctls(SETTINGS, { 'fs.inotify.max_user_instances': 128 })['fs.inotify.max_user_instances']).toBe('8192');
    expect(sysctls(SETTINGS, { 'fs.inotify.max_user_watches': 1048576 })['fs.inotify.max_user_watches']).toBe('1048576');
    const own = nodeSettings(received(nodeSpec({ hostPreparation: { sysctls: { 'fs.inotify.max_user_instances': 512 } } })));
    expect(sysctls(own, {})['fs.inotify.max_user_instances']).toBe('512');
  });

  it("sees a module loaded or built into this machine's kernel, and not one that does not exist", () => {
    parses(moduleCheck('br_netfilter'));
    execFileSync('bash', ['-c', moduleCheck('overlay')]);
    expect(() => execFileSync('bash', ['-c', moduleCheck('kdeploy_no_such_module')])).toThrow();
  });

  it('does nothing more on Debian', () => {
    expect(familyCommands('debian', SETTINGS)).toEqual([]);
  });

  it('on RHEL sets SELinux to permissive by default, now and in /etc/selinux/config, and opens the node ports in firewalld', () => {
    const [selinux, firewall, ...rest] = familyCommands('rhel', SETTINGS);
    expect(rest).toEqual([]);
    expect(selinux.description).toBe('set SELinux to permissive now and at boot');
    expect(selinux.command).toBe(
      'if command -v setenforce >/dev/null && [ "$(getenforce)" = Enforcing ]; then setenforce 0; fi; sed -i \'s/^SELINUX=.*/SELINUX=permissive/\' /etc/selinux/config',
    );
    expect(selinux.check).toBe('! test -f /etc/selinux/config || grep -qx SELINUX=permissive /etc/selinux/config');
    for (const port of NODE_FIREWALL_PORTS) {
      expect(firewall.command).toContain(`firewall-cmd --permanent --add-port=${port}`);
      expect(firewall.check).toContain(port);
    }
    expect(NODE_FIREWALL_PORTS).toEqual(expect.arrayContaining(['10250/tcp', '10256/tcp', '8472/udp']));
    expect(firewall.command.endsWith('firewall-cmd --reload')).toBe(true);
    // firewalld not running: nothing to open
    expect(firewall.check.startsWith('! systemctl is-active --quiet firewalld ||')).toBe(true);
    for (const c of [selinux, firewall]) {
      parses(c.command);
      parses(c.check);
    }
  });

  it("takes SELinux to the spec's mode", () => {
    const disabled = nodeSettings(received(nodeSpec({ hostPreparation: { selinux: 'disabled' } })));
    expect(familyCommands('rhel', disabled)[0].command).toContain("'s/^SELINUX=.*/SELINUX=disabled/'");
  });

  it('turns swap off now and comments it out of fstab, which its check then sees as done', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kd-fstab-'));
    const fstab = join(dir, 'fstab');
    writeFileSync(fstab, 'UUID=1 / ext4 defaults 0 1\n/swapfile none swap sw 0 0\n');
    // this machine has no swap to turn off: swapoff is the one word replaced
    const on = (command: string) => `swapoff() { :; }; ${command.replaceAll('/etc/fstab', fstab)}`;
    expect(() => execFileSync('bash', ['-c', on(SWAP_OFF.check)])).toThrow();
    execFileSync('bash', ['-c', on(SWAP_OFF.command)]);
    expect(readFileSync(fstab, 'utf8')).toBe(
      'UUID=1 / ext4 defaults 0 1\n# kdeploy: swap off for the kubelet: /swapfile none swap sw 0 0\n',
    );
    execFileSync('bash', ['-c', on(SWAP_OFF.check)]);
  });
});
