//! Reads a page fast enough to hold back trackers on every page: instead of running the full
//! HTML rewriter over every byte, it skims the page the way HTML's tokenizer moves between
//! text, tags, comments and raw text, and hands the rewriter only the elements that may load
//! something (each in a fresh rewriter starting, like the page there, in the data state).
//!
//! Where skimming could misread the page (inline SVG or MathML, whose tokenizing depends on
//! the tree; `<plaintext>`; a tag longer than [`MAX_TAG`]) the rest of the page goes through
//! the full rewriter. Every decision errs on the side of reading more: a construct skimmed as
//! shorter than the browser reads it only makes more text be looked at.

/// The longest tag skimmed; a longer one sends the rest of the page to the full rewriter, so
/// a page cannot make the skimmer hold bytes without bound.
pub(super) const MAX_TAG: usize = 64 * 1024;

/// What the skimmer found at the head of its input.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Found {
    /// `len` bytes of text, comments or uninteresting markup: pass them as they are.
    Pass(usize),
    /// An element to rewrite: its start (or end) tag is `len` bytes; `until_end` names the
    /// element when the window lasts until its end tag.
    Window {
        len: usize,
        until_end: Option<&'static [u8]>,
    },
    /// From here on, only the full rewriter reads the page correctly.
    Full,
    /// More bytes are needed to decide (a construct cut by the end of the input).
    More,
}

/// Where the skimmer is between two calls.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) enum State {
    /// Text, looking for markup.
    #[default]
    Data,
    /// Inside a comment.
    Comment,
    /// Inside the raw text of an element named here, until its end tag.
    RawText(&'static [u8]),
}

/// HTML's whitespace inside tags (a `\r` is a newline once the input stream is normalised).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Reads the head of `input` in `state`, and moves `state` on: as much text and plain markup
/// as comes before the next element that matters, in one step.
pub(super) fn skim(state: &mut State, input: &[u8], at_end: bool) -> Found {
    let mut passed = 0;
    while passed < input.len() {
        match skim_one(state, &input[passed..], at_end) {
            Found::Pass(n) => passed += n,
            // What comes next changes no state: it is found again by the next call.
            other if passed == 0 => return other,
            _ => break,
        }
    }
    Found::Pass(passed)
}

/// Reads one construct at the head of `input`.
fn skim_one(state: &mut State, input: &[u8], at_end: bool) -> Found {
    match state.clone() {
        State::Comment => match comment_end(input) {
            Some(end) => {
                *state = State::Data;
                Found::Pass(end)
            }
            // Keep the last three bytes: the end may start in them.
            None if at_end => Found::Pass(input.len()),
            None => pass_but(input, 3),
        },
        State::RawText(name) => match raw_text_end(input, name) {
            RawEnd::At(start) if start > 0 => Found::Pass(start),
            RawEnd::At(_) => match tag_end(input, 2 + name.len()) {
                Some(end) => {
                    *state = State::Data;
                    Found::Pass(end)
                }
                None => undecided(input, at_end),
            },
            RawEnd::Cut(start) if start > 0 => Found::Pass(start),
            RawEnd::Cut(_) => undecided(input, at_end),
            RawEnd::None => Found::Pass(input.len()),
        },
        State::Data => data(state, input, at_end),
    }
}

/// Passes everything but the last `keep` bytes (or asks for more when that is nothing).
fn pass_but(input: &[u8], keep: usize) -> Found {
    match input.len().checked_sub(keep) {
        Some(n) if n > 0 => Found::Pass(n),
        _ => Found::More,
    }
}

/// A construct cut by the end of the input: wait for more, pass it as text at the very end
/// (the browser drops a tag cut by the end of the page), or read the rest fully when it is
/// longer than any tag should be.
fn undecided(input: &[u8], at_end: bool) -> Found {
    if at_end {
        Found::Pass(input.len())
    } else if input.len() > MAX_TAG {
        Found::Full
    } else {
        Found::More
    }
}

