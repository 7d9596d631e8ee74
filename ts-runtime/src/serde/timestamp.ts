// Smithy timestamp formats (spec: timestampFormat trait).
//   date-time      RFC 3339 date-time, e.g. 1985-04-12T23:20:50.52Z
//   http-date      IMF-fixdate (RFC 9110), e.g. Tue, 29 Apr 2014 18:30:38 GMT
//   epoch-seconds  seconds since the Unix epoch, optionally fractional
//
// Writers always produce the canonical form. Readers come in two strengths: strict (servers,
// which must reject anything but the canonical form, e.g. UTC offsets in date-time) and
// lenient (clients, which must accept offsets and fractional seconds from real services).
// Dates carry millisecond precision; finer fractions are truncated.
import type { TimestampFormat } from "../schema/schema.js";
import { SerdeError } from "./serde-error.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

function assertValidDate(date: unknown): asserts date is Date {
  if (!(date instanceof Date)) throw new SerdeError(`expected a Date, got ${typeof date}`);
  if (Number.isNaN(date.getTime())) throw new SerdeError("expected a valid Date, got Invalid Date");
}

export function formatEpochSeconds(date: Date): number {
  assertValidDate(date);
  return date.getTime() / 1000;
}

export function formatDateTime(date: Date): string {
  assertValidDate(date);
  const iso = date.toISOString();
  // toISOString always prints milliseconds; drop the zero ones (".000Z" -> "Z", ".520Z" -> ".52Z").
  const dot = iso.length - 5;
  if (iso.charCodeAt(dot) !== 46 /* . */) return iso;
  let end = iso.length - 1;
  while (end > dot && iso.charCodeAt(end - 1) === 48 /* 0 */) end--;
  return (end === dot + 1 ? iso.slice(0, dot) : iso.slice(0, end)) + "Z";
}

export function formatHttpDate(date: Date): string {
  assertValidDate(date);
  // toUTCString produces exactly IMF-fixdate for four-digit years.
  return date.toUTCString();
}

/** Formats for a text location (header, query, label): epoch seconds become decimal text. */
export function formatTimestampText(date: Date, format: TimestampFormat): string {
  switch (format) {
    case "date-time":
      return formatDateTime(date);
    case "http-date":
      return formatHttpDate(date);
    case "epoch-seconds":
      return String(formatEpochSeconds(date));
  }
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an RFC 3339 date-time. Strict mode accepts only UTC ("Z"), as Smithy's date-time
 * format has no offsets; lenient mode also accepts numeric offsets.
 */
export function parseDateTime(text: string, strict: boolean): Date {
  const m = DATE_TIME.exec(text);
  if (m === null) throw new SerdeError(`expected an RFC 3339 date-time, got "${clip(text)}"`);
  if (m[8] === undefined && strict) throw new SerdeError(`expected a UTC date-time ending in "Z", got "${clip(text)}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6]);
  checkFields(text, year, month, day, hour, minute, second);
  let ms = Date.UTC(year, month - 1, day, hour, minute, second, fractionMillis(m[7]));
  if (m[9] !== undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) throw new SerdeError(`invalid UTC offset in "${clip(text)}"`);
    const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
    ms += m[9] === "+" ? -offset : offset;
  }
  return fixYear(ms, year);
}

const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/;

/** Parses an IMF-fixdate, optionally with fractional seconds. */
export function parseHttpDate(text: string): Date {
  const m = HTTP_DATE.exec(text);
  if (m === null) throw new SerdeError(`expected an HTTP date (IMF-fixdate), got "${clip(text)}"`);
  const year = Number(m[4]);
  const month = MONTHS.indexOf(m[3] as (typeof MONTHS)[number]) + 1;
  const day = Number(m[2]);
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = Number(m[7]);
  checkFields(text, year, month, day, hour, minute, second);
  const date = fixYear(Date.UTC(year, month - 1, day, hour, minute, second, fractionMillis(m[8])), year);
  if (DAYS[date.getUTCDay()] !== m[1]) throw new SerdeError(`day of week does not match the date in "${clip(text)}"`);
  return date;
}

const EPOCH_TEXT = /^-?\d+(?:\.\d+)?$/;

/** Parses epoch seconds written as text (headers, query, labels): plain decimal only. */
export function parseEpochSecondsText(text: string): Date {
  if (!EPOCH_TEXT.test(text)) throw new SerdeError(`expected epoch seconds, got "${clip(text)}"`);
  const dot = text.indexOf(".");
  if (dot < 0) return epochSecondsToDate(Number(text));
  // Exact millisecond arithmetic on the digits avoids binary rounding (x.123 * 1000).
  const negative = text.charCodeAt(0) === 45;
  const whole = Number(text.slice(negative ? 1 : 0, dot));
  const ms = whole * 1000 + fractionMillis(text.slice(dot + 1));
  return checkedDate(negative ? -ms : ms);
}

/** Converts a JSON number of epoch seconds. */
export function epochSecondsToDate(seconds: number): Date {
  if (!Number.isFinite(seconds)) throw new SerdeError(`expected finite epoch seconds, got ${seconds}`);
  return checkedDate(Math.round(seconds * 1000));
}

/** Parses a timestamp written as text in the given format (strictness applies to date-time). */
export function parseTimestampText(text: string, format: TimestampFormat, strict: boolean): Date {
  switch (format) {
    case "date-time":
      return parseDateTime(text, strict);
    case "http-date":
      return parseHttpDate(text);
    case "epoch-seconds":
      return parseEpochSecondsText(text);
  }
}

function fractionMillis(fraction: string | undefined): number {
  if (fraction === undefined) return 0;
  return Number((fraction + "00").slice(0, 3));
}

function checkFields(text: string, year: number, month: number, day: number, hour: number, minute: number, second: number): void {
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  // Second 60 is a leap second, which RFC 3339 allows.
  if (daysInMonth === 0 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 60) {
    throw new SerdeError(`date or time out of range in "${clip(text)}"`);
  }
}

/** Date.UTC maps years 0-99 to 1900-1999; put them back. */
function fixYear(ms: number, year: number): Date {
  const date = new Date(ms);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return checkedDate(date.getTime());
}

function checkedDate(ms: number): Date {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new SerdeError("timestamp out of range");
  return date;
}

function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}
