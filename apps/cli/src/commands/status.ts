import { api, Connection } from '../api';
import { statusText } from '../format';
import { follow } from './up';

type Out = (line: string) => void;

/** `kdeploy status [ID]`: every cluster's phase, or one cluster's stages and hosts. */
export async function status(conn: Connection, id: string | undefined, out: Out): Promise<number> {
  if (!id) {
    const { body } = await api<{ items: { id: string; phase: string; updatedAt: string; jobId: string }[] }>(conn, 'GET', '/clusters');
    if (body.items.length === 0) out('no clusters');
    for (const c of body.items) out(`${c.id.padEnd(20)} ${c.phase.padEnd(14)} updated ${c.updatedAt}  job ${c.jobId}`);
    return 0;
  }
  const { body } = await api<Parameters<typeof statusText>[0]>(conn, 'GET', `/clusters/${encodeURIComponent(id)}`);
  out(statusText(body).trimEnd());
  return body.job.state === 'failed' ? 1 : 0;
}

/** `kdeploy delete ID [--purge-pki]`: remove the cluster from its hosts (and its CAs when purging), following the removal job. */
export async function remove(conn: Connection, id: string, detach: boolean, out: Out, purgePki = false): Promise<number> {
  const { body } = await api<{ clusterId: string; jobId: string }>(
    conn,
    'DELETE',
    `/clusters/${encodeURIComponent(id)}${purgePki ? '?purgePki=true' : ''}`,
  );
  out(`cluster ${body.clusterId}: removal job ${body.jobId} accepted`);
  return detach ? 0 : follow(conn, body.clusterId, body.jobId, out);
}

/** `kdeploy retry ID`: resume the failed job from its first unfinished stage. */
export async function retry(conn: Connection, id: string, detach: boolean, out: Out): Promise<number> {
  const { body } = await api<{ clusterId: string; jobId: string }>(conn, 'POST', `/clusters/${encodeURIComponent(id)}/retry`);
  out(`cluster ${body.clusterId}: job ${body.jobId} resumed`);
  return detach ? 0 : follow(conn, body.clusterId, body.jobId, out);
}
