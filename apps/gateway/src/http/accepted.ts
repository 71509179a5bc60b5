import type { Response } from 'express';

/** 202 for a job taken on: where to follow the cluster, and the job's id. */
export function accepted(res: Response, clusterId: string, jobId: string): void {
  const location = `/clusters/${encodeURIComponent(clusterId)}`;
  res.status(202).location(location).json({ clusterId, jobId, location });
}
