// Exact comparison of decimal numbers written as text (bigDecimal values and @range bounds
// that do not fit a double), without converting through floating point.

interface Decimal {
  readonly negative: boolean;
  /** Significant digits without leading or trailing zeros ("" for zero). */
  readonly digits: string;
  /** Value = 0.digits × 10^exponent. */
  readonly exponent: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function parse(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) return undefined;
  const intPart = m[2]!;
  const fracPart = m[3] ?? "";
  let all = intPart + fracPart;
  let exponent = intPart.length + Number(m[4] ?? 0);
  const lead = all.length - all.replace(/^0+/, "").length;
  all = all.slice(lead);
  exponent -= lead;
  all = all.replace(/0+$/, "");
  if (all === "") return { negative: false, digits: "", exponent: 0 };
  return { negative: m[1] === "-", digits: all, exponent };
}

function compareMagnitude(a: Decimal, b: Decimal): number {
  if (a.digits === "" || b.digits === "") return (a.digits === "" ? 0 : 1) - (b.digits === "" ? 0 : 1);
  if (a.exponent !== b.exponent) return a.exponent < b.exponent ? -1 : 1;
  const len = Math.max(a.digits.length, b.digits.length);
  const x = a.digits.padEnd(len, "0");
  const y = b.digits.padEnd(len, "0");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares two decimal texts; undefined when either is not a decimal number. */
export function compareDecimal(a: string, b: string): number | undefined {
  const x = parse(a);
  const y = parse(b);
  if (x === undefined || y === undefined) return undefined;
  const xs = x.digits === "" ? 0 : x.negative ? -1 : 1;
  const ys = y.digits === "" ? 0 : y.negative ? -1 : 1;
  if (xs !== ys) return xs < ys ? -1 : 1;
  const magnitude = compareMagnitude(x, y);
  return xs < 0 && magnitude !== 0 ? -magnitude : magnitude;
}
