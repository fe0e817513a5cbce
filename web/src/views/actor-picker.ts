/** Two actor selects and a button: how the dyad and sources views are opened without a link. */
import { api } from "../api.js";
import { el } from "../dom.js";

export async function actorPicker(
  view: "dyad" | "sources",
  a?: string,
  b?: string,
): Promise<HTMLFormElement> {
  const actors = await api.actors();
  const select = (name: string, label: string, value?: string) => {
    const s = el(
      "select",
      { name, id: `pick-${name}` },
      ...actors.map((r) =>
        el("option", { value: r.actor }, `${r.actor}${r.name ? ` — ${r.name}` : ""} (${r.events})`),
      ),
    );
    if (value && actors.some((r) => r.actor === value)) s.value = value;
    return el("label", {}, label, " ", s);
  };
  const form = el(
    "form",
    { class: "picker", "aria-label": "Choose two actors" },
    select("a", "Actor", a ?? actors[0]?.actor),
    select("b", "and", b ?? actors[1]?.actor),
    el("button", { type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const code = (name: string) => {
      const v = data.get(name);
      return encodeURIComponent(typeof v === "string" ? v : "");
    };
    location.hash = `#/${view}/${code("a")}/${code("b")}`;
  });
  return form;
}
