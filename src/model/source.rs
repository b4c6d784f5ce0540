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
}

impl SourceFile {
    /// A source from a path and its text.
    pub fn new(path: impl AsRef<Path>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.as_ref().to_path_buf(),
            text: text.into(),
            mask: OnceLock::new(),
        }
    }

    /// For every byte: true where it is code, false inside strings, chars and comments.
    pub fn code(&self) -> &[bool] {
        self.mask.get_or_init(|| code_mask(&self.text))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        position_in(&self.text, offset)
    }

    /// The 1-based line `line` of the text, without its line ending.
    pub fn line(&self, line: usize) -> Option<&str> {
        self.text.lines().nth(line.checked_sub(1)?)
    }

    /// Lines `line - context ..= line + context` with their numbers, for showing a problem.
    pub fn excerpt(&self, line: usize, context: usize) -> Vec<(usize, &str)> {
        let first = line.saturating_sub(context).max(1);
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l))
            .skip(first - 1)
            .take(line + context + 1 - first)
            .collect()
    }

    /// Byte offset where the item with `id` is declared: the `id` field whose value is the
    /// string `id`, searching after `from`. Falls back to any quoted occurrence of the id.
    pub fn find_id(&self, id: &str, from: usize) -> Option<usize> {
        let quoted = format!("\"{id}\"");
        let code = self.code();
        let mut search = from;
        while let Some(rel) = self.text.get(search..).and_then(|t| t.find(&quoted)) {
            let at = search + rel;
            // `id:` right before the string, ignoring white space and comments.
            let before = self.text[..at].trim_end();
            if before.ends_with(':') {
                let name_end = before.len() - 1;
                let name = before[..name_end].trim_end();
                if name.ends_with("id")
                    && name.len() - 2 >= from
                    && !name[..name.len() - 2].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    && code.get(name.len() - 2).copied().unwrap_or(false)
                {
                    return Some(name.len() - 2);
                }
            }
            search = at + quoted.len();
        }
        self.text
            .get(from..)
            .and_then(|t| t.find(&quoted))
            .map(|rel| from + rel)
    }

    /// Byte offset of the field `name:` that belongs to the item starting at `item` (the item's
    /// `id` field), searching only within the item's parentheses.
    pub fn find_field(&self, item: usize, name: &str) -> Option<usize> {
        let code = self.code();
        let (start, end) = enclosing_parens(&self.text, code, item)?;
        let bytes = self.text.as_bytes();
        let mut depth = 0i32;
        let mut i = start + 1;
        while i < end {
            if code[i] {
                match bytes[i] {
                    b'(' | b'[' | b'{' => depth += 1,
                    b')' | b']' | b'}' => depth -= 1,
                    _ => {}
                }
                if depth == 0
                    && self.text[i..].starts_with(name)
                    && !bytes[i - 1].is_ascii_alphanumeric()
                    && bytes[i - 1] != b'_'
                {
                    let after = self.text[i + name.len()..].trim_start();
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

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn position_in(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
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
}
