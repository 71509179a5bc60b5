/** What a running lab tells tests: written by `lab up` to `.lab/state.json` at the repo root. */
export interface LabInfo {
  hosts: LabHost[];
  /** Path of the lab's private SSH key (ed25519) for root on every host. */
  privateKeyFile: string;
  /** known_hosts with every lab host's own host key. */
  knownHostsFile: string;
  /** The artifact bundle (tools/upstream): binaries and image archives, with manifest.json. */
  artifactsDir: string;
}

export interface LabHost {
  name: string;
  address: string;
  /** `SHA256:...` fingerprint of the host's ed25519 host key, as ssh-keygen -lf prints it. */
  hostKeyFingerprint: string;
  /** The host's /etc/machine-id, distinct for every lab host. */
  machineId?: string;
}
