/** Hash routes, so every view has a link that survives a reload: `#/dyad/RUS/PAK?by=quarter`. */

export interface Route {
  /** Path segments after "#/", decoded: ["dyad", "RUS", "PAK"]. */
  readonly parts: readonly string[];
  readonly params: URLSearchParams;
}

export function currentRoute(hash = location.hash): Route {
  const [path = "", search = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  return {
    parts: path.split("/").filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(search),
  };
}

/** Builds a hash from segments and parameters (empty parameters are left out). */
export function href(
  parts: readonly string[],
  params: Record<string, string | number | undefined> = {},
): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return `#/${parts.map(encodeURIComponent).join("/")}${s ? `?${s}` : ""}`;
}

/** Changes the URL without a new history entry or a re-render (a slider being dragged). */
export function replaceHash(hash: string): void {
  history.replaceState(null, "", hash);
}
