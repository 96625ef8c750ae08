//! Undoes a compression the application applied, so its page can still be rewritten.

use bytes::Bytes;

/// Undoes the compression of a page the application compressed although it was asked not to,
/// a chunk at a time, so the page can still be rewritten (and compressed again for the
/// visitor): gzip, or deflate, which RFC 9110 defines as the zlib format and some servers send
/// raw; its first two bytes tell which.
pub(crate) enum Decoder {
    Gzip(flate2::write::GzDecoder<Vec<u8>>),
    /// Deflate, until its first two bytes have come.
    Deflate(Vec<u8>),
    Zlib(flate2::write::ZlibDecoder<Vec<u8>>),
    Raw(flate2::write::DeflateDecoder<Vec<u8>>),
}

impl Decoder {
    /// The decoder of a `Content-Encoding` (lowercase), `None` for one it does not know.
    pub(crate) fn of(encoding: &[u8]) -> Option<Decoder> {
        match encoding {
            b"gzip" | b"x-gzip" => Some(Decoder::Gzip(flate2::write::GzDecoder::new(Vec::new()))),
            b"deflate" => Some(Decoder::Deflate(Vec::new())),
            _ => None,
        }
    }

    pub(crate) fn push(&mut self, chunk: &[u8]) -> std::io::Result<Bytes> {
        use std::io::Write as _;
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
                Decoder::Zlib(flate2::write::ZlibDecoder::new(Vec::new()))
            } else {
                Decoder::Raw(flate2::write::DeflateDecoder::new(Vec::new()))
            };
            return self.push(&start);
        }
        let out = match self {
            Decoder::Gzip(decoder) => {
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
        Ok(Bytes::from(std::mem::take(out)))
    }

    pub(crate) fn finish(self) -> std::io::Result<Bytes> {
        match self {
            Decoder::Gzip(decoder) => decoder.finish().map(Bytes::from),
            Decoder::Zlib(decoder) => decoder.finish().map(Bytes::from),
            Decoder::Raw(decoder) => decoder.finish().map(Bytes::from),
            // Fewer than two bytes is no deflate stream.
            Decoder::Deflate(start) if start.is_empty() => Ok(Bytes::new()),
            Decoder::Deflate(_) => Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "a deflate stream cut short",
            )),
        }
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
    fn gzip_and_both_deflates_decode_whatever_the_chunks() {
        let page = "<html><body>".to_owned() + &"Café, ".repeat(2000) + "</body></html>";
        for (kind, encoding) in [("gzip", "gzip"), ("zlib", "deflate"), ("raw", "deflate")] {
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
        assert!(Decoder::of(b"br").is_none() && Decoder::of(b"zstd").is_none());
        let mut one_byte = Decoder::of(b"deflate").unwrap();
        assert!(one_byte.push(&[0x78]).unwrap().is_empty());
        assert!(one_byte.finish().is_err(), "one byte is no deflate stream");
    }
}
