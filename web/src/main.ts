/** The app: renders the view the hash names, and again whenever it changes. */
import { errorBox, later, loading, replace } from "./dom.js";
import { currentRoute, type Route } from "./router.js";
import { addView } from "./views/add-view.js";
import { articleView } from "./views/article-view.js";
import { dyadView } from "./views/dyad-view.js";
import { networkView } from "./views/network-view.js";
import { searchView } from "./views/search-view.js";
import { articlesView, sourcesView } from "./views/sources-view.js";
import "./styles.css";

type View = (root: HTMLElement, route: Route) => Promise<void> | void;

const VIEWS: Record<string, View> = {
  network: networkView,
  dyad: dyadView,
  article: articleView,
  articles: articlesView,
  sources: sourcesView,
  search: searchView,
  add: addView,
};

const main = document.getElementById("view")!;

async function render(): Promise<void> {
  const route = currentRoute();
  const name = route.parts[0] ?? "network";
  const view = VIEWS[name];
  // Each navigation renders into a fresh section: a slow answer for an older URL lands in a detached node.
  const section = document.createElement("section");
  section.className = `view view-${name}`;
  replace(main, section);
  for (const a of document.querySelectorAll<HTMLAnchorElement>("header nav a")) {
    if (a.getAttribute("href") === `#/${name}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  if (!view) {
    replace(section, errorBox(`No view “${name}”. Choose one above.`));
    return;
  }
  replace(section, loading());
  try {
    await view(section, route);
  } catch (e) {
    replace(section, errorBox(e instanceof Error ? e.message : String(e)));
  }
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
