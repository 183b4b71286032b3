import fs from 'node:fs';
import path from 'node:path';

export * from 'node:fs';
export default fs;

// Enough of fs.globSync for the suite: "**/NAME" (every file called NAME below cwd) and plain relative paths.
function walk(root, dir, name, found) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir ? path.join(dir, entry.name) : entry.name;
    if (entry.isDirectory()) {
      walk(root, relative, name, found);
    } else if (entry.name === name) {
      found.push(relative);
    }
  }
}

export const globSync = fs.globSync ?? function globSync(pattern, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const found = [];
  if (pattern.startsWith('**/') && !pattern.slice(3).includes('/') && !/[*?[{]/.test(pattern.slice(3))) {
    if (fs.existsSync(cwd)) {
      walk(cwd, '', pattern.slice(3), found);
    }
    return found;
  }
  if (/[*?[{]/.test(pattern)) {
    throw new Error(`fs.globSync shim (Node 20): unsupported pattern '${pattern}'`);
  }
  return fs.existsSync(path.join(cwd, pattern)) ? [pattern] : [];
};
