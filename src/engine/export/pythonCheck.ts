/**
 * Test support: runs python3 once over many inputs (parsing code, reading literals back), so the
 * export tests can check the generated Python with a real parser. Node-only; used by tests.
 */
import { spawnSync } from 'node:child_process';

/** Why Python checks cannot run here, or null when python3 is available. */
export function pythonMissing(): string | null {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : `python3 is not available (${probe.error?.message ?? probe.stderr})`;
}

const SCRIPT = `
import ast, json, sys
jobs = json.loads(sys.stdin.read())
out = []
for job in jobs:
    try:
        if job["kind"] == "parse":
            ast.parse(job["text"])
            out.append(None)
        elif job["kind"] == "imports":
            tree = ast.parse(job["text"])
            names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
            names += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
            out.append(sorted({name.split(".")[0] for name in names}))
        else:
            out.append(ast.literal_eval(job["text"]))
    except Exception as e:
        out.append({"error": f"{type(e).__name__}: {e}"})
print(json.dumps(out))
`;

export type PythonJob = { kind: 'parse' | 'literal' | 'imports'; text: string };

/**
 * Parses each text as a module (null = fine), lists the top-level modules it imports, or evaluates
 * it as a literal; errors come back as { error }.
 */
export function runPython(jobs: PythonJob[]): unknown[] {
  const result = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown[];
}
