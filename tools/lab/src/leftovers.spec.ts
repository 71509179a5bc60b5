import { mountsUnder } from './mounts';
import { nspawnHostName } from './processes';

const HOSTS = '/var/lib/kdeploy-lab/hosts';

describe("finding the lab's leftovers", () => {
  it('recognises a lab nspawn by its --directory under the hosts dir', () => {
    expect(nspawnHostName(['/usr/bin/systemd-nspawn', `--directory=${HOSTS}/lab2/root`, '--boot'], HOSTS)).toBe('lab2');
  });

  it('leaves other nspawn containers and other processes alone', () => {
    expect(nspawnHostName(['systemd-nspawn', '--directory=/srv/other/root'], HOSTS)).toBeUndefined();
    expect(nspawnHostName(['/usr/bin/vim', `--directory=${HOSTS}/lab2/root`], HOSTS)).toBeUndefined();
  });

  it('lists mounts under a host dir deepest first, and none outside it', () => {
    const info = [
      `36 25 0:31 / ${HOSTS}/lab1/root rw - overlay overlay rw`,
      `37 36 0:32 / ${HOSTS}/lab1/root/proc rw - proc proc rw`,
      `38 25 0:33 / ${HOSTS}/lab10/root rw - overlay overlay rw`,
      '39 25 0:34 / /var/lib/other rw - ext4 /dev/vda rw',
    ].join('\n');
    expect(mountsUnder(`${HOSTS}/lab1`, info)).toEqual([`${HOSTS}/lab1/root/proc`, `${HOSTS}/lab1/root`]);
  });
});
