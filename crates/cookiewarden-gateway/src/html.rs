//! Puts the banner into the application's HTML pages as they stream through, and makes room
//! for it in the page's Content-Security-Policy instead of breaking either.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use lol_html::send::{HtmlRewriter, Settings};
use lol_html::{AsciiCompatibleEncoding, element, end, html_content::ContentType};

/// Streams one HTML body, inserting `tags` at the start of `<head>` (or of `<body>` when the
/// page has no head, or at the end of a fragment that has neither). Once the tags are in, the
/// rest of the body passes through untouched, without parsing.
pub struct Injector {
    rewriter: Option<HtmlRewriter<'static, SharedSink>>,
    output: Arc<Mutex<Vec<u8>>>,
    injected: Arc<AtomicBool>,
}

/// Where the rewriter writes: a buffer the injector empties after each chunk.
struct SharedSink(Arc<Mutex<Vec<u8>>>);

impl lol_html::OutputSink for SharedSink {
    fn handle_chunk(&mut self, chunk: &[u8]) {
        if let Ok(mut out) = self.0.lock() {
            out.extend_from_slice(chunk);
        }
    }
}

impl Injector {
    /// An injector for a body in `charset` (from `Content-Type`); `None` when the charset is
    /// not one a streaming rewriter can read (UTF-16 and the like): such a page passes as is.
    pub fn new(tags: &str, charset: Option<&str>) -> Option<Injector> {
        let encoding = match charset {
            Some(label) => {
                AsciiCompatibleEncoding::new(encoding_rs::Encoding::for_label(label.as_bytes())?)?
            }
            None => AsciiCompatibleEncoding::utf_8(),
        };
        let output: Arc<Mutex<Vec<u8>>> = Arc::default();
        let injected: Arc<AtomicBool> = Arc::default();
        let sink = SharedSink(Arc::clone(&output));
        let (head_tags, body_tags, end_tags) = (tags.to_owned(), tags.to_owned(), tags.to_owned());
        let (head_done, body_done, end_done) = (
            Arc::clone(&injected),
            Arc::clone(&injected),
            Arc::clone(&injected),
        );
        let settings = Settings::new_send()
            .with_encoding(encoding)
            .with_adjust_charset_on_meta_tag(charset.is_none())
            .append_element_content_handler(element!("head", move |el| {
                if !head_done.swap(true, Ordering::Relaxed) {
                    el.prepend(&head_tags, ContentType::Html);
                }
                Ok(())
            }))
            .append_element_content_handler(element!("body", move |el| {
                if !body_done.swap(true, Ordering::Relaxed) {
                    el.prepend(&body_tags, ContentType::Html);
                }
                Ok(())
            }))
            .append_document_content_handler(end!(move |end| {
                if !end_done.swap(true, Ordering::Relaxed) {
                    end.append(&end_tags, ContentType::Html);
                }
                Ok(())
            }));
        Some(Injector {
            rewriter: Some(HtmlRewriter::new(settings, sink)),
            output,
            injected,
        })
    }

    fn take_output(&self) -> Vec<u8> {
        self.output
            .lock()
            .map(|mut out| std::mem::take(&mut *out))
            .unwrap_or_default()
    }

    /// Rewrites one chunk of the body and returns what can be sent now. The rewriter reads the
    /// chunk a slice at a time and stops parsing as soon as the tags are in: the rest of a large
    /// page is handed on as it came, without a copy.
    pub fn push(&mut self, chunk: Bytes) -> Bytes {
        const SLICE: usize = 2048;
        let Some(rewriter) = self.rewriter.as_mut() else {
            return chunk;
        };
        let mut written = 0;
        while written < chunk.len() && !self.injected.load(Ordering::Relaxed) {
            let end = (written + SLICE).min(chunk.len());
            if rewriter.write(&chunk[written..end]).is_err() {
                // The rewriter refused the input: hand on the rest unparsed rather than lose it.
                self.rewriter = None;
                let mut out = self.take_output();
                out.extend_from_slice(&chunk[written..]);
                return Bytes::from(out);
            }
            written = end;
        }
        if !self.injected.load(Ordering::Relaxed) {
            return Bytes::from(self.take_output());
        }
        // Done: flush what the rewriter holds back, then the rest of the chunk as it is.
        if let Some(rewriter) = self.rewriter.take() {
            let _ = rewriter.end();
        }
        let mut out = self.take_output();
        out.extend_from_slice(&chunk[written..]);
        Bytes::from(out)
    }

    /// Ends the body: whatever the rewriter still holds (and the tags, for a fragment).
    pub fn finish(&mut self) -> Bytes {
        if let Some(rewriter) = self.rewriter.take() {
            let _ = rewriter.end();
        }
        Bytes::from(self.take_output())
    }
}

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

