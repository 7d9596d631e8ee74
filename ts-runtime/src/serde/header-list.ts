// List-valued HTTP headers (RFC 9110 section 5.6.1). A list is written as one header whose
// items are joined with ", "; items containing a comma or a double quote are quoted, with '"'
// and '\' backslash-escaped inside the quotes. Receivers also get repeated headers joined
// with ", " by the transport, so splitting must honour the quoting.
//
// HTTP-date timestamps are the exception: IMF-fixdate contains a comma ("Mon, 16 Dec 2019
// 23:48:18 GMT") and is written unquoted, so such lists are split on every second comma.

/** Quotes one list item when it would otherwise be split or misread. */
export function quoteHeaderItem(item: string): string {
  if (!/[,"]/.test(item)) return item;
  return `"${item.replace(/["\\]/g, "\\$&")}"`;
}

/** Splits a list header into items, trimming whitespace and unquoting quoted items. */
export function splitHeaderList(value: string): string[] {
  const items: string[] = [];
  let i = 0;
  const n = value.length;
  while (i <= n) {
    while (i < n && (value[i] === " " || value[i] === "\t")) i++;
    if (i < n && value[i] === '"') {
      let item = "";
      i++;
      while (i < n && value[i] !== '"') {
        if (value[i] === "\\" && i + 1 < n) i++;
        item += value[i];
        i++;
      }
      i++; // closing quote (a missing one simply ends the item)
      while (i < n && value[i] !== ",") i++;
      items.push(item);
    } else {
      const comma = value.indexOf(",", i);
      const end = comma < 0 ? n : comma;
      items.push(value.slice(i, end).trim());
      i = end;
    }
    i++; // skip the comma
  }
  return items;
}

/** Splits a list of IMF-fixdate values, which contain one unquoted comma each. */
export function splitHttpDateList(value: string): string[] {
  const parts = value.split(",");
  const items: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!.trim();
    if (/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/.test(part) && i + 1 < parts.length) {
      items.push(`${part}, ${parts[i + 1]!.trim()}`);
      i++;
    } else items.push(part);
  }
  return items;
}
