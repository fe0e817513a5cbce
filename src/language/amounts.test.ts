import { describe, expect, it } from "vitest";
import { findAmounts } from "./amounts.js";

const amounts = (text: string) => findAmounts(text).map(({ value, unit }) => ({ value, unit }));

describe("findAmounts", () => {
  it("reads money in its common spellings", () => {
    expect(amounts("a $14 billion investment")).toEqual([{ value: 14e9, unit: "USD" }]);
    expect(amounts("assistance of about USD 900 million")).toEqual([{ value: 9e8, unit: "USD" }]);
    expect(amounts("almost $ 153 million")).toEqual([{ value: 1.53e8, unit: "USD" }]);
    expect(amounts("2$  billion investment")).toEqual([{ value: 2e9, unit: "USD" }]);
    expect(amounts("a 2.5bn USD loan and €300 million")).toEqual([
      { value: 2.5e9, unit: "USD" },
      { value: 3e8, unit: "EUR" },
    ]);
  });
  it("reads counted equipment", () => {
    expect(amounts("supplied four Mi-35 M attack helicopters")).toEqual([{ value: 4, unit: "helicopters" }]);
    expect(amounts("banned 59 apps")).toEqual([{ value: 59, unit: "apps" }]);
    expect(amounts("wants T-90 tanks and Mi-35 helicopters")).toEqual([]);
  });
});
