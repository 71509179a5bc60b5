import { sh } from '@kdeploy/ssh';
import { Runtime } from '../request/settings';
import { binPath, LAYOUT } from './layout';

/** The commands that read and fill a node's image store: containerd's k8s.io namespace, or Docker's. */
export interface ImageStore {
  /** Prints one image reference a line. */
  list: string;
  /** Loads an image archive. */
  load(file: string): string;
  /** Succeeds when the image is there. */
  has(tag: string): string;
}

/** ctr on the node's containerd, in the kubelet's namespace. */
export const ctr = () => sh`${binPath('ctr')} --address ${LAYOUT.containerdSocket} -n k8s.io`;
const docker = () => sh`${binPath('docker')} --host ${`unix://${LAYOUT.dockerSocket}`}`;

const STORES: Record<Runtime, ImageStore> = {
  containerd: {
    list: `${ctr()} ${sh`images ls -q`}`,
    load: (file) => `${ctr()} ${sh`images import ${file}`}`,
    has: (tag) => `${ctr()} ${sh`images ls -q`} | grep -qxF ${sh`${tag}`}`,
  },
  docker: {
    list: `${docker()} ${sh`image ls --format {{.Repository}}:{{.Tag}}`}`,
    load: (file) => `${docker()} ${sh`load --quiet --input ${file}`}`,
    has: (tag) => `${docker()} ${sh`image inspect --format {{.Id}} ${tag}`} >/dev/null 2>&1`,
  },
};

/** The image store of a node that runs `runtime`. */
export const imageStore = (runtime: Runtime): ImageStore => STORES[runtime];
