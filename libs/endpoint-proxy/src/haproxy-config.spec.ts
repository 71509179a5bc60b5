import { renderUnit } from '@kdeploy/templates';
import { renderHaproxyConfig } from './haproxy-config';
import { proxyUnit } from './proxy-unit';

const SETTINGS = {
  listenAddress: '127.0.0.1',
  listenPort: 6443,
  backends: [
    { name: 'lab10', address: '10.211.0.20', port: 6443 },
    { name: 'lab11', address: 'fd00::0b', port: 6443 },
  ],
  caFile: '/etc/kubernetes/pki/ca.crt',
};

describe('the local endpoint proxy', () => {
  it('listens on loopback only and forwards TCP to every apiserver, health-checked by /readyz over verified TLS', () => {
    const text = renderHaproxyConfig(SETTINGS);
    expect(text).toContain('  bind 127.0.0.1:6443\n');
    expect(text).toContain('  mode tcp\n');
    expect(text).toContain('  http-check send meth GET uri /readyz\n');
    expect(text).toContain('  http-check expect status 200\n');
    expect(text).toContain('check check-ssl verify required ca-file /etc/kubernetes/pki/ca.crt');
    expect(text).toContain('  server lab10 10.211.0.20:6443\n');
    // IPv6 canonical and bracketed, as HAProxy reads host:port
    expect(text).toContain('  server lab11 [fd00::b]:6443\n');
    expect(text).not.toMatch(/stats|admin/);
  });

  it('refuses values the config could misread, naming each', () => {
    expect(() => renderHaproxyConfig({ ...SETTINGS, backends: [] })).toThrow(/no backend/);
    expect(() => renderHaproxyConfig({ ...SETTINGS, listenAddress: 'localhost' })).toThrow(/listen address localhost/);
    expect(() => renderHaproxyConfig({ ...SETTINGS, backends: [{ name: 'a b', address: '10.0.0.1', port: 6443 }] })).toThrow(/backend a b/);
    expect(() => renderHaproxyConfig({ ...SETTINGS, backends: [{ name: 'x', address: '10.0.0.1\nserver y', port: 1 }] })).toThrow(
      /backend x/,
    );
    expect(() => renderHaproxyConfig({ ...SETTINGS, listenPort: 70000 })).toThrow(/port 70000/);
    expect(() => renderHaproxyConfig({ ...SETTINGS, caFile: '/tmp/ca.crt\nglobal' })).toThrow(/CA file/);
  });

  it("runs as the package's unprivileged user, checks its config before each start and tells systemd when it serves", () => {
    const unit = renderUnit(proxyUnit());
    expect(unit).toContain('User=haproxy\n');
    expect(unit).toContain('Type=notify\n');
    expect(unit).toContain('ExecStartPre=/usr/sbin/haproxy -c -q -f /etc/kubernetes/apiserver-proxy.cfg\n');
    expect(unit).toContain('ExecStart=/usr/sbin/haproxy -Ws -f /etc/kubernetes/apiserver-proxy.cfg\n');
  });
});
