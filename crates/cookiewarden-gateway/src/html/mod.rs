//! What the gateway does to a page on its way to the visitor: puts the banner in, holds back
//! the trackers the visitor has not allowed (`block`), undoes a compression to do so (`decode`),
//! and makes room for the banner in the page's Content-Security-Policy (`csp`).

mod block;
mod csp;
mod decode;
mod skim;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use lol_html::send::{HtmlRewriter, Settings};
use lol_html::{AsciiCompatibleEncoding, element, end, html_content::ContentType, text};

pub use block::{Blocking, ScriptSighting, UnknownScripts};
pub use csp::allow_banner;
pub(crate) use csp::banner_tags;
pub(crate) use decode::Decoder;

/// Streams one HTML body, inserting `tags` at the start of `<head>` (or of `<body>` when the
/// page has no head, or at the end of a fragment that has neither). Without trackers to hold
/// back, the rest of the body passes through untouched once the tags are in, without parsing;
/// with them, the whole page is read and what loads a held-back service is made inert.
pub struct Injector {
    rewriter: Option<HtmlRewriter<'static, SharedSink>>,
    output: Arc<Mutex<Vec<u8>>>,
    injected: Arc<AtomicBool>,
    /// The page as the blocking handlers read it, when they run.
    page: Option<block::Shared>,
    /// How a page whose trackers are held back is read.
    skimming: Option<Skimming>,
}

