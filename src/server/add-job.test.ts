// Adding an article never blocks the server: POST /api/articles answers at once with a job, coded on a
// real thread (the built coder) while other requests and pages are answered, over a real server and SQLite file.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_CHROMIUM, launchBrowser } from "../test-support/browser.js";
import { STATES } from "../test-support/synthetic-corpus.js";
import { builtStartCoder } from "../test-support/built-coder.js";
import { EXAMPLES, serveCorpus, type Served } from "../test-support/served-corpus.js";
import { HAS_VOLUME, serveVolume } from "../test-support/volume-corpus.js";
import { DEFAULT_BUDGET } from "../ingest/coding-thread.js";
import type { Stats, StoredEvent } from "../store/store.js";
import type { Added, JobView, Queued } from "./job-view.js";

/**
 * A 5 MB article codes in about two minutes on two cores (eight when they are busy): past the 60 s that
 * `dyad serve` gives unless --article-seconds says more, within its memory.
 */
const BUDGET = { ...DEFAULT_BUDGET, seconds: 900 };

type Act = (a: string, b: string) => string;
const ACTS: [Act, ...Act[]] = [
  (a, b) => `${a} signed a trade agreement with ${b}`,
  (a, b) => `${a} accused ${b} of spying`,
  (a, b) => `${a} imposed sanctions on ${b}`,
  (a, b) => `officials from ${a} met their counterparts from ${b}`,
];
const ASIDES = [
  "Analysts said markets were calm on the day.",
  "The ministry published its annual report on rail freight.",
  "Local newspapers covered the football results at length.",
  "A spokesman declined to comment on the budget figures.",
  "The weather in the capital was mild for the season.",
];

/** The `i`th of a list, round and round. */
const nth = <T>(list: readonly [T, ...T[]], i: number): T => list[i % list.length] ?? list[0];

/** A value the test needs, or a failure naming it. */
function needed<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}

/** A long made-up report of about `bytes` bytes: paragraphs of one act between two states and a few asides. */
function longArticle(bytes: number): string {
  const paragraphs = ["A long report on the region"];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = nth(STATES, i);
    const b = nth(STATES, i * 7 + 3);
    const act = nth(ACTS, i)(a, b === a ? "Mexico" : b);
    const p = [`In ${2000 + (i % 20)}, ${act}.`, ...ASIDES.slice(0, 1 + (i % ASIDES.length))].join(" ");
    paragraphs.push(`${p} (Item ${i}.)`);
    size += p.length + 12;
  }
  return paragraphs.join("\n\n");
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer of the API; `T` is what the route sends on success. */
interface Answer<T> {
  status: number;
  location: string | null;
  body: T;
}

/** The API of one served database. */
function client(served: () => Served) {
  const get = async <T>(path: string): Promise<Answer<T>> => {
    const res = await fetch(new URL(path, served().url));
    return { status: res.status, location: res.headers.get("location"), body: (await res.json()) as T };
  };
  const post = async <T>(value: unknown, query = ""): Promise<Answer<T>> => {
    const res = await fetch(new URL(`api/articles${query}`, served().url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(value),
    });
    return { status: res.status, location: res.headers.get("location"), body: (await res.json()) as T };
  };
  const job = async (id: string) => (await get<JobView>(`api/jobs/${id}`)).body;
  /** Polls until the job has left the statuses given. */
  const past = async (id: string, statuses: readonly string[]) => {
    let j = await job(id);
    while (statuses.includes(j.status)) {
      await pause(100);
      j = await job(id);
    }
    return j;
  };
  const finished = (id: string) => past(id, ["queued", "coding", "storing", "clustering"]);
  return { get, post, job, past, finished };
}

