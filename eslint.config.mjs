// ESLint (flat config). The rules and the linter's own TypeScript live in the tools/lint workspace.
export { default } from './tools/lint/config.mjs';