/// The skimmer's place in a page whose trackers are held back: it passes text and plain
/// markup itself and feeds the rewriter only the elements that matter (see [`skim`]).
struct Skimming {
    state: skim::State,
    /// The start of a construct the last chunk cut.
    pending: Vec<u8>,
    /// The element the rewriter is reading until its end tag, if any.
    open: Option<&'static [u8]>,
    /// Set by the rewriter when that element's end tag came.
    closed: Arc<AtomicBool>,
    /// Everything from here on goes to the rewriter.
    full: bool,
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
    /// `blocking` says what to hold back for this visitor; `None` (or nothing to hold) only
    /// injects.
    pub fn new(tags: &str, charset: Option<&str>, blocking: Option<Blocking>) -> Option<Injector> {
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
        let mut settings = Settings::new_send()
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
        let mut page = None;
        let mut skimming = None;
        if let Some(blocking) = blocking.filter(Blocking::holds_anything) {
            let closed: Arc<AtomicBool> = Arc::default();
            let on_close = Arc::clone(&closed);
            skimming = Some(Skimming {
                state: skim::State::default(),
                pending: Vec::new(),
                open: None,
                closed,
                full: blocking.thorough,
            });
            let state = block::PageState::new(&blocking.page);
            let blocking = Arc::new(blocking);
            let (on_element, on_script, on_noscript) =
                (Arc::clone(&blocking), Arc::clone(&blocking), blocking);
            let (element_state, script_state, noscript_state) =
                (Arc::clone(&state), Arc::clone(&state), Arc::clone(&state));
            // A construct whose reading the rewriter cannot be sure of (a <style> in a
            // <select>) is read as browsers read it today, not given up on: giving up would
            // pass the rest of the page unjudged.
            settings = settings
                .with_strict(false)
                .append_element_content_handler(element!(block::ELEMENTS, move |el| {
                    on_element.element(&element_state, el);
                    Ok(())
                }))
                .append_element_content_handler(text!("script", move |chunk| {
                    on_script.script_text(&script_state, chunk);
                    Ok(())
                }))
                .append_element_content_handler(text!("noscript", move |chunk| {
                    on_noscript.noscript_text(&noscript_state, chunk);
                    Ok(())
                }))
                // Tells the skimmer where an element read until its end tag ends.
                .append_element_content_handler(element!("script, noscript, iframe", move |el| {
                    on_close.store(false, Ordering::Relaxed);
                    let flag = Arc::clone(&on_close);
                    let on_end: lol_html::send::EndTagHandler<'static> = Box::new(move |_| {
                        flag.store(true, Ordering::Relaxed);
                        Ok(())
                    });
                    let _ = el.on_end_tag(on_end);
                    Ok(())
                }));
            page = Some(state);
        }
        Some(Injector {
            rewriter: Some(HtmlRewriter::new(settings, sink)),
            output,
            injected,
            page,
            skimming,
        })
    }

    fn take_output(&self) -> Vec<u8> {
        self.output
            .lock()
            .map(|mut out| std::mem::take(&mut *out))
            .unwrap_or_default()
    }

    /// Whether parsing can stop: the tags are in and nothing is to be held back.
    fn done(&self) -> bool {
        self.page.is_none() && self.injected.load(Ordering::Relaxed)
    }

    /// Rewrites one chunk of the body and returns what can be sent now. When only the tags
    /// are to go in, the rewriter reads the chunk a slice at a time and stops parsing as soon
    /// as they are: the rest of a large page is handed on as it came, without a copy.
    pub fn push(&mut self, chunk: Bytes) -> Bytes {
        const SLICE: usize = 2048;
        if self.skimming.as_ref().is_some_and(|s| !s.full) {
            return self.skim(chunk, false);
        }
        let slice = if self.page.is_some() {
            chunk.len().max(1)
        } else {
            SLICE
        };
        let mut written = 0;
        while written < chunk.len() && !self.done() {
            let Some(rewriter) = self.rewriter.as_mut() else {
                return chunk;
            };
            let end = (written + slice).min(chunk.len());
            if rewriter.write(&chunk[written..end]).is_err() {
                // The rewriter refused the input: hand on the rest unparsed rather than lose it.
                self.rewriter = None;
                let mut out = self.take_output();
                out.extend_from_slice(self.unfinished().as_bytes());
                out.extend_from_slice(&chunk[written..]);
                return Bytes::from(out);
            }
            written = end;
        }
        if self.rewriter.is_none() {
            return chunk;
        }
        if !self.done() {
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

    /// Skims one chunk (see [`Skimming`]): text and plain markup are copied as they are, the
    /// elements that matter go through the rewriter, in order.
    fn skim(&mut self, chunk: Bytes, at_end: bool) -> Bytes {
        let Some(mut skimming) = self.skimming.take() else {
            return chunk;
        };
        let data: Vec<u8>;
        let input: &[u8] = if skimming.pending.is_empty() {
            &chunk
        } else {
            skimming.pending.extend_from_slice(&chunk);
            data = std::mem::take(&mut skimming.pending);
            &data
        };
        // NUL bytes make the rewriter's reading depend on where its input was cut: a page
        // that has them (no valid page does) is read whole from here on.
        if memchr::memchr(0, input).is_some() {
            skimming.full = true;
        }
        let mut out = Vec::with_capacity(input.len() + 512);
        let mut at = 0;
        while at < input.len() && !skimming.full {
            let rest = &input[at..];
            if let Some(name) = skimming.open {
                // Inside a script, noscript or iframe: the rewriter reads up to each possible
                // end tag and says whether it was one.
                let fed = match skim::end_candidate(rest, name) {
                    // A `<` inside the candidate end tag, or one too long to hold, may leave
                    // the rewriter mid-construct: it reads the rest of the page whole.
                    skim::Candidate::At { start, end } if rest[start + 1..end].contains(&b'<') => {
                        skimming.full = true;
                        break;
                    }
                    skim::Candidate::Cut(start)
                        if !at_end && rest.len() - start > skim::MAX_TAG =>
                    {
                        skimming.full = true;
                        break;
                    }
                    skim::Candidate::At { end, .. } => end,
                    skim::Candidate::Cut(start)
                        if !at_end && rest.len() - start <= skim::MAX_TAG =>
                    {
                        start
                    }
                    skim::Candidate::Cut(_) | skim::Candidate::None => rest.len(),
                };
                if fed == 0 {
                    skimming.pending = rest.to_vec();
                    break;
                }
                self.feed(&rest[..fed], &mut out);
                at += fed;
                if skimming.closed.load(Ordering::Relaxed) {
                    skimming.open = None;
                }
                continue;
            }
            match skim::skim(&mut skimming.state, rest, at_end) {
                skim::Found::Pass(n) => {
                    out.extend_from_slice(&rest[..n]);
                    at += n;
                }
                skim::Found::Window { len, until_end } => {
                    skimming.closed.store(false, Ordering::Relaxed);
                    self.feed(&rest[..len], &mut out);
                    at += len;
                    skimming.open = until_end.filter(|_| !skimming.closed.load(Ordering::Relaxed));
                }
                skim::Found::Full => skimming.full = true,
                skim::Found::More => {
                    skimming.pending = rest.to_vec();
                    at = input.len();
                }
            }
        }
        if skimming.full && at < input.len() {
            self.feed(&input[at..], &mut out);
        }
        self.skimming = Some(skimming);
        Bytes::from(out)
    }

    /// Hands bytes to the rewriter and appends what it gives back.
    fn feed(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        match self.rewriter.as_mut() {
            Some(rewriter) => {
                if rewriter.write(bytes).is_err() {
                    // Refused input goes on unparsed rather than lost.
                    self.rewriter = None;
                    out.extend_from_slice(&self.take_output());
                    out.extend_from_slice(self.unfinished().as_bytes());
                    out.extend_from_slice(bytes);
                    return;
                }
                out.extend_from_slice(&self.take_output());
            }
            None => out.extend_from_slice(bytes),
        }
    }

    /// Ends the body: whatever the rewriter still holds (and the tags, for a fragment).
    pub fn finish(&mut self) -> Bytes {
        let mut out = Vec::new();
        if self.skimming.as_ref().is_some_and(|s| !s.full) {
            out = self.skim(Bytes::new(), true).to_vec();
        }
        if let Some(rewriter) = self.rewriter.take() {
            let _ = rewriter.end();
        }
        out.extend_from_slice(&self.take_output());
        out.extend_from_slice(self.unfinished().as_bytes());
        Bytes::from(out)
    }

    /// Text the blocking handlers still hold when the page stops in the middle of a script.
    fn unfinished(&self) -> String {
        self.page
            .as_ref()
            .map(Blocking::unfinished)
            .unwrap_or_default()
    }

    /// The unexplained third-party scripts the page loaded, each handed over once.
    pub fn take_sightings(&self) -> Vec<ScriptSighting> {
        self.page
            .as_ref()
            .and_then(|page| page.lock().ok().map(|mut page| page.take_sightings()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[&str], charset: Option<&str>) -> String {
        let mut injector = Injector::new("<script src=/b.js></script>", charset, None).unwrap();
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
        let mut injector = Injector::new("<script></script>", Some("windows-1252"), None).unwrap();
        let mut out = injector
            .push(Bytes::from_static(b"<head></head><p>caf\xe9</p>"))
            .to_vec();
        out.extend_from_slice(&injector.finish());
        assert_eq!(out, b"<head><script></script></head><p>caf\xe9</p>");
        assert!(Injector::new("<script></script>", Some("utf-16le"), None).is_none());
    }
}
