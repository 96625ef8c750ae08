//! Undoes a compression the application applied, so its page can still be rewritten.

use std::io::Write as _;

use bytes::Bytes;

/// The most a page may decode to: a small body that expands without end (a compression bomb)
/// ends with an error here instead of filling the gateway's memory.
pub(crate) const MAX_DECODED: u64 = 64 * 1024 * 1024;

/// Where a decoder writes: the bytes of the current chunk, refused once the page as a whole
/// would pass [`MAX_DECODED`].
#[derive(Default)]
pub(crate) struct Sink {
    out: Vec<u8>,
    total: u64,
}

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.total = self.total.saturating_add(buf.len() as u64);
        if self.total > MAX_DECODED {
            return Err(std::io::Error::other(format!(
                "the page decodes to more than {MAX_DECODED} bytes"
            )));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Undoes the compression of a page the application compressed although it was asked not to,
/// a chunk at a time, so the page can still be rewritten (and compressed again for the
/// visitor): gzip, brotli, or deflate, which RFC 9110 defines as the zlib format and some
/// servers send raw; its first two bytes tell which.
pub(crate) enum Decoder {
    Gzip(flate2::write::GzDecoder<Sink>),
    Brotli(Box<brotli_decompressor::DecompressorWriter<Sink>>),
    /// Deflate, until its first two bytes have come.
    Deflate(Vec<u8>),
    Zlib(flate2::write::ZlibDecoder<Sink>),
    Raw(flate2::write::DeflateDecoder<Sink>),
}

/// The brotli decoder's buffer between its input and its output.
const BROTLI_BUFFER: usize = 16 * 1024;

impl Decoder {
    /// The decoder of a `Content-Encoding` (lowercase), `None` for one it does not know.
    pub(crate) fn of(encoding: &[u8]) -> Option<Decoder> {
        match encoding {
            b"gzip" | b"x-gzip" => Some(Decoder::Gzip(flate2::write::GzDecoder::new(
                Sink::default(),
            ))),
            b"br" => Some(Decoder::Brotli(Box::new(
                brotli_decompressor::DecompressorWriter::new(Sink::default(), BROTLI_BUFFER),
            ))),
            b"deflate" => Some(Decoder::Deflate(Vec::new())),
            _ => None,
        }
    }

    pub(crate) fn push(&mut self, chunk: &[u8]) -> std::io::Result<Bytes> {
        if let Decoder::Deflate(start) = self {
            start.extend_from_slice(chunk);
            let [first, second, ..] = start[..] else {
                return Ok(Bytes::new());
            };
            // A zlib stream starts with a header whose two bytes, as a number, are a multiple
            // of 31, with method 8 (deflate) in the low bits of the first.
            let zlib = first & 0x0f == 8 && (u16::from(first) << 8 | u16::from(second)) % 31 == 0;
            let start = std::mem::take(start);
            *self = if zlib {
                Decoder::Zlib(flate2::write::ZlibDecoder::new(Sink::default()))
            } else {
                Decoder::Raw(flate2::write::DeflateDecoder::new(Sink::default()))
            };
            return self.push(&start);
        }
        let sink = match self {
            Decoder::Gzip(decoder) => {
                decoder.write_all(chunk)?;
                decoder.flush()?;
                decoder.get_mut()
            }
            Decoder::Brotli(decoder) => {
                decoder.write_all(chunk)?;
                decoder.flush()?;
                decoder.get_mut()
            }
            Decoder::Zlib(decoder) => {
                decoder.write_all(chunk)?;
                decoder.flush()?;
                decoder.get_mut()
            }
            Decoder::Raw(decoder) => {
                decoder.write_all(chunk)?;
                decoder.flush()?;
                decoder.get_mut()
            }
            Decoder::Deflate(_) => return Ok(Bytes::new()),
        };
        Ok(Bytes::from(std::mem::take(&mut sink.out)))
    }

    pub(crate) fn finish(self) -> std::io::Result<Bytes> {
        let sink = match self {
            Decoder::Gzip(decoder) => decoder.finish()?,
            Decoder::Zlib(decoder) => decoder.finish()?,
            Decoder::Raw(decoder) => decoder.finish()?,
            Decoder::Brotli(mut decoder) => {
                // Closing tells a whole stream from one cut short.
                decoder.close()?;
                decoder.into_inner().map_err(|_| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        "a brotli stream cut short",
                    )
                })?
            }
            // Fewer than two bytes is no deflate stream.
            Decoder::Deflate(start) if start.is_empty() => return Ok(Bytes::new()),
            Decoder::Deflate(_) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "a deflate stream cut short",
                ));
            }
        };
        Ok(Bytes::from(sink.out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `page` compressed as `encoding` says, for the decoder's tests.
    fn compressed(encoding: &str, page: &[u8]) -> Vec<u8> {
        use std::io::Write as _;
        match encoding {
            "gzip" => {
                let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
                e.write_all(page).unwrap();
                e.finish().unwrap()
            }
            "br" => {
                let mut out = Vec::new();
                let mut e = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
                e.write_all(page).unwrap();
                drop(e);
                out
            }
            "zlib" => {
                let mut e =
                    flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
                e.write_all(page).unwrap();
                e.finish().unwrap()
            }
            _ => {
                let mut e =
                    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
                e.write_all(page).unwrap();
                e.finish().unwrap()
            }
        }
    }

    #[test]
    fn gzip_brotli_and_both_deflates_decode_whatever_the_chunks() {
        let page = "<html><body>".to_owned() + &"Café, ".repeat(2000) + "</body></html>";
        for (kind, encoding) in [
            ("gzip", "gzip"),
            ("br", "br"),
            ("zlib", "deflate"),
            ("raw", "deflate"),
        ] {
            let bytes = compressed(kind, page.as_bytes());
            for size in [1, 2, 3, 1000, bytes.len()] {
                let mut decoder = Decoder::of(encoding.as_bytes()).unwrap();
                let mut out = Vec::new();
                for chunk in bytes.chunks(size) {
                    out.extend_from_slice(&decoder.push(chunk).unwrap());
                }
                out.extend_from_slice(&decoder.finish().unwrap());
                assert_eq!(out, page.as_bytes(), "{kind} in chunks of {size}");
            }
            // Cut short, the stream is an error at its end, never a shorter page.
            let mut decoder = Decoder::of(encoding.as_bytes()).unwrap();
            let cut = decoder.push(&bytes[..bytes.len() / 2]);
            assert!(
                cut.is_err() || decoder.finish().is_err(),
                "{kind} cut short"
            );
        }
        assert!(Decoder::of(b"zstd").is_none() && Decoder::of(b"compress").is_none());
        let mut one_byte = Decoder::of(b"deflate").unwrap();
        assert!(one_byte.push(&[0x78]).unwrap().is_empty());
        assert!(one_byte.finish().is_err(), "one byte is no deflate stream");
    }

    #[test]
    fn a_compression_bomb_ends_in_an_error_not_in_memory() {
        let zeros = vec![0u8; 1024 * 1024];
        let bomb = |kind: &str| -> Vec<u8> {
            // 80 MiB of zeros, a few hundred KiB compressed (gzip) or a few bytes (brotli).
            let page: Vec<u8> = zeros
                .iter()
                .copied()
                .cycle()
                .take(80 * 1024 * 1024)
                .collect();
            compressed(kind, &page)
        };
        for (kind, encoding) in [("gzip", "gzip"), ("br", "br"), ("zlib", "deflate")] {
            let bytes = bomb(kind);
            assert!(bytes.len() < 1024 * 1024, "{kind}: {} bytes", bytes.len());
            let mut decoder = Decoder::of(encoding.as_bytes()).unwrap();
            let mut decoded = 0u64;
            let mut failed = false;
            for chunk in bytes.chunks(16 * 1024) {
                match decoder.push(chunk) {
                    Ok(out) => decoded += out.len() as u64,
                    Err(error) => {
                        assert!(
                            error.to_string().contains("decodes to more than"),
                            "{error}"
                        );
                        failed = true;
                        break;
                    }
                }
            }
            let failed = failed || decoder.finish().is_err();
            assert!(failed, "{kind}: the bomb was refused");
            assert!(decoded <= MAX_DECODED, "{kind}: {decoded} bytes came out");
        }
    }
}
