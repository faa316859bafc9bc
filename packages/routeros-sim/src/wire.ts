/**
 * The RouterOS API wire format: a sentence is a list of words ended by an empty word; every word
 * is its length (1–5 bytes, the high bits of the first byte say how many) followed by its bytes.
 * RouterOS keeps text in Windows-1252, as Winbox shows it, so that is the encoding on the wire.
 */
import * as iconv from 'iconv-lite';

const CHARSET = 'win1252';

export class WireProtocolError extends Error {}

export function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length < 0x4000) return Buffer.from([(length >> 8) | 0x80, length & 0xff]);
  if (length < 0x200000) return Buffer.from([(length >> 16) | 0xc0, (length >> 8) & 0xff, length & 0xff]);
  if (length < 0x10000000) {
    return Buffer.from([(length >>> 24) | 0xe0, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff]);
  }
  const out = Buffer.alloc(5);
  out[0] = 0xf0;
  out.writeUInt32BE(length, 1);
  return out;
}

export function encodeWord(word: string): Buffer {
  const bytes = iconv.encode(word, CHARSET);
  return Buffer.concat([encodeLength(bytes.length), bytes]);
}

export function encodeSentence(words: readonly string[]): Buffer {
  return Buffer.concat([...words.map(encodeWord), Buffer.from([0])]);
}

/** How many bytes the length prefix starting with `first` takes; throws on the reserved control bytes. */
function prefixSize(first: number): number {
  if (first < 0x80) return 1;
  if ((first & 0xc0) === 0x80) return 2;
  if ((first & 0xe0) === 0xc0) return 3;
  if ((first & 0xf0) === 0xe0) return 4;
  if (first === 0xf0) return 5;
  throw new WireProtocolError(`reserved control byte 0x${first.toString(16)} in word length`);
}

function readLength(buf: Buffer, at: number, size: number): number {
  switch (size) {
    case 1: return buf[at];
    case 2: return ((buf[at] & 0x3f) << 8) | buf[at + 1];
    case 3: return ((buf[at] & 0x1f) << 16) | (buf[at + 1] << 8) | buf[at + 2];
    case 4: return (buf[at] & 0x0f) * 0x1000000 + ((buf[at + 1] << 16) | (buf[at + 2] << 8) | buf[at + 3]);
    default: return buf.readUInt32BE(at + 1);
  }
}

/** Turns a TCP byte stream, cut anywhere, back into whole sentences. */
export class SentenceReader {
  private pending: Buffer = Buffer.alloc(0);
  private words: string[] = [];

  push(chunk: Buffer): string[][] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const sentences: string[][] = [];
    let at = 0;
    while (at < this.pending.length) {
      const size = prefixSize(this.pending[at]);
      if (at + size > this.pending.length) break;
      const length = readLength(this.pending, at, size);
      if (at + size + length > this.pending.length) break;
      const start = at + size;
      at = start + length;
      if (length === 0) {
        sentences.push(this.words);
        this.words = [];
      } else {
        this.words.push(iconv.decode(this.pending.subarray(start, at), CHARSET));
      }
    }
    this.pending = this.pending.subarray(at);
    return sentences;
  }
}