describe("POST /api/articles as a job", () => {
  let served: Served;
  beforeAll(async () => {
    served = await serveCorpus([EXAMPLES], { startCoder: await builtStartCoder(), budget: BUDGET });
  }, 60_000);
  afterAll(async () => {
    await served.stop();
  });
  const api = client(() => served);

  const ARTICLE =
    "Lima and Santiago sign a deal\n\nIn March 2015, Chile signed a trade agreement with Peru, officials in Lima said on Monday.\n";

  it("answers 202 with the job at once; the job ends done with the events, which /api/events then lists", async () => {
    const posted = await api.post<Queued>({ text: ARTICLE, published: "2015-03-10", source: "Job Wire" });
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ status: "queued", links: { job: `/api/jobs/${posted.body.job}` } });
    expect(posted.location).toBe(posted.body.links.job);

    const job = await api.finished(posted.body.job);
    expect(job).toMatchObject({ status: "done", step: job.steps, article: { name: "pasted text" } });
    expect(job.error).toBeUndefined();
    const result = needed(job.result, "result of a done job");
    expect(result.created).toBe(true);
    expect(result.events.length).toBeGreaterThan(0);
    // The result's events are what the store lists for the outlet, nothing more or less.
    const listed = (await api.get<StoredEvent[]>("api/events?source=Job%20Wire")).body;
    expect(listed.map((e) => e.id).sort()).toEqual(result.events.map((e) => e.id).sort());
    expect(listed.every((e) => e.articleId === result.id)).toBe(true);

    // ?wait=true answers as the route did before jobs: here, 200 with the article already stored.
    const again = await api.post<Added>({ text: ARTICLE }, "?wait=true");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, id: result.id });
  }, 60_000);

  it.each([
    [
      "a page of scripts and styles only",
      "page.html",
      "<html><head><style>p{color:red}</style></head><body><script>var x = 1;</script></body></html>",
      /^page\.html: no article text left/,
    ],
    [
      "a page of navigation only",
      "menu.html",
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2024 Example Media</footer></body></html>',
      /^menu\.html: no article text left/,
    ],
  ])(
    "ends failed with the reason for %s",
    async (_, filename, content, reason) => {
      const form = new FormData();
      form.set("file", new Blob([content], { type: "text/html" }), filename);
      const res = await fetch(new URL("api/articles", served.url), { method: "POST", body: form });
      expect(res.status).toBe(202);
      const job = await api.finished(((await res.json()) as Queued).job);
      expect(job.status).toBe("failed");
      expect(job.result).toBeUndefined();
      expect(job.error).toEqual({ status: 400, message: expect.stringMatching(reason) as unknown });
    },
    60_000,
  );

  it.each([
    ["a published date that is no day", { text: ARTICLE, published: "2021-02-29" }, /published "2021-02-29"/],
    ["binary bytes", { text: "\u0000\u0001\u0002 Chile thanked Peru." }, /binary file/],
    ["no text", { text: " \n " }, /no text/],
  ])("refuses %s at once with a 400, and starts no job", async (_, body, message) => {
    const r = await api.post<{ error: { status: number; message: string } }>(body);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(message);
    expect(r.location).toBeNull();
  });

  it("documents the job route and the 202 answer in the OpenAPI document", async () => {
    type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const doc = (await api.get<Doc>("api/openapi.json")).body;
    expect(Object.keys(doc.paths["/api/jobs/{id}"]?.get?.responses ?? {})).toEqual(["200", "400", "404"]);
    expect(doc.paths["/api/articles"]?.post?.responses).toHaveProperty(["202"]);
  });

  it("answers an unknown job with a 404 that says where job ids come from", async () => {
    const r = await api.get<{ error: { message: string } }>("api/jobs/no-such-job");
    expect(r.status).toBe(404);
    expect(r.body.error.message).toMatch(/^no job no-such-job: job ids come from POST \/api\/articles/);
  });

  it("runs jobs one at a time, each starting after the one before has finished", async () => {
    const posted = await Promise.all(
      ["Kenya thanked Ghana.", "Norway criticised Poland.", "Egypt praised Brazil."].map((s, i) =>
        api.post<Queued>({ text: `Report ${i}\n\nIn May 2019, ${s}\n` }),
      ),
    );
    const jobs = await Promise.all(posted.map((p) => api.finished(p.body.job)));
    expect(jobs.map((j) => j.status)).toEqual(["done", "done", "done"]);
    const runs = jobs
      .map((j) => ({
        started: Date.parse(needed(j.started, "start")),
        finished: Date.parse(needed(j.finished, "end")),
      }))
      .sort((a, b) => a.started - b.started);
    runs
      .slice(1)
      .forEach((run, i) => expect(run.started).toBeGreaterThanOrEqual(runs[i]?.finished ?? Infinity));
  }, 60_000);

  // Last: the server stops with this article still coding (its thread is stopped with it).
  it("answers /api/stats while a 5 MB article is being coded", async () => {
    const text = longArticle(5 * 1048576);
    const posted = await api.post<Queued>({ text, title: "A long report" });
    expect(posted.status).toBe(202);
    const before = await api.past(posted.body.job, ["queued"]);
    expect(before).toMatchObject({ status: "coding", article: { bytes: Buffer.byteLength(text) } });
    const stats = await api.get<Stats>("api/stats");
    const after = await api.job(posted.body.job);
    expect(stats.status).toBe(200);
    expect(stats.body.articles).toBe((await served.store.stats()).articles);
    expect(after).toMatchObject({ status: "coding", finished: null });
  }, 120_000);
});

