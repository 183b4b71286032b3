// Node 20 lacks fs.globSync (added in Node 22), which the conformance suite imports (it only uses it to find
// checks.json files). Loaded with `node --import`, this maps the suite's `fs` imports to fs plus a small globSync;
// on Node 22 and later the real one is used. The suite's checks are untouched.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
