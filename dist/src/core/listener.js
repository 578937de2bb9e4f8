// The Listener: one port that something listens on or publishes. Every front end (ESLint rules,
// compose, Kubernetes, GitHub Actions, .env) produces this shape; every check consumes only it.
export const UNKNOWN_PRIVILEGE = { user: "unknown", capAdd: [], network: "own" };
