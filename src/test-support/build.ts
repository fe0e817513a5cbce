/** Vitest global setup: builds dist/ once, since the CLI tests run what users run. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: fileURLToPath(new URL("../../", import.meta.url)), stdio: "inherit" });
}
