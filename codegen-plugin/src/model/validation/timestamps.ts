// Syntax checks for the two textual timestamp formats Smithy accepts in node values.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?Z$/;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HTTP_DATE = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? GMT$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validClock(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** An RFC 3339 date-time in UTC ("Z" offset), as Smithy requires for timestamps. */
export function isValidDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && validClock(hour, minute, second);
}

/** An IMF-fixdate (RFC 9110), e.g. "Tue, 29 Apr 2014 18:30:38 GMT". */
export function isValidHttpDate(text: string): boolean {
  const m = HTTP_DATE.exec(text);
  if (!m) return false;
  const month = MONTHS.indexOf(m[3]!) + 1;
  if (month === 0) return false;
  const year = Number(m[4]);
  const day = Number(m[2]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  if (day < 1 || day > daysIn(year, month) || !validClock(Number(m[5]), Number(m[6]), second)) return false;
  if (m[1] !== undefined) {
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    if (weekday !== m[1]) return false;
  }
  return true;
}
