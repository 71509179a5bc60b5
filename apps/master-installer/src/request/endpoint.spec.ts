import { SpecError } from '@kdeploy/errors';
import { MASTERS, SETTINGS } from '../testing/fixtures';
import { endpointOf } from './endpoint';

const request = { settings: SETTINGS, masters: MASTERS, sans: { dnsNames: ['kubernetes'], ipAddresses: MASTERS.map((m) => m.address) } };

describe('the endpoint of a request', () => {
  it("balances a local proxy across every master's own address, whatever the request lists", () => {
    const e = endpointOf(
      { mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY', address: '127.0.0.1', port: 6443, backends: ['192.0.2.66:6443'] },
      request,
    );
    expect(e).toEqual({ mode: 'local-proxy', address: '127.0.0.1', port: 6443, backends: MASTERS.map((m) => `${m.address}:6443`) });
  });

  it('takes a load balancer at its own port, and refuses what does not fit the masters', () => {
    expect(
      endpointOf({ mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER', address: '10.211.0.100', port: 8443, backends: [] }, request),
    ).toMatchObject({
      mode: 'load-balancer',
      port: 8443,
    });
    const bad = [
      { mode: 'CONTROL_PLANE_ENDPOINT_MODE_UNSPECIFIED', address: '127.0.0.1', port: 6443, backends: [] },
      { mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOCAL_PROXY', address: '10.0.0.1', port: 6443, backends: [] },
      { mode: 'CONTROL_PLANE_ENDPOINT_MODE_SINGLE_MASTER', address: MASTERS[0].address, port: 6443, backends: [] },
      { mode: 'CONTROL_PLANE_ENDPOINT_MODE_LOAD_BALANCER', address: 'lb.example', port: 6443, backends: [] },
    ] as const;
    for (const e of bad) expect(() => endpointOf({ ...e, backends: [] }, request)).toThrow(SpecError);
    expect(() => endpointOf(null, request)).toThrow(/spec.endpoint.mode/);
  });
});
