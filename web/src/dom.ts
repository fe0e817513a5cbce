/** Building DOM from data. Text always goes in as text nodes: article text is untrusted and must never be parsed as HTML. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

/** `el("a", {href: "#/x", class: "y"}, "text", child)`; `on…` attributes become listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") node.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) node.setAttribute(key, "");
    else node.setAttribute(key, String(value));
  }
  append(node, ...children);
  return node;
}

/**
 * A listener that runs async work. DOM events do not wait for promises, so the work runs on its own and a
 * failure is reported instead of becoming an unhandled rejection.
 */
export function later<E extends Event>(work: (e: E) => Promise<void>): (e: E) => void {
  return (e) => {
    work(e).catch((error: unknown) => {
      console.error(error);
    });
  };
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(
      typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c,
    );
  }
}

/** Empties a node and fills it again. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The message shown where a query found nothing. */
export const empty = (message: string) => el("p", { class: "empty", role: "status" }, message);

export const errorBox = (message: string) => el("p", { class: "error", role: "alert" }, message);

export const loading = () => el("p", { class: "loading", role: "status" }, "Loading…");

/** A link within the app. */
export const link = (hash: string, ...children: Child[]) => el("a", { href: hash }, ...children);