fn data(state: &mut State, input: &[u8], at_end: bool) -> Found {
    let Some(lt) = memchr::memchr(b'<', input) else {
        return Found::Pass(input.len());
    };
    if lt > 0 {
        return Found::Pass(lt);
    }
    let rest = &input[1..];
    let Some(&next) = rest.first() else {
        return undecided(input, at_end);
    };
    match next {
        b'!' => {
            if rest.len() < 3 && !at_end {
                return Found::More;
            }
            if rest.starts_with(b"!--") {
                // `<!-->` and `<!--->` are whole (empty) comments: look two bytes further.
                if input.len() < 6 && !at_end {
                    return Found::More;
                }
                let body = &input[4..];
                if body.starts_with(b">") {
                    return Found::Pass(5);
                }
                if body.starts_with(b"->") {
                    return Found::Pass(6);
                }
                *state = State::Comment;
                return Found::Pass(4);
            }
            bogus_comment(input, at_end)
        }
        b'?' => bogus_comment(input, at_end),
        b'/' => match rest.get(1) {
            None => undecided(input, at_end),
            Some(b) if b.is_ascii_alphabetic() => end_tag(input, at_end),
            // `</>` and `</` followed by anything else: a bogus comment up to `>`.
            Some(_) => bogus_comment(input, at_end),
        },
        b if b.is_ascii_alphabetic() => start_tag(state, input, at_end),
        // A `<` that starts no markup is text.
        _ => Found::Pass(1),
    }
}

/// An end tag: passed, or handed to the rewriter when it closes an element the rewriter saw
/// open (so the rewriter's stack of open elements stays as short as the page's).
fn end_tag(input: &[u8], at_end: bool) -> Found {
    let Some(name_end) = name_end(input, 2) else {
        return undecided(input, at_end);
    };
    let Some(end) = tag_end(input, name_end) else {
        return undecided(input, at_end);
    };
    if matches!(classify(&input[2..name_end]), Kind::Window(_)) {
        Found::Window {
            len: end,
            until_end: None,
        }
    } else {
        Found::Pass(end)
    }
}