/// The tags that bring the banner to a page: its loader, with the nonce the page's policy
/// gets, when it has one.
pub(crate) fn banner_tags(loader_url: &str, nonce: &str) -> String {
    format!(r#"<script src="{loader_url}" nonce="{nonce}"></script>"#)
}

/// Makes a Content-Security-Policy (one header value, possibly several policies separated by
/// commas) allow the banner: its loader and styles are same-origin files and it talks to the
/// same origin. A directive that works with nonces or hashes gets the banner's nonce (adding
/// `'self'` would not be enough under `'strict-dynamic'`); one that lists sources without
/// `'self'` gets `'self'` (a nonce there would switch off its `'unsafe-inline'`); one that
/// already allows the banner is left alone.
pub fn allow_banner(policy: &str, nonce: &str) -> String {
    policy
        .split(',')
        .map(|one| allow_in_policy(one.trim(), nonce))
        .collect::<Vec<_>>()
        .join(", ")
}

fn allow_in_policy(policy: &str, nonce: &str) -> String {
    let mut directives: Vec<Vec<String>> = policy
        .split(';')
        .map(|d| {
            d.split_ascii_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|d| !d.is_empty())
        .collect();
    let has = |directives: &[Vec<String>], name: &str| {
        directives
            .iter()
            .position(|d| d[0].eq_ignore_ascii_case(name))
    };
    // For each kind of fetch the banner makes, the directive that governs it (CSP3 fallback).
    for chain in [
        &["script-src-elem", "script-src", "default-src"][..],
        &["style-src-elem", "style-src", "default-src"][..],
        &["connect-src", "default-src"][..],
    ] {
        let Some(index) = chain.iter().find_map(|name| has(&directives, name)) else {
            continue;
        };
        let sources = &directives[index][1..];
        let lower = |s: &String| s.to_ascii_lowercase();
        let nonce_based = sources.iter().map(lower).any(|s| {
            s.starts_with("'nonce-")
                || s.starts_with("'sha256-")
                || s.starts_with("'sha384-")
                || s.starts_with("'sha512-")
                || s == "'strict-dynamic'"
        });
        let addition = if nonce_based && chain[0] != "connect-src" {
            format!("'nonce-{nonce}'")
        } else if !sources.iter().map(lower).any(|s| s == "'self'" || s == "*") {
            "'self'".to_owned()
        } else {
            continue;
        };
        let mut changed: Vec<String> = directives[index]
            .iter()
            .filter(|s| !(addition == "'self'" && s.eq_ignore_ascii_case("'none'")))
            .cloned()
            .collect();
        changed.push(addition);
        if directives[index][0].eq_ignore_ascii_case("default-src") {
            // Widening default-src would widen every directive that falls back to it (objects,
            // frames, images…): the banner's kind of fetch gets a directive of its own instead,
            // starting from what default-src allowed.
            changed[0] = chain[0].to_owned();
            directives.push(changed);
        } else {
            directives[index] = changed;
        }
    }
    directives
        .iter()
        .map(|d| d.join(" "))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
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

    use super::*;

    fn run(input: &[&str], charset: Option<&str>) -> String {
        let mut injector = Injector::new("<script src=/b.js></script>", charset).unwrap();
        let mut out = Vec::new();
        for chunk in input {
            out.extend_from_slice(&injector.push(Bytes::copy_from_slice(chunk.as_bytes())));
        }
        out.extend_from_slice(&injector.finish());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_tags_go_first_in_head_even_across_chunk_boundaries() {
        assert_eq!(
            run(
                &[
                    "<!doctype html><ht",
                    "ml><he",
                    "ad><title>x</title></head><body>y</body></html>"
                ],
                None
            ),
            "<!doctype html><html><head><script src=/b.js></script><title>x</title></head><body>y</body></html>"
        );
    }

    #[test]
    fn without_head_the_body_gets_them_and_a_fragment_gets_them_at_the_end() {
        assert_eq!(
            run(&["<body><p>hi</p></body>"], None),
            "<body><script src=/b.js></script><p>hi</p></body>"
        );
        assert_eq!(
            run(&["<p>hi</p>"], None),
            "<p>hi</p><script src=/b.js></script>"
        );
    }

    #[test]
    fn the_tags_go_in_once_and_the_rest_is_untouched() {
        let page = "<head></head><body><head></head><p>caf\u{e9}</p></body>";
        let out = run(&[page], None);
        assert_eq!(out.matches("/b.js").count(), 1);
        assert!(out.ends_with("<body><head></head><p>caf\u{e9}</p></body>"));
    }

    #[test]
    fn a_legacy_charset_is_respected_and_utf16_is_not_rewritten() {
        // "café" in windows-1252: the é byte must come through unchanged.
        let mut injector = Injector::new("<script></script>", Some("windows-1252")).unwrap();
        let mut out = injector
            .push(Bytes::from_static(b"<head></head><p>caf\xe9</p>"))
            .to_vec();
        out.extend_from_slice(&injector.finish());
        assert_eq!(out, b"<head><script></script></head><p>caf\xe9</p>");
        assert!(Injector::new("<script></script>", Some("utf-16le")).is_none());
    }

    #[test]
    fn a_policy_gets_a_nonce_or_self_where_it_needs_it_and_nothing_else() {
        assert_eq!(
            allow_banner(
                "script-src 'nonce-abc' 'strict-dynamic'; object-src 'none'",
                "N"
            ),
            "script-src 'nonce-abc' 'strict-dynamic' 'nonce-N'; object-src 'none'"
        );
        assert_eq!(
            allow_banner(
                "default-src https://cdn.example; script-src https://cdn.example",
                "N"
            ),
            "default-src https://cdn.example; script-src https://cdn.example 'self'; \
             style-src-elem https://cdn.example 'self'; connect-src https://cdn.example 'self'"
        );
        assert_eq!(
            allow_banner("default-src 'self'; img-src *", "N"),
            "default-src 'self'; img-src *"
        );
        assert_eq!(
            allow_banner("default-src 'none'; script-src 'self'", "N"),
            "default-src 'none'; script-src 'self'; style-src-elem 'self'; connect-src 'self'",
            "default-src stays 'none' for everything else"
        );
        assert_eq!(
            allow_banner("frame-ancestors 'none'", "N"),
            "frame-ancestors 'none'"
        );
        assert_eq!(
            allow_banner("script-src 'sha256-x', style-src 'none'", "N"),
            "script-src 'sha256-x' 'nonce-N', style-src 'self'"
        );
    }
}
