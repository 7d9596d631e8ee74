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
  // Computed from the epoch milliseconds: several times cheaper than toISOString().
  const time = date.getTime();
  const days = Math.floor(time / DAY_MS);
  const millis = time - days * DAY_MS;
  const seconds = Math.floor(millis / 1000);
  const { year, month, day } = civilFromDays(days);
  // Years outside 0000-9999 take a sign and six digits, as toISOString writes them.
  const yearText = year >= 0 && year <= 9999 ? String(year).padStart(4, "0") : `${year < 0 ? "-" : "+"}${String(Math.abs(year)).padStart(6, "0")}`;
  const text = `${yearText}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(Math.floor(seconds / 3600))}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
  const fraction = millis - seconds * 1000;
  if (fraction === 0) return `${text}Z`;
  // Shortest form: ".520" -> ".52", ".500" -> ".5".
  const digits = String(fraction + 1000).slice(1);
  return `${text}.${fraction % 100 === 0 ? digits.slice(0, 1) : fraction % 10 === 0 ? digits.slice(0, 2) : digits}Z`;
}

const DAY_MS = 86_400_000;

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The proleptic Gregorian date of a day number (days since 1970-01-01), after H. Hinnant's civil_from_days. */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

/** The day number (days since 1970-01-01) of a proleptic Gregorian date (month 1-12), after H. Hinnant's days_from_civil. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
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

/**
 * Parses an RFC 3339 date-time ("1985-04-12T23:20:50.52Z"; "T" and "Z" in either case).
 * Strict mode accepts only UTC ("Z"), as Smithy's date-time format has no offsets; lenient
 * mode also accepts numeric offsets ("+01:00").
 */
export function parseDateTime(text: string, strict: boolean): Date {
  // Read by position rather than with a regular expression: this runs for every timestamp.
  const malformed = (): SerdeError => new SerdeError(`expected an RFC 3339 date-time, got "${clip(text)}"`);
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const t = text.charCodeAt(10);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) throw malformed();
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || (t !== 84 && t !== 116) || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) throw malformed();
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46 /* . */) {
    const start = ++at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    if (at === start) throw malformed();
    millis = fractionMillis(text.slice(start, at));
  }
  const zone = text.charCodeAt(at);
  const utc = zone === 90 || zone === 122; /* Z z */
  let offsetHours = 0;
  let offsetMinutes = 0;
  if (utc) {
    if (at + 1 !== text.length) throw malformed();
  } else if (zone === 43 || zone === 45 /* + - */) {
    offsetHours = digitsAt(text, at + 1, 2);
    offsetMinutes = digitsAt(text, at + 4, 2);
    if (offsetHours < 0 || offsetMinutes < 0 || text.charCodeAt(at + 3) !== 58 || at + 6 !== text.length) throw malformed();
    if (strict) throw new SerdeError(`expected a UTC date-time ending in "Z", got "${clip(text)}"`);
  } else {
    throw malformed();
  }
  checkFields(text, year, month, day, hour, minute, second);
  if (offsetHours > 23 || offsetMinutes > 59) throw new SerdeError(`invalid UTC offset in "${clip(text)}"`);
  // "+01:00" is one hour ahead of UTC: subtract it.
  const offset = utc ? 0 : (offsetHours * 60 + offsetMinutes) * 60_000 * (zone === 43 ? -1 : 1);
  return checkedDate(daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis + offset);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The number written with exactly `count` digits at `at`, or -1. */
function digitsAt(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    n = n * 10 + code - 48;
  }
  return n;
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
  const date = checkedDate(daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + fractionMillis(m[8]));
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

/** Days in a month of the proleptic Gregorian calendar (month 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkFields(text: string, year: number, month: number, day: number, hour: number, minute: number, second: number): void {
  // Second 60 is a leap second, which RFC 3339 allows.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) {
    throw new SerdeError(`date or time out of range in "${clip(text)}"`);
  }
}

function checkedDate(ms: number): Date {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new SerdeError("timestamp out of range");
  return date;
}

function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/**
 * The timestamp functions as one object, which codecs are given only when a package's shapes
 * have timestamps (generated code passes it in; see JsonCodecOptions.timestamps), so that
 * bundles of every other package leave this module out.
 */
export const timestampCodec = {
  formatEpochSeconds,
  formatDateTime,
  formatHttpDate,
  formatTimestampText,
  epochSecondsToDate,
  parseDateTime,
  parseHttpDate,
  parseEpochSecondsText,
  parseTimestampText,
} as const;

export type TimestampCodec = typeof timestampCodec;
