import { duplicateIdentities, HostFacts } from './host-facts';

const facts = (machineId: string, productUuid: string, hostname: string): HostFacts => ({
  os: { id: 'debian', idLike: [], versionId: '12', prettyName: 'Debian GNU/Linux 12' },
  family: 'debian',
  cgroupV1: false,
  machineId,
  productUuid,
  hostname,
  swapOn: false,
  canRaiseOomScore: true,
  conntrackWritable: true,
  joined: false,
});

describe('duplicate node identities', () => {
  it('names every host that shares a machine-id, product_uuid or hostname, with the others that share it', () => {
    const found = duplicateIdentities(
      new Map([
        ['n1', facts('a', 'u1', 'n1')],
        ['n2', facts('a', 'u2', 'n2')],
        ['n3', facts('a', 'u2', 'n3')],
        ['n4', facts('d', '', 'n4')],
      ]),
    );
    expect(Object.fromEntries(found)).toEqual({
      n1: ['/etc/machine-id is the same as on n2, n3'],
      n2: ['/etc/machine-id is the same as on n1, n3', 'product_uuid is the same as on n3'],
      n3: ['/etc/machine-id is the same as on n1, n2', 'product_uuid is the same as on n2'],
    });
  });

  it('ignores an empty product_uuid (VMs without DMI)', () => {
    expect(
      duplicateIdentities(
        new Map([
          ['n1', facts('a', '', 'n1')],
          ['n2', facts('b', '', 'n2')],
        ]),
      ).size,
    ).toBe(0);
  });
});
