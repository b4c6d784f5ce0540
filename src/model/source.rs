//! Source text of a loaded file and finding things in it.
//!
//! The loader keeps every file's text so that messages can point at a line and the app can show
//! the lines around a problem. This module turns byte offsets into 1-based line and column
//! numbers and finds the place where an item (by its id) or one of its fields is written. It
//! knows RON only as far as skipping strings and comments goes.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A file's path and its text (UTF-8, without a byte-order mark).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Where the file was read from.
    pub path: PathBuf,
    /// The file's text.
    pub text: String,
    /// Which bytes are code (not strings or comments), computed on first use.
    mask: OnceLock<Vec<bool>>,
    /// Where lines start and how many characters lie before points of the text, built once.
    index: OnceLock<LineIndex>,
}

impl SourceFile {
    /// A source from a path and its text.
    pub fn new(path: impl AsRef<Path>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.as_ref().to_path_buf(),
            text: text.into(),
            mask: OnceLock::new(),
            index: OnceLock::new(),
        }
    }

    /// For every byte: true where it is code, false inside strings, chars and comments.
    pub fn code(&self) -> &[bool] {
        self.mask.get_or_init(|| code_mask(&self.text))
    }

    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.text))
    }

    /// 1-based line and column (in characters) of a byte offset. Each call costs a binary
    /// search and a count over at most [`CHECKPOINT_BYTES`], however large the file.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.index().position(&self.text, offset)
    }

    /// The 1-based line `line` of the text, without its line ending.
    pub fn line(&self, line: usize) -> Option<&str> {
        let index = self.index();
        let start = *index.line_starts.get(line.checked_sub(1)?)?;
        let end = index
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        if start >= self.text.len() {
            return None;
        }
        let text = &self.text[start..end];
        Some(text.strip_suffix('\r').unwrap_or(text))
    }

    /// Lines `line - context ..= line + context` with their numbers, for showing a problem.
    pub fn excerpt(&self, line: usize, context: usize) -> Vec<(usize, &str)> {
        let first = line.saturating_sub(context).max(1);
        (first..=line.saturating_add(context))
            .map_while(|n| self.line(n).map(|l| (n, l)))
            .collect()
    }

    /// Byte offset where the item with `id` is declared: the `id` field whose value is the
    /// string `id`, searching after `from`. Falls back to any quoted occurrence of the id.
    pub fn find_id(&self, id: &str, from: usize) -> Option<usize> {
        let from = floor_boundary(&self.text, from);
        let quoted = format!("\"{id}\"");
        let mut search = from;
        while let Some(rel) = self.text.get(search..).and_then(|t| t.find(&quoted)) {
            let at = search + rel;
            if let Some(name_at) = self.id_field_before(at)
                && name_at >= from
            {
                return Some(name_at);
            }
            search = at + quoted.len();
        }
        self.text
            .get(from..)
            .and_then(|t| t.find(&quoted))
            .map(|rel| from + rel)
    }

    /// Like [`SourceFile::find_id`], and when the id is not found as text, the next `id` field
    /// after `from`: an id written with an escape such as `\u{61}` is not found as text, but
    /// the checker visits items in the file's order, so the next one is the item meant.
    pub fn find_id_or_next(&self, id: &str, from: usize) -> Option<usize> {
        self.find_id(id, from)
            .or_else(|| self.next_id_field(floor_boundary(&self.text, from)))
    }

    /// The offset of `id` in `id: "…"` when the string starting at `at` is the value of an `id`
    /// field (white space between them allowed).
    fn id_field_before(&self, at: usize) -> Option<usize> {
        let code = self.code();
        let before = trim_ron_space_end(self.text.get(..at)?);
        let name = trim_ron_space_end(before.strip_suffix(':')?);
        let name_at = name.strip_suffix("id").map(str::len)?;
        let separate = !name[..name_at].ends_with(is_ident_char);
        (separate && code.get(name_at).copied().unwrap_or(false)).then_some(name_at)
    }

    /// The next `id:` field (in code) at or after `from` whose value is a string.
    fn next_id_field(&self, from: usize) -> Option<usize> {
        let code = self.code();
        let mut search = from;
        while let Some(rel) = self.text.get(search..).and_then(|t| t.find("id")) {
            let at = search + rel;
            search = at + 2;
            if !code.get(at).copied().unwrap_or(false) || self.text[..at].ends_with(is_ident_char) {
                continue;
            }
            let after = trim_ron_space_start(&self.text[at + 2..]);
            if let Some(value) = after.strip_prefix(':')
                && trim_ron_space_start(value).starts_with('"')
            {
                return Some(at);
            }
        }
        None
    }

    /// Byte offset of the field `name:` that belongs to the item starting at `item` (the item's
    /// `id` field), searching only within the item's parentheses.
    pub fn find_field(&self, item: usize, name: &str) -> Option<usize> {
        let code = self.code();
        let (start, end) = enclosing_parens(&self.text, code, item)?;
        let bytes = self.text.as_bytes();
        let mut depth = 0i32;
        let mut i = start + 1;
        while i < end.min(bytes.len()) {
            // Only ASCII bytes can be brackets or start a field name; the bytes of a longer
            // character are skipped, so the text is only ever cut at character boundaries.
            if code[i] && bytes[i].is_ascii() {
                match bytes[i] {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth -= 1,
                    _ => {}
                }
                if depth == 0
                    && self.text[i..].starts_with(name)
                    && !self.text[..i].ends_with(is_ident_char)
                {
                    let after = trim_ron_space_start(&self.text[i + name.len()..]);
                    if after.starts_with(':') {
                        return Some(i);
                    }
                }
            }
            i += 1;
        }
        None
    }

    /// Position of an item's field, or of the item, or of nothing: the best place to point at.
    pub fn locate(&self, id: Option<&str>, field: Option<&str>) -> Option<(usize, usize)> {
        let item = id.and_then(|id| self.find_id(id, 0))?;
        let at = field.and_then(|f| self.find_field(item, f)).unwrap_or(item);
        Some(self.position(at))
    }
}

