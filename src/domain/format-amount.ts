/** An amount as people read it: "2,500,000,000 USD", "4 helicopters". */
export function formatAmount(value: number, unit: string | null): string {
  return `${value.toLocaleString("en-US")} ${unit ?? ""}`.trim();
}
