import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // The CLI tests run the built dist/, so it is built once before any test file starts.
    globalSetup: ["src/test-support/build.ts"],
  },
});