/// How far apart the character-count checkpoints of a [`LineIndex`] are, in bytes.
pub const CHECKPOINT_BYTES: usize = 1024;

/// Line starts and character counts of a text, so that turning an offset into a line and
/// column never counts from the start of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LineIndex {
    /// Byte offset where each line starts (the first is 0).
    line_starts: Vec<usize>,
    /// Characters before each line start.
    line_chars: Vec<usize>,
    /// (byte offset, characters before it), every [`CHECKPOINT_BYTES`] or so, at boundaries.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        let mut line_chars = vec![0];
        let mut checkpoints = vec![(0, 0)];
        let mut next_checkpoint = CHECKPOINT_BYTES;
        for (chars, (i, c)) in text.char_indices().enumerate() {
            if i >= next_checkpoint {
                checkpoints.push((i, chars));
                next_checkpoint = i + CHECKPOINT_BYTES;
            }
            if c == '\n' {
                line_starts.push(i + 1);
                line_chars.push(chars + 1);
            }
        }
        LineIndex {
            line_starts,
            line_chars,
            checkpoints,
        }
    }

    /// Characters before the byte offset `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (at, chars) = self.checkpoints[k.saturating_sub(1)];
        chars + text[at..offset].chars().count()
    }

    fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_boundary(text, offset);
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_index = line.saturating_sub(1);
        let column = self.chars_before(text, offset) - self.line_chars[line_index] + 1;
        (line, column)
    }
}

/// The largest character boundary of `text` at or before `offset` (clamped to the text).
pub fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Whether RON reads `c` as white space: Unicode's pattern white space, which includes the
/// next-line character, the line and paragraph separators and the two direction marks.
pub fn is_ron_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{b}'
            | '\u{c}'
            | '\r'
            | ' '
            | '\u{85}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn trim_ron_space_end(text: &str) -> &str {
    text.trim_end_matches(is_ron_space)
}

fn trim_ron_space_start(text: &str) -> &str {
    text.trim_start_matches(is_ron_space)
}

