/** The app: renders the view the hash names, and again whenever it changes. */
import { errorBox, later, loading, replace } from "./dom.js";
import { currentRoute, type Route } from "./router.js";
import "./styles.css";

type View = (root: HTMLElement, route: Route) => Promise<void> | void;

// Each view is its own chunk, loaded when first shown: the network's graph library (Cytoscape) and the
// dyad's chart library (ECharts) are most of the bundle, and no other view needs them.
const VIEWS: Record<string, () => Promise<View>> = {
  network: async () => (await import("./views/network-view.js")).networkView,
  dyad: async () => (await import("./views/dyad-view.js")).dyadView,
  events: async () => (await import("./views/events-view.js")).eventsView,
  article: async () => (await import("./views/article-view.js")).articleView,
  articles: async () => (await import("./views/sources-view.js")).articlesView,
  sources: async () => (await import("./views/sources-view.js")).sourcesView,
  search: async () => (await import("./views/search-view.js")).searchView,
  add: async () => (await import("./views/add-view.js")).addView,
};

const main = document.getElementById("view")!;

async function render(): Promise<void> {
  const route = currentRoute();
  const name = route.parts[0] ?? "network";
  const load = VIEWS[name];
  // Each navigation renders into a fresh section: a slow answer for an older URL lands in a detached node.
  const section = document.createElement("section");
  section.className = `view view-${name}`;
  replace(main, section);
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a")) {
    if (a.getAttribute("href") === `#/${name}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (!load) {
    replace(section, errorBox(`No view “${name}”. Choose one above.`));
    return;
  }
  replace(section, loading());
  try {
    const view = await load();
    await view(section, route);
  } catch (e) {
    replace(section, errorBox(e instanceof Error ? e.message : String(e)));
  }
  // Each view's heading names the tab too, so history and bookmarks tell views apart.
  const heading = section.querySelector("h1")?.textContent.trim();
  document.title = heading ? `${heading} · dyad` : "dyad";
  section.dataset.rendered = "true";
}

// After a link is followed, keyboard and screen-reader users continue from the new view, unless it focused a field itself.
window.addEventListener(
  "hashchange",
  later(async () => {
    await render();
    if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }),
);
void render();
