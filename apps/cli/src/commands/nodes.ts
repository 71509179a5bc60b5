import { api, Connection } from '../api';
import { follow } from './up';

type Out = (line: string) => void;

/** A NAME=ADDRESS argument as the API's host, or why it is not one. */
export function hostArg(arg: string): { name: string; address: string } {
  const m = /^([^=\s]+)=([^=\s]+)$/.exec(arg);
  if (!m) throw new Error(`"${arg}" is not NAME=ADDRESS (e.g. node4=10.0.0.14)`);
  return { name: m[1], address: m[2] };
}

/** `kdeploy add-nodes ID NAME=ADDRESS...`: add node-only hosts to a ready cluster and follow the job. */
export async function addNodes(conn: Connection, id: string, hosts: string[], detach: boolean, out: Out): Promise<number> {
  const body = { hosts: hosts.map(hostArg) };
  const { body: r } = await api<{ clusterId: string; jobId: string }>(conn, 'POST', `/clusters/${encodeURIComponent(id)}/nodes`, body);
  out(`cluster ${r.clusterId}: job ${r.jobId} accepted (adding ${body.hosts.map((h) => h.name).join(', ')})`);
  return detach ? 0 : follow(conn, r.clusterId, r.jobId, out);
}

/** `kdeploy remove-node ID HOST`: drain the node, delete it and take it off its host, following the job. */
export async function removeNode(conn: Connection, id: string, host: string, detach: boolean, out: Out): Promise<number> {
  const path = `/clusters/${encodeURIComponent(id)}/nodes/${encodeURIComponent(host)}`;
  const { body } = await api<{ clusterId: string; jobId: string }>(conn, 'DELETE', path);
  out(`cluster ${body.clusterId}: job ${body.jobId} accepted (removing ${host})`);
  return detach ? 0 : follow(conn, body.clusterId, body.jobId, out);
}
