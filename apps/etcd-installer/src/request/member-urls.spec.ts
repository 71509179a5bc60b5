import { SpecError } from '@kdeploy/errors';
import { initialClusterProblem, urlProblem } from './member-urls';
import { withMemberSpecs } from './settings';

describe('URLs from the request, before they reach the unit or the bootstrap file', () => {
  it('takes https://ADDRESS:PORT for the member, and loopback for a listener', () => {
    expect(urlProblem('https://10.211.0.11:2379', '10.211.0.11')).toBeUndefined();
    expect(urlProblem('https://[fd00:211::11]:2380', 'fd00:211::11')).toBeUndefined();
    expect(urlProblem('https://127.0.0.1:2379', '10.211.0.11', true)).toBeUndefined();
  });

  it('refuses plaintext, another host, a path, and anything that could add a listener or a variable', () => {
    expect(urlProblem('http://10.211.0.11:2379', '10.211.0.11')).toMatch(/not an https URL/);
    expect(urlProblem('https://10.211.0.99:2379', '10.211.0.11')).toMatch(/not the member's address/);
    expect(urlProblem('https://127.0.0.1:2379', '10.211.0.11')).toMatch(/not the member's address/);
    expect(urlProblem('https://10.211.0.11', '10.211.0.11')).toMatch(/HOST:PORT/);
    expect(urlProblem('https://10.211.0.11:2379/x', '10.211.0.11')).toMatch(/HOST:PORT/);
    expect(urlProblem('https://10.211.0.11:2379,http://0.0.0.0:2379', '10.211.0.11')).toMatch(/comma/);
    expect(urlProblem('https://10.211.0.11:2379\nLD_PRELOAD=/tmp/x', '10.211.0.11')).toMatch(/control character/);
  });

  it('takes an initial cluster only of members at their peer URLs', () => {
    const peer = (n: string) => ({ lab1: 'https://10.211.0.11:2380', lab2: 'https://10.211.0.12:2380' })[n];
    expect(initialClusterProblem('lab1=https://10.211.0.11:2380,lab2=https://10.211.0.12:2380', peer)).toBeUndefined();
    expect(initialClusterProblem('lab1=https://10.211.0.11:2380\nETCD_X=1', peer)).toMatch(/control character/);
    expect(initialClusterProblem('lab3=https://10.211.0.13:2380', peer)).toMatch(/lab3: not a member/);
    expect(initialClusterProblem('lab1=https://10.211.0.99:2380', peer)).toMatch(/is not its peer URL/);
  });

  it('refuses a member whose certificate names would not cover it, naming the field', () => {
    const member = {
      name: 'lab1',
      clientUrl: 'https://10.211.0.11:2379',
      peerUrl: 'https://10.211.0.11:2380',
      listenClientUrls: ['https://10.211.0.11:2379'],
      listenPeerUrls: ['https://10.211.0.11:2380'],
      dnsNames: [],
      ipAddresses: [],
    };
    const run = () => withMemberSpecs([{ name: 'lab1', address: '10.211.0.11', sshPort: 22 }], { members: [member] }, true);
    expect(run).toThrow(SpecError);
    expect(run).toThrow(/spec.members\[lab1\].sans/);
  });
});
