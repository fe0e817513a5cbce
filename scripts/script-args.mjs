// Command-line options of the project's scripts: `--name value` and bare `--name` flags.

/** The value after `--name`, or `fallback` when the option is absent. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Whether the bare flag `--name` was given. */
export const flag = (name) => process.argv.includes(`--${name}`);