/// What a tag name means to the skimmer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An element handed to the rewriter, until its end tag when named.
    Window(Option<&'static [u8]>),
    /// An element whose text is raw text until its end tag.
    RawText(&'static [u8]),
    /// An element handed to the rewriter only when it has a `background` attribute.
    Background,
    /// An element after which only the full rewriter reads the page right.
    Full,
    /// Anything else.
    Plain,
}

/// Classifies a tag name, ASCII case-insensitively, with one `match` on its lowercase form:
/// most tags of a page are `p`, `div`, `a` or `span`, and cost a few comparisons.
fn classify(name: &[u8]) -> Kind {
    let mut lower = [0u8; 9];
    let Some(slot) = lower.get_mut(..name.len()) else {
        return Kind::Plain;
    };
    slot.copy_from_slice(name);
    slot.make_ascii_lowercase();
    match &*slot {
        // Elements that load something, hold a snippet or a fallback, move URLs (`base`),
        // or take the banner (`head`, `body`).
        b"script" => Kind::Window(Some(b"script")),
        b"noscript" => Kind::Window(Some(b"noscript")),
        b"iframe" => Kind::Window(Some(b"iframe")),
        b"frame" | b"img" | b"image" | b"source" | b"link" | b"embed" | b"object" | b"video"
        | b"audio" | b"track" | b"input" | b"base" | b"head" | b"body" => Kind::Window(None),
        // Raw (or escapable raw) text outside foreign content.
        // The legacy background attribute loads an image.
        b"table" | b"td" | b"th" => Kind::Background,
        b"style" => Kind::RawText(b"style"),
        b"xmp" => Kind::RawText(b"xmp"),
        b"noembed" => Kind::RawText(b"noembed"),
        b"noframes" => Kind::RawText(b"noframes"),
        b"textarea" => Kind::RawText(b"textarea"),
        b"title" => Kind::RawText(b"title"),
        // Foreign content is tokenized by the tree; plaintext never ends.
        b"svg" | b"math" | b"plaintext" => Kind::Full,
        _ => Kind::Plain,
    }
}

/// Whether a tag has a `background` attribute, or anything spelled so (names are never
/// encoded, so the letters are there as they are, in any case).
fn has_background(tag: &[u8]) -> bool {
    tag.windows(10)
        .any(|w| w.eq_ignore_ascii_case(b"background"))
}

/// Where a tag name starting at `from` ends: at whitespace, `/` or `>`.
fn name_end(input: &[u8], from: usize) -> Option<usize> {
    input[from..]
        .iter()
        .position(|&b| is_space(b) || b == b'/' || b == b'>')
        .map(|p| p + from)
}

/// `<!…>`, `<?…>`, `</…>` that is no tag: up to the first `>`.
fn bogus_comment(input: &[u8], at_end: bool) -> Found {
    match memchr::memchr(b'>', input) {
        Some(gt) => Found::Pass(gt + 1),
        None => undecided(input, at_end),
    }
}

fn start_tag(state: &mut State, input: &[u8], at_end: bool) -> Found {
    let Some(name_end) = name_end(input, 1) else {
        return undecided(input, at_end);
    };
    let kind = classify(&input[1..name_end]);
    if kind == Kind::Full {
        return Found::Full;
    }
    let Some(end) = tag_end(input, name_end) else {
        return undecided(input, at_end);
    };
    match kind {
        Kind::Window(until_end) => {
            return Found::Window {
                len: end,
                until_end,
            };
        }
        Kind::Background if has_background(&input[..end]) => {
            return Found::Window {
                len: end,
                until_end: None,
            };
        }
        Kind::RawText(name) => *state = State::RawText(name),
        Kind::Background | Kind::Full | Kind::Plain => {}
    }
    Found::Pass(end)
}

/// Where the tag starting at `input[0]` ends (one past its `>`), reading its attributes from
/// `from` on as HTML's tokenizer does; `None` when the input ends first.
fn tag_end(input: &[u8], from: usize) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum S {
        TagName,
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
        AfterQuoted,
        SelfClosing,
    }
    let mut s = S::TagName;
    for (i, &b) in input.iter().enumerate().skip(from) {
        s = match (s, b) {
            (S::Quoted(q), b) if b == q => S::AfterQuoted,
            (S::Quoted(q), _) => S::Quoted(q),
            (S::Unquoted, b'>') | (S::BeforeValue, b'>') => return Some(i + 1),
            (S::Unquoted, b) if is_space(b) => S::BeforeName,
            (S::Unquoted, _) => S::Unquoted,
            (S::BeforeValue, b) if is_space(b) => S::BeforeValue,
            (S::BeforeValue, b'"') => S::Quoted(b'"'),
            (S::BeforeValue, b'\'') => S::Quoted(b'\''),
            (S::BeforeValue, _) => S::Unquoted,
            (_, b'>') => return Some(i + 1),
            (S::TagName, b) if is_space(b) => S::BeforeName,
            (S::TagName, b'/') => S::SelfClosing,
            (S::TagName, _) => S::TagName,
            (S::BeforeName | S::AfterQuoted | S::SelfClosing, b) if is_space(b) => S::BeforeName,
            (S::BeforeName | S::AfterQuoted | S::SelfClosing | S::Name | S::AfterName, b'/') => {
                S::SelfClosing
            }
            (S::Name | S::AfterName, b'=') => S::BeforeValue,
            (S::Name, b) if is_space(b) => S::AfterName,
            (S::AfterName, b) if is_space(b) => S::AfterName,
            // Anything else starts or continues an attribute name (`=` included, at its start).
            _ => S::Name,
        };
    }
    None
}

/// One past the end of the comment that `input` is inside: `-->` or `--!>`.
fn comment_end(input: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(gt) = memchr::memchr(b'>', &input[from..]).map(|p| p + from) {
        let before = &input[..gt];
        if before.ends_with(b"--") || before.ends_with(b"--!") {
            return Some(gt + 1);
        }
        from = gt + 1;
    }
    None
}