/// Whether `c` can be part of a field name or id (RON allows Unicode letters in names).
fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn position_in(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_boundary(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Byte offset of a 1-based line and column (in characters), clamped to the text.
pub fn offset_in(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let line_text = &text[start..];
    let line_end = line_text.find('\n').unwrap_or(line_text.len());
    let line_text = &line_text[..line_end];
    let within = line_text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    start + within
}

/// For every byte: true where it is code, false inside strings, chars and comments.
pub fn code_mask(text: &str) -> Vec<bool> {
    let bytes = text.as_bytes();
    let mut mask = vec![true; bytes.len()];
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(bytes.len());
            }
            b'r' if matches!(bytes.get(i + 1), Some(b'#' | b'"'))
                && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) =>
            {
                let mut hashes = 0;
                i += 1;
                while i < bytes.len() && bytes[i] == b'#' {
                    hashes += 1;
                    i += 1;
                }
                if i < bytes.len() && bytes[i] == b'"' {
                    let close = format!("\"{}", "#".repeat(hashes));
                    i += 1;
                    i = text[i..]
                        .find(&close)
                        .map_or(bytes.len(), |r| i + r + close.len());
                } else {
                    i = start + 1;
                    continue;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |r| i + r);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0usize;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            _ => {
                i += 1;
                continue;
            }
        }
        for m in &mut mask[start..i.min(bytes.len())] {
            *m = false;
        }
    }
    mask
}

