import type { StageRecord } from '../store/job-store';
import type { JobEvent } from './events';
import type { StageProgress } from './stage';

/**
 * A stage's progress as host states on its stage record (what GET /clusters/:id shows) and
 * as job events (what the SSE stream shows). A host is running from its first installer
 * step, failed when any step fails, done when the stage ends well.
 */
export function trackHosts(stage: StageRecord, emit: (e: JobEvent) => void, save: () => void): StageProgress {
  const host = (name: string) => (stage.hosts[name] ??= { state: 'pending' });
  return {
    hostStepStarted(name, hostStep, title) {
      const h = host(name);
      if (h.state !== 'failed') Object.assign(h, { state: 'running', current: hostStep });
      h.startedAt ??= new Date().toISOString();
      save();
      emit({ type: 'host-step-started', stage: stage.id, hostStep, title, host: name });
    },
    hostStepFinished(name, hostStep, title, outcome, durationMs, error) {
      const h = host(name);
      h.finishedAt = new Date().toISOString();
      h.durationMs = h.startedAt ? Date.parse(h.finishedAt) - Date.parse(h.startedAt) : durationMs;
      if (error || outcome === 'failed')
        Object.assign(h, { state: 'failed', current: hostStep, error: error ?? { code: 'internal', message: `${title} failed` } });
      else if (h.state !== 'failed') Object.assign(h, { state: 'done', current: undefined });
      save();
      emit({ type: 'host-step-finished', stage: stage.id, hostStep, title, host: name, outcome, durationMs, ...(error ? { error } : {}) });
    },
    log(level, message, name) {
      emit({ type: 'log', stage: stage.id, level, message, ...(name ? { host: name } : {}) });
    },
  };
}
