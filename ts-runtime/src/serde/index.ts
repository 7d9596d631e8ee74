// Value codecs shared by the protocols: JSON, timestamps, base64, numbers, header lists, URIs.
export { SerdeError } from "./serde-error.js";
export { toBase64, fromBase64 } from "./base64.js";
export { utf8Encode, utf8Decode, utf8ByteLength } from "./utf8.js";
export {
  formatDateTime,
  formatHttpDate,
  formatEpochSeconds,
  formatTimestampText,
  parseDateTime,
  parseHttpDate,
  parseEpochSecondsText,
  parseTimestampText,
  epochSecondsToDate,
  timestampCodec,
} from "./timestamp.js";
export type { TimestampCodec } from "./timestamp.js";
export { parseIntegerText, parseFloatText, parseBigIntegerText, parseBigDecimalText, formatFloat, checkInteger } from "./numbers.js";
export type { IntegerKind } from "./numbers.js";
export { quoteHeaderItem, splitHeaderList, splitHttpDateList } from "./header-list.js";
export { percentEncode, encodeLabel, formatQueryString, percentDecode } from "./uri-encoding.js";
export { mediaTypeEssence, acceptAdmits } from "./media-type.js";
export { JsonNumberText, stringifyLosslessJson } from "./lossless-json.js";
export { parseLosslessJson } from "./lossless-json-reader.js";
export { JsonCodec, needsLosslessJson, MAX_NESTING_DEPTH } from "./json-codec.js";
export type { JsonCodecOptions, LosslessJsonReader, Side } from "./json-codec.js";
export { defaultValueOf, zeroValueOf } from "./defaults.js";
export { formatTextValue, parseTextValue } from "./text-values.js";
export type { TextLocation } from "./text-values.js";
