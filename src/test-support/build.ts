/** Vitest global setup: builds dist/ once, since the CLI and browser tests run what users run. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { VOLUME_DIR_VARIABLE } from "./shared.js";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export default function setup(): () => void {
  // The news-corpus database of browser tests is built anew by each run, with the code under test, in a
  // folder of its own (runs side by side must not share it); test workers inherit the variable.
  const volume = mkdtempSync(join(tmpdir(), "dyad-test-volume-"));
  process.env[VOLUME_DIR_VARIABLE] = volume;
  const teardown = () => rmSync(volume, { recursive: true, force: true });
  // For a quick run of unit tests over a tree that does not build as a whole yet (dist/ stays as it was).
  if (process.env.DYAD_TEST_NO_BUILD) return teardown;
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
  // The front-end bundle takes seconds: rebuilt only when web/ changed since the last build.
  const built = join(ROOT, "dist/web/index.html");
  // The bundle also holds the CAMEO table (src/domain/cameo.ts and the data/cameo it imports).
  const sources = Math.max(
    newest(join(ROOT, "web")),
    newest(join(ROOT, "data/cameo")),
    statSync(join(ROOT, "src/domain/cameo.ts")).mtimeMs,
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  return teardown;
}
