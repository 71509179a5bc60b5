import { HostConnection, sh } from '@kdeploy/ssh';
import { LAYOUT } from '../etcd/layout';

/**
 * Why new members start one after another, a few hundred ms in all, and not at once: a new
 * member first asks each peer whether it was already bootstrapped, one peer after the other,
 * with a fixed 1 s timeout (etcd's `isMemberBootstrapped`; no flag changes it). A peer that
 * started at the same moment has its listener open but does not answer yet, so each member of a
 * 3-member cluster sat 2 s in that probe. A peer that is not listening refuses at once, and one
 * that serves answers at once: in a chain, where each member starts once the one before it
 * serves peer traffic, every probe returns in milliseconds.
 */
export class BootChain {
  private readonly served = new Map<string, Promise<void>>();
  private readonly release = new Map<string, () => void>();

  /** `order`: the members bootstrapping together, in the order they start. */
  constructor(private readonly order: readonly string[]) {
    for (const name of order) this.served.set(name, new Promise<void>((resolve) => this.release.set(name, resolve)));
  }

  /** Waits (at most `timeoutMs`) until the member before `name` serves its peers. */
  async turn(name: string, timeoutMs: number): Promise<void> {
    const i = this.order.indexOf(name);
    if (i <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([this.served.get(this.order[i - 1]), late]);
    clearTimeout(timer);
  }

  /** The member serves its peers, or will not: the next one may start. Called in every case. */
  passOn(name: string): void {
    this.release.get(name)?.();
  }
}

/** The journal line etcd writes once its peer listener answers. */
const SERVING = 'serving peer traffic';

/**
 * Starts etcd without waiting for its readiness (that needs quorum, so the chain would stall)
 * and returns once this run of it serves its peers, or after about `waitMs`. Its failures are
 * not reported here: the blocking start after it reports them with the journal.
 */
export async function startServingPeers(host: HostConnection, waitMs: number): Promise<void> {
  const unit = LAYOUT.unitName;
  const polls = Math.ceil(waitMs / 50);
  await host.exec(
    sh`systemctl is-active -q ${unit} && exit 0
systemctl start --no-block ${unit} || exit 0
i=0
while [ $i -lt ${polls} ]; do
  id=$(systemctl show -p InvocationID --value ${unit})
  [ -n "$id" ] && journalctl -q -o cat _SYSTEMD_INVOCATION_ID="$id" | grep -q ${SERVING} && exit 0
  i=$((i+1)); sleep 0.05
done`,
    { allowFailure: true, timeoutMs: waitMs + 5_000 },
  );
}
