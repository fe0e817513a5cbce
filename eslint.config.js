// Type-aware lint (typescript-eslint): what tsc's strict mode does not catch.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "test-data/", "examples/", "docs/"] },
  js.configs.recommended,
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["web/vite.config.ts", "vitest.config.ts", "scripts/*.ts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Counts and flags read naturally in messages; objects and unions do not.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
    },
  },
  {
    // The parser's weights and features are flat typed arrays read in hot loops at indices that are in
    // range by construction; a check on every read would cost the parser its speed bar.
    files: ["src/language/syntax/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // In a test, a missing value failing loudly is the assertion.
    files: ["**/*.test.ts", "src/test-support/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
);
