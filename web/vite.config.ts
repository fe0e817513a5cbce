// The front end: built into dist/web, which `dyad serve` serves; everything is bundled, nothing is fetched from a CDN.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // ECharts and Cytoscape are large; one chunk each keeps the app's own code small and cacheable.
    chunkSizeWarningLimit: 1500,
  },
});