describe.skipIf(!HAS_CHROMIUM)("adding a large article in the web app while another page loads", () => {
  let served: Served;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  beforeAll(async () => {
    // At volume where ../shared is here (the news corpus and the seeds), else over the examples.
    const options = { startCoder: await builtStartCoder(), budget: BUDGET };
    served = HAS_VOLUME ? await serveVolume(options) : await serveCorpus([EXAMPLES], options);
    ({ browser, close: closeBrowser } = await launchBrowser());
  }, 600_000);
  afterAll(async () => {
    await closeBrowser();
    await served.stop();
  });
  const api = client(() => served);

  async function open(page: Page, hash: string): Promise<void> {
    await page.goto(`${served.url}${hash}`);
    await page.waitForSelector("section.view[data-rendered]");
  }

  it("shows the job's progress, serves another page meanwhile, then shows the article's events", async () => {
    const page = await browser.newPage();
    await open(page, "#/add");
    await page.setInputFiles("#add-file", {
      name: "long-report.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(longArticle(1048576)),
    });
    await page.click("form.add button[type=submit]");
    const status = page.locator(".job [role=status]");
    await status.filter({ hasText: /^Coding long-report\.txt \(1\.0 MB\)…$/ }).waitFor();
    expect(await page.locator(".job progress").count()).toBe(1);
    // The view names its job in the URL (#/add?job=ID), so a reload follows it again.
    const id = needed(new URL(page.url()).hash.match(/[?&]job=([^&]+)/)?.[1], "job in the URL");
    expect((await api.job(id)).status).toBe("coding");

    const other = await browser.newPage();
    await open(other, "#/network");
    await other.waitForSelector(".view-network[data-ready]");
    expect(await other.locator(".graph canvas").count()).toBeGreaterThan(0);
    expect(await other.locator("main .error").count()).toBe(0);
    // The other page rendered while the article was still being coded.
    expect((await api.job(id)).status).toBe("coding");
    expect(await status.textContent()).toMatch(/^Coding /);
    await other.close();

    await page.waitForSelector(".outcome", { timeout: 600_000 });
    const result = needed((await api.job(id)).result, "result of a done job");
    expect(await page.locator(".outcome p").first().textContent()).toBe(
      `Stored as article ${result.id} with ${result.events.length} event(s).`,
    );
    expect(await page.locator(".outcome .timeline > li").count()).toBe(result.events.length);
    expect(await page.locator(".job").count()).toBe(0);
    await page.close();
  }, 700_000);
});
