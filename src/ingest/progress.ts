/** Ingest progress: a bar with count, rate and ETA on a terminal, a plain line every few seconds otherwise. */
import cliProgress from "cli-progress";

export interface Progress {
  tick(): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5000;

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: "ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta_formatted}",
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    const t0 = Date.now();
    let done = 0;
    bar.start(total, 0, { rate: "0.0" });
    return {
      tick() {
        done++;
        bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const t0 = Date.now();
  let done = 0;
  let last = t0;
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - last < PLAIN_EVERY_MS && done < total) return;
      last = now;
      const rate = done / Math.max(0.001, (now - t0) / 1000);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(
        `ingest: ${done}/${total} articles (${Math.round((done / total) * 100)}%), ${rate.toFixed(1)}/s, ETA ${eta}s\n`,
      );
    },
    stop() {},
  };
}
