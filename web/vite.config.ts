// The front end: built into dist/web, which `dyad serve` serves; everything is bundled, nothing is fetched from a CDN.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // The dyad view carries ECharts and the network view Cytoscape (about 0.5 MB each); no other view loads them.
    chunkSizeWarningLimit: 1500,
  },
});