/// Where raw text ends: the start of `</name` followed by whitespace, `/` or `>`.
enum RawEnd {
    At(usize),
    /// A possible end cut by the end of the input, from here.
    Cut(usize),
    None,
}

fn raw_text_end(input: &[u8], name: &[u8]) -> RawEnd {
    let mut from = 0;
    while let Some(lt) = memchr::memchr(b'<', &input[from..]).map(|p| p + from) {
        let rest = &input[lt..];
        let wanted = 2 + name.len();
        if rest.len() <= wanted {
            let known = &rest[1..];
            let prefix = [b"/".as_slice(), name].concat();
            if prefix[..known.len().min(prefix.len())].eq_ignore_ascii_case(known) {
                return RawEnd::Cut(lt);
            }
        } else if rest[1] == b'/'
            && rest[2..wanted].eq_ignore_ascii_case(name)
            && (is_space(rest[wanted]) || rest[wanted] == b'/' || rest[wanted] == b'>')
        {
            return RawEnd::At(lt);
        }
        from = lt + 1;
    }
    RawEnd::None
}

/// A possible end of an element read until its end tag: the rewriter tells whether it is one
/// (a script's text may hold `</script>` that does not end it).
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Candidate {
    /// An end tag `</name…>` from `start` to one past its `>`.
    At { start: usize, end: usize },
    /// A possible end tag cut by the end of the input, from here.
    Cut(usize),
    /// No end tag in the input.
    None,
}

pub(super) fn end_candidate(input: &[u8], name: &[u8]) -> Candidate {
    match raw_text_end(input, name) {
        RawEnd::At(start) => match tag_end(&input[start..], 2 + name.len()) {
            Some(end) => Candidate::At {
                start,
                end: start + end,
            },
            None => Candidate::Cut(start),
        },
        RawEnd::Cut(start) => Candidate::Cut(start),
        RawEnd::None => Candidate::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8]) -> Vec<Found> {
        let mut state = State::Data;
        let mut at = 0;
        let mut found = Vec::new();
        while at < input.len() {
            let step = skim(&mut state, &input[at..], true);
            match step {
                Found::Pass(n) | Found::Window { len: n, .. } => at += n,
                Found::Full | Found::More => {
                    found.push(step);
                    break;
                }
            }
            found.push(step);
        }
        found
    }

    #[test]
    fn tags_end_where_the_tokenizer_ends_them() {
        assert_eq!(tag_end(b"<p a=\"x>y\" b>", 2), Some(13));
        assert_eq!(
            tag_end(b"<p ='x>", 2),
            Some(7),
            "a quote inside a name is no quote"
        );
        assert_eq!(tag_end(b"<p a='x", 2), None);
        assert_eq!(tag_end(b"<p a=x>", 2), Some(7));
        assert_eq!(tag_end(b"<p a= >", 2), Some(7));
        assert_eq!(tag_end(b"<p/>", 2), Some(4));
        assert_eq!(
            tag_end(b"<p a\"=\"b>", 2),
            None,
            "the second quote opens a value"
        );
    }

    #[test]
    fn comments_raw_text_and_windows_are_found() {
        let page =
            b"<p>a</p><!-- <img src=x> --><img src=y><style>a<img></style><script>x</script>";
        assert_eq!(
            all(page),
            [
                // Text, the paragraph and the comment in one step.
                Found::Pass(28),
                Found::Window {
                    len: 11,
                    until_end: None
                },
                // The style element and its raw text, tag included.
                Found::Pass(21),
                Found::Window {
                    len: 8,
                    until_end: Some(b"script")
                },
                Found::Pass(1),
                // The end tag of an element the rewriter saw open goes to it too.
                Found::Window {
                    len: 9,
                    until_end: None
                },
            ]
        );
        assert_eq!(comment_end(b"a --!> b"), Some(6));
        assert_eq!(all(b"<!--><img src=x>")[0], Found::Pass(5));
        assert_eq!(all(b"<svg><script>")[0], Found::Full);
    }
}