/// The byte offsets of the `(` and `)` that enclose `offset`, skipping strings and comments.
fn enclosing_parens(text: &str, code: &[bool], offset: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    let mut open = None;
    for i in (0..offset.min(bytes.len())).rev() {
        if !code[i] {
            continue;
        }
        match bytes[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth > 0 => depth -= 1,
            b'(' => {
                open = Some(i);
                break;
            }
            b'[' | b'{' => return None,
            _ => {}
        }
    }
    let open = open?;
    let mut depth = 0i32;
    for (i, &b) in bytes.iter().enumerate().skip(open) {
        if !code[i] {
            continue;
        }
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((open, i));
                }
            }
            _ => {}
        }
    }
    Some((open, bytes.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "Deck(\n    id: \"d\",\n    cards: [\n        Card(\n            id: \"c1\", // \"c2\"\n            title: \"Åsa\",\n        ),\n        Card(id: \"c2\", color: \"x\", title: \"t\"),\n    ],\n)\n";

    #[test]
    fn positions_are_one_based_characters() {
        assert_eq!(position_in("ab\ncåd", 0), (1, 1));
        assert_eq!(position_in("ab\ncåd", 3), (2, 1));
        // "å" is two bytes but one column.
        assert_eq!(position_in("ab\ncåd", 6), (2, 3));
        assert_eq!(offset_in("ab\ncåd", 2, 3), 6);
    }

    #[test]
    fn finds_an_id_outside_comments() {
        let s = SourceFile::new("x", SRC);
        let at = s.find_id("c2", 0).expect("found");
        assert_eq!(s.position(at), (8, 14));
        let at = s.find_id("c1", 0).expect("found");
        assert_eq!(s.position(at), (5, 13));
    }

    #[test]
    fn finds_the_next_item_with_the_same_id() {
        let s = SourceFile::new("x", "[A(id: \"a\"), A(id: \"a\")]");
        let first = s.find_id("a", 0).expect("first");
        let second = s.find_id("a", first + 1).expect("second");
        assert_eq!((first, second), (3, 15));
    }

    #[test]
    fn finds_a_field_of_the_item() {
        let s = SourceFile::new("x", SRC);
        assert_eq!(s.locate(Some("c1"), Some("title")), Some((6, 13)));
        assert_eq!(s.locate(Some("c2"), Some("title")), Some((8, 36)));
        assert_eq!(s.locate(Some("c2"), Some("color")), Some((8, 24)));
        // A field the item does not have points at the item.
        assert_eq!(s.locate(Some("c1"), Some("color")), Some((5, 13)));
        assert_eq!(s.locate(Some("nope"), None), None);
    }

    #[test]
    fn excerpt_shows_context() {
        let s = SourceFile::new("x", "a\nb\nc\nd\n");
        assert_eq!(s.excerpt(2, 1), vec![(1, "a"), (2, "b"), (3, "c")]);
        assert_eq!(s.excerpt(1, 1), vec![(1, "a"), (2, "b")]);
    }

    #[test]
    fn mask_skips_strings_and_comments() {
        let m = code_mask("a \"(\" /* ( */ b // (\nc");
        let t = "a \"(\" /* ( */ b // (\nc";
        for (i, ch) in t.char_indices() {
            if ch == '(' {
                assert!(!m[i]);
            }
        }
        assert!(m[0] && m[t.len() - 1]);
    }

    /// RON reads these as white space; each is more than one byte in UTF-8.
    const RON_SPACES: [char; 5] = ['\u{85}', '\u{200e}', '\u{200f}', '\u{2028}', '\u{2029}'];

    #[test]
    fn fields_are_found_after_unicode_white_space_without_panicking() {
        for space in RON_SPACES {
            let text = SRC.replace("    ", &format!("  {space} "));
            let s = SourceFile::new("x", text.as_str());
            let (line, _) = s.locate(Some("c1"), Some("title")).expect("found");
            assert_eq!(line, 6, "{space:?}");
            assert_eq!(s.locate(Some("c2"), Some("color")).map(|p| p.0), Some(8));
            // Between the name, the colon and the value too.
            let text = format!("A(id{space}:{space}\"a\",{space}title{space}: \"t\")");
            let s = SourceFile::new("x", text.as_str());
            let item = s.find_id("a", 0).expect("id");
            assert_eq!(item, 2);
            assert!(s.find_field(item, "title").is_some(), "{space:?}");
        }
    }

    #[test]
    fn a_field_name_ending_in_a_unicode_letter_is_not_another_field() {
        // `ätitle` is not `title`, and `åid` is not `id`.
        let s = SourceFile::new("x", "A(åid: \"b\", id: \"a\", ätitle: \"x\", title: \"t\")");
        let item = s.find_id("a", 0).expect("id");
        assert_eq!(&s.text[item..item + 3], "id:");
        let at = s.find_field(item, "title").expect("title");
        assert_eq!(&s.text[at - 2..at], ", ");
    }

    #[test]
    fn every_offset_of_a_unicode_text_has_a_position() {
        let text = "a\u{200e}b\n\u{1F600}é\u{301}\n\u{2028}x\n";
        let s = SourceFile::new("x", text);
        for offset in 0..=text.len() + 3 {
            assert_eq!(s.position(offset), position_in(text, offset), "{offset}");
            let _ = s.find_field(offset, "x");
            let _ = s.find_id("x", offset);
        }
    }

    #[test]
    fn positions_from_the_index_match_counting_in_a_large_file() {
        let mut text = String::new();
        for i in 0..3000 {
            text.push_str(&format!("    Card(id: \"k{i}\", title: \"Åsa ö {i}\"),\n"));
            if i % 7 == 0 {
                text.push_str(&"ä".repeat(900));
                text.push('\n');
            }
        }
        let s = SourceFile::new("x", text.as_str());
        for offset in (0..text.len()).step_by(97) {
            assert_eq!(s.position(offset), position_in(&text, offset), "{offset}");
        }
        assert_eq!(s.position(text.len()), position_in(&text, text.len()));
    }

    #[test]
    fn lines_and_excerpts_come_from_the_index() {
        let s = SourceFile::new("x", "a\r\nb\n\nc");
        assert_eq!(s.line(1), Some("a"));
        assert_eq!(s.line(2), Some("b"));
        assert_eq!(s.line(3), Some(""));
        assert_eq!(s.line(4), Some("c"));
        assert_eq!(s.line(5), None);
        assert_eq!(s.line(0), None);
        assert_eq!(SourceFile::new("x", "").line(1), None);
    }

    #[test]
    fn an_id_written_with_an_escape_is_found_by_order() {
        // `"\u{63}2"` is "c2": not found as text, but it is the next `id` field.
        let s = SourceFile::new("x", "[C(id: \"c1\"), C(id: \"\\u{63}2\", title: \"t\")]");
        let first = s.find_id("c1", 0).expect("first");
        assert_eq!(s.find_id("c2", first + 1), None);
        let second = s.find_id_or_next("c2", first + 1).expect("second");
        assert_eq!(s.position(second), (1, 17));
    }
}
