/** The controller-manager's secure port (health, metrics), on 127.0.0.1 only. */
export const CONTROLLER_MANAGER_PORT = 10257;
/** The scheduler's secure port (health, metrics), on 127.0.0.1 only. */
export const SCHEDULER_PORT = 10259;
