import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "./patch-zip";

/**
 * Node's zlib for the annotated copy: native deflate is four to five times faster than fflate on a big sheet.
 * Node only (the CLI); the browser page uses fflate.
 */
export const NODE_CODEC: ZipCodec = {
  inflate: (data, size) => {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  deflate: (data) => {
    const out = deflateRawSync(data, { level: data.length > 1 << 20 ? 1 : 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: (data) => crc32(data),
};
