/**
 * The rules no single field can check, run as one zod refinement over the whole document.
 * They run even when fields failed (see view.ts), so one answer lists every problem.
 */
import { z } from 'zod';
import { checkNetwork } from './network';
import { PathSegment } from './report';
import { checkControlPlane, checkPki, checkRegistryMirrors, checkSsh } from './settings';
import { checkNodeOnlyFields, checkRoleCounts, checkUniqueHosts } from './topology';
import { viewOf } from './view';

/** zod refinement: adds one issue per broken rule. */
export function crossFieldRules(document: unknown, ctx: z.RefinementCtx): void {
  const report = (path: PathSegment[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const view = viewOf(document);
  if (view.hosts) {
    checkRoleCounts(view.hosts, report);
    checkUniqueHosts(view.hosts, report);
    checkNodeOnlyFields(view.hosts, report);
  }
  checkNetwork(view, report);
  checkControlPlane(view, report);
  checkSsh(view, report);
  checkPki(view, report);
  checkRegistryMirrors(view, report);
}
