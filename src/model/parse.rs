//! Reading deck and workshop files and parsing their RON into the contract types.
//!
//! This module owns the path from bytes to typed values: the size limit, the byte-order mark,
//! UTF-8, the kind of file by its name, RON's options (`implicit_some`), and turning RON's errors
//! into located messages a file's author can act on. One RON error stops the parser, so after
//! an unknown field, a duplicate field or a value of the wrong type it repairs a private copy of
//! the text (renaming a misspelt field, or blanking the faulty entry with spaces so every later
//! line and column stays where it was) and parses again: all such problems of a file are
//! reported in one run. Whether the values make sense is [`super::validate`]'s business.

use std::fs;
use std::io::Read;
use std::path::Path;

use ron::error::Error as RonError;
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostic::{Diagnostic, closest, did_you_mean, quoted_list};
use super::source::{SourceFile, code_mask, offset_in, position_in};
use crate::i18n::{Key, Message, io_message};

/// Files larger than this are refused before they are parsed.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// How many repairs the parser attempts in one file before it gives up.
const MAX_REPAIRS: usize = 100;

/// Each repair parses the whole text again: a large file gets fewer repairs, so that no file
/// costs more than parsing about this many bytes.
const REPAIR_BUDGET_BYTES: usize = 64 * 1024 * 1024;

/// The kind of a file, told by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// `NAME.deck.ron`
    Deck,
    /// `NAME.workshop.ron`
    Workshop,
}

impl FileKind {
    /// The kind of the file at `path`, or `None` for any other name.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".deck.ron") && name.len() > ".deck.ron".len() {
            Some(FileKind::Deck)
        } else if name.ends_with(".workshop.ron") && name.len() > ".workshop.ron".len() {
            Some(FileKind::Workshop)
        } else {
            None
        }
    }

    /// Whether `path` names a RON file (of any kind).
    pub fn is_ron(path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    }

    /// The type name a file of this kind holds.
    pub fn type_name(self) -> &'static str {
        match self {
            FileKind::Deck => "Deck",
            FileKind::Workshop => "Workshop",
        }
    }
}

/// The RON options every file of the contract is read with.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Reads a file from disk: refuses files over [`MAX_FILE_BYTES`] before reading them, strips a
/// byte-order mark and refuses text that is not UTF-8.
pub fn read_source(path: &Path) -> Result<SourceFile, Diagnostic> {
    let cannot = |e: std::io::Error| {
        Diagnostic::error(
            path,
            Message::new(Key::DiagCannotRead).part("reason", io_message(&e)),
        )
    };
    // Opening a pipe would wait for a writer forever, and a device may never end.
    if !fs::metadata(path).map_err(cannot)?.is_file() {
        return Err(Diagnostic::error(path, Key::DiagNotAFile));
    }
    let file = fs::File::open(path).map_err(cannot)?;
    let len = file.metadata().map_err(cannot)?.len();
    if len > MAX_FILE_BYTES {
        return Err(too_large(path, len));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    // Read one byte more than allowed, in case the file grew since its size was asked.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    source_from_bytes(path, bytes)
}

/// Turns a file's bytes into a source: size limit, byte-order mark, UTF-8.
pub fn source_from_bytes(path: &Path, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
    let len = bytes.len() as u64;
    if len > MAX_FILE_BYTES {
        return Err(too_large(path, len));
    }
    let mut bytes = bytes;
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            let position = position_in(&before, before.len());
            Err(Diagnostic::error(path, Key::DiagNotUtf8).at(Some(position)))
        }
    }
}

fn too_large(path: &Path, len: u64) -> Diagnostic {
    Diagnostic::error(
        path,
        Message::new(Key::DiagTooLarge)
            .with("mib", format!("{:.1}", len as f64 / (1024.0 * 1024.0))),
    )
}

/// What parsing a file gave: the value (possibly from a repaired text) and every problem found.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The parsed value. Present when the text parsed, possibly after repairs; any repair left
    /// an error in `diagnostics`.
    pub value: Option<T>,
    /// Every problem found while parsing.
    pub diagnostics: Vec<Diagnostic>,
}

/// How many times a text of `len` bytes may be repaired and parsed again.
fn repair_limit(len: usize) -> usize {
    MAX_REPAIRS.min(1 + REPAIR_BUDGET_BYTES / len.max(1))
}

/// Parses a source as a `T`, collecting every problem it can find in one pass.
pub fn parse<T: DeserializeOwned>(source: &SourceFile) -> Parsed<T> {
    let options = ron_options();
    let mut text = source.text.clone();
    let mut diagnostics = Vec::new();
    // The text before the last rename, for when the renamed field turns out to exist too.
    let mut before_rename: Option<(String, std::ops::Range<usize>)> = None;
    // Fields removed because their value was wrong: a later "missing field" is a consequence.
    let mut removed: Vec<String> = Vec::new();

    for _ in 0..repair_limit(source.text.len()) {
        let error = match options.from_str::<T>(&text) {
            Ok(value) => {
                return Parsed {
                    value: Some(value),
                    diagnostics,
                };
            }
            Err(error) => error,
        };
        let at = offset_in(&text, error.span.start.line, error.span.start.col);
        let position = Some((error.span.start.line, error.span.start.col));
        let report = |message: Message| Diagnostic::error(&source.path, message).at(position);
        let rename = before_rename.take();
        match &error.code {
            RonError::NoSuchStructField {
                expected, found, ..
            } => {
                let suggestion = closest(found, expected);
                diagnostics.push(report(describe(&error.code)));
                let Some(entry) = field_entry(&text, at) else {
                    break;
                };
                match suggestion {
                    Some(s) => {
                        before_rename = Some((text.clone(), entry));
                        text = replace_name(&text, at, found.len(), s);
                    }
                    None => blank(&mut text, entry),
                }
            }
            RonError::DuplicateStructField { .. } => {
                if let Some((original, entry)) = rename {
                    // The misspelt field's intended name is already there: drop the misspelt one.
                    text = original;
                    blank(&mut text, entry);
                    continue;
                }
                diagnostics.push(report(describe(&error.code)));
                let Some(entry) = field_entry(&text, at) else {
                    break;
                };
                blank(&mut text, entry);
            }
            RonError::MissingStructField { field, .. } => {
                if !removed.iter().any(|r| r == field) {
                    diagnostics.push(report(describe(&error.code)));
                }
                break;
            }
            // A value cut off by the end of the file is the file's end, not the value's fault.
            code if is_value_error(code) && text[at.min(text.len())..].trim().is_empty() => {
                diagnostics.push(report(describe(&RonError::Eof)));
                break;
            }
            code if is_value_error(code) => {
                let entry = enclosing_field(&text, at);
                let message = match &entry {
                    Some((name, _)) => Message::new(Key::DiagInField).with("field", name),
                    None => Message::new(Key::DiagValueProblem),
                };
                // The two messages that name what they found already need no "(found …)".
                let names_found = matches!(
                    code,
                    RonError::ExpectedDifferentStructName { .. }
                        | RonError::NoSuchEnumVariant { .. }
                );
                let message = message.part("problem", describe(code)).suffix(
                    "found",
                    value_excerpt(&text, at)
                        .filter(|_| !names_found)
                        .map(|found| Message::new(Key::DiagFound).verbatim("found", found)),
                );
                diagnostics.push(report(message));
                let Some((name, entry)) = entry else {
                    break;
                };
                blank(&mut text, entry);
                removed.push(name);
            }
            code => {
                diagnostics.push(report(describe(code)));
                break;
            }
        }
    }
    Parsed {
        value: None,
        diagnostics,
    }
}

/// ` in `Card`` after a field's name, when the item is known.
fn in_item(outer: Option<&str>) -> Option<Message> {
    outer.map(|outer| Message::new(Key::DiagInItem).with("name", outer))
}

/// Errors about one value (rather than the file's syntax), after which parsing can go on once
/// the field holding the value is removed.
fn is_value_error(code: &RonError) -> bool {
    matches!(
        code,
        RonError::ExpectedInteger
            | RonError::ExpectedFloat
            | RonError::ExpectedString
            | RonError::ExpectedBoolean
            | RonError::ExpectedArray
            | RonError::ExpectedChar
            | RonError::ExpectedUnit
            | RonError::ExpectedOption
            | RonError::ExpectedMap
            | RonError::ExpectedStructLike
            | RonError::ExpectedNamedStructLike(_)
            | RonError::ExpectedDifferentStructName { .. }
            | RonError::IntegerOutOfBounds
            | RonError::InvalidValueForType { .. }
            | RonError::NoSuchEnumVariant { .. }
            | RonError::ExpectedDifferentLength { .. }
    )
}

/// A message for a RON error, in the words of someone who edits the file. Every error RON can
/// give is said through the catalogue: none of RON's or serde's own (English) texts reaches the
/// user, also not for an error this code does not know yet (a later version of RON).
pub fn describe(code: &RonError) -> Message {
    let key = match code {
        RonError::ExpectedInteger => Key::DiagExpectedInteger,
        RonError::ExpectedFloat => Key::DiagExpectedNumber,
        RonError::IntegerOutOfBounds => Key::DiagOutOfRange,
        RonError::ExpectedString => Key::DiagExpectedText,
        RonError::ExpectedStringEnd => Key::DiagTextNotClosed,
        RonError::ExpectedBoolean => Key::DiagExpectedBoolean,
        RonError::ExpectedArray => Key::DiagExpectedList,
        RonError::ExpectedArrayEnd => Key::DiagExpectedListEnd,
        RonError::ExpectedStructLike => Key::DiagExpectedParenthesis,
        RonError::ExpectedNamedStructLike(name) if !name.is_empty() => {
            return Message::new(Key::DiagExpectedNamed).with("name", name);
        }
        RonError::ExpectedNamedStructLike(_) => Key::DiagExpectedParenthesis,
        RonError::ExpectedStructName(name) => {
            return Message::new(Key::DiagExpectedNamed).with("name", name);
        }
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => Key::DiagExpectedItemEnd,
        RonError::ExpectedDifferentStructName { expected, found } => {
            return Message::new(Key::DiagWrongName)
                .with("expected", expected)
                .with("found", found);
        }
        RonError::ExpectedComma => Key::DiagExpectedComma,
        RonError::ExpectedMapColon => Key::DiagExpectedColon,
        RonError::ExpectedMap | RonError::ExpectedMapEnd => Key::DiagExpectedBraces,
        RonError::ExpectedIdentifier => Key::DiagExpectedFieldName,
        RonError::InvalidIdentifier(name) | RonError::SuggestRawIdentifier(name) => {
            return Message::new(Key::DiagBadName).with("name", name);
        }
        RonError::Eof => Key::DiagEndsEarly,
        RonError::TrailingCharacters => Key::DiagTrailing,
        RonError::UnclosedBlockComment => Key::DiagUnclosedComment,
        RonError::InvalidEscape(_) => Key::DiagBadEscape,
        RonError::InvalidIntegerDigit { digit, base } => {
            return Message::new(Key::DiagBadDigit)
                .verbatim("digit", digit.to_string())
                .verbatim("base", base.to_string());
        }
        RonError::UnderscoreAtBeginning | RonError::FloatUnderscore => Key::DiagUnderscore,
        RonError::UnexpectedChar(c) => {
            return Message::new(Key::DiagUnexpectedChar)
                .verbatim("char", c.escape_debug().to_string());
        }
        RonError::NoSuchExtension(name) => {
            return Message::new(Key::DiagNoSuchExtension).with("name", name);
        }
        RonError::ExpectedAttribute | RonError::ExpectedAttributeEnd => Key::DiagBadAttribute,
        RonError::ExceededRecursionLimit => Key::DiagNestedTooDeep,
        RonError::Utf8Error(_) => Key::DiagNotUtf8,
        RonError::NoSuchEnumVariant {
            expected, found, ..
        } => {
            let shown: Vec<String> = expected
                .iter()
                .map(|v| {
                    if *v == "Table" {
                        "Table(columns: [...])".to_owned()
                    } else if *v == "Votes" {
                        "Votes(of: \"…\", dots: 3)".to_owned()
                    } else if *v == "Matrix" {
                        "Matrix(of: \"…\", x: \"…\", y: \"…\")".to_owned()
                    } else {
                        (*v).to_owned()
                    }
                })
                .collect();
            return Message::new(Key::DiagUnknownValue)
                .with("found", found)
                .with("expected", quoted_list(shown));
        }
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            return Message::new(Key::DiagUnknownField)
                .with("field", found)
                .suffix("outer", in_item(outer.as_deref()))
                .with("expected", quoted_list(*expected))
                .suffix("suggestion", did_you_mean(found, expected));
        }
        RonError::DuplicateStructField { field, outer } => {
            return Message::new(Key::DiagFieldTwice)
                .with("field", field)
                .suffix("outer", in_item(outer.as_deref()));
        }
        RonError::MissingStructField { field, outer } => {
            return Message::new(Key::DiagMissingField)
                .with("field", field)
                .part(
                    "item",
                    match outer {
                        Some(outer) => Message::new(Key::DiagItemNamed).with("name", outer),
                        None => Message::new(Key::DiagAnItem),
                    },
                );
        }
        // serde names what it expected in English ("a string", "u32"): the kinds a file of
        // ours holds are said in the catalogue's words, the rest as "the wrong kind of value".
        RonError::InvalidValueForType { expected, .. } => expected_kind(expected),
        RonError::ExpectedDifferentLength { found, .. } => {
            return Message::new(Key::DiagWrongLength).with("found", *found);
        }
        RonError::ExpectedChar | RonError::ExpectedUnit | RonError::ExpectedOption => {
            Key::DiagWrongKind
        }
        // Byte strings, raw values and ranges are not in our formats; `Message` is a text of
        // serde's or a library's own (English), `Io` and `Fmt` do not occur on a text in memory.
        _ => Key::DiagUnreadableValue,
    };
    Message::new(key)
}

/// The catalogue's words for a kind serde expected, by its English description.
fn expected_kind(expected: &str) -> Key {
    let e = expected.to_ascii_lowercase();
    let integer = e.contains("integer")
        || [
            "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128",
        ]
        .contains(&e.as_str());
    if integer {
        Key::DiagExpectedInteger
    } else if e.contains("float") || e == "f32" || e == "f64" {
        Key::DiagExpectedNumber
    } else if e.contains("string") {
        Key::DiagExpectedText
    } else if e.contains("bool") {
        Key::DiagExpectedBoolean
    } else if e.contains("sequence") {
        Key::DiagExpectedList
    } else {
        Key::DiagWrongKind
    }
}

/// The byte range of the field entry (`name: value,`) whose name starts at `name_at`.
fn field_entry(text: &str, name_at: usize) -> Option<std::ops::Range<usize>> {
    let code = code_mask(text);
    let bytes = text.as_bytes();
    let colon = (name_at..bytes.len()).find(|&i| code[i] && bytes[i] == b':')?;
    let end = value_end(text, &code, colon + 1);
    Some(name_at..end)
}

/// The end of the value that starts after `from`: after its trailing comma, or before the
/// bracket that closes the enclosing item.
fn value_end(text: &str, code: &[bool], from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        if !code[i] {
            continue;
        }
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            b',' if depth == 0 => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// The field whose value contains `at`: its name and the byte range of its entry.
fn enclosing_field(text: &str, at: usize) -> Option<(String, std::ops::Range<usize>)> {
    let code = code_mask(text);
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    let mut i = at.min(bytes.len());
    while i > 0 {
        i -= 1;
        if !code[i] {
            continue;
        }
        match bytes[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' if depth > 0 => depth -= 1,
            // Inside a list, or inside `Some(…)`: the field is further out.
            b'[' => {}
            b'(' if text[..i].trim_end().ends_with("Some") => {}
            b'(' | b'{' => return None,
            b',' if depth == 0 => return None,
            b':' if depth == 0 => {
                let before = text[..i].trim_end();
                let name_start = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
                    .last()
                    .map(|(j, _)| j)?;
                let name = before[name_start..].to_owned();
                if name.is_empty() {
                    return None;
                }
                let end = value_end(text, &code, i + 1);
                return Some((name, name_start..end));
            }
            _ => {}
        }
    }
    None
}

/// A short excerpt of the value at `at`, for "found …" in messages.
fn value_excerpt(text: &str, at: usize) -> Option<String> {
    let mut start = at.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    // RON points after a sign: `minutes: -5` was found as `-5`, not `5`.
    if text[..start].ends_with(['-', '+']) {
        start -= 1;
    }
    let rest = &text[start..];
    let value: String = rest
        .chars()
        .take_while(|c| !matches!(c, ',' | '\n' | ')' | ']'))
        .take(40)
        .collect();
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// Replaces every character in `range` with a space, keeping line breaks, so that positions
/// after it stay the same.
fn blank(text: &mut String, range: std::ops::Range<usize>) {
    let replaced: String = text[range.clone()]
        .chars()
        .map(|c| if c == '\n' || c == '\r' { c } else { ' ' })
        .collect();
    text.replace_range(range, &replaced);
}

/// Replaces the field name at `at` (of `len` bytes) with `name`, keeping later columns where
/// they were as far as the white space after it allows.
fn replace_name(text: &str, at: usize, len: usize, name: &str) -> String {
    let mut out = String::with_capacity(text.len() + name.len());
    out.push_str(&text[..at]);
    out.push_str(name);
    let mut rest = &text[at + len..];
    if name.len() < len {
        out.push_str(&" ".repeat(len - name.len()));
    } else {
        // Take back the extra width from white space between `:` and the value.
        let mut extra = name.len() - len;
        if let Some(after_colon) = rest.strip_prefix(':') {
            out.push(':');
            rest = after_colon;
            while extra > 0 && rest.len() > 1 && rest.starts_with(' ') && rest[1..].starts_with(' ')
            {
                rest = &rest[1..];
                extra -= 1;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::types::{Card, Deck};

    fn parse_deck(text: &str) -> Parsed<Deck> {
        parse(&SourceFile::new("t.deck.ron", text))
    }

    fn messages<T>(p: &Parsed<T>) -> Vec<String> {
        p.diagnostics.iter().map(ToString::to_string).collect()
    }

    const GOOD: &str = r##"Deck(
    id: "d",
    title: "D",
    language: "sv",
    categories: [Category(id: "a", name: "A", color: "#112233")],
    cards: [
        Card(id: "c1", category: "a", title: "T1", text: "x", minutes: 5),
        Card(id: "c2", category: "a", title: "T2", text: "y", minutes: Some(7)),
    ],
)"##;

    #[test]
    fn parses_implicit_some_and_explicit_some() {
        let p = parse_deck(GOOD);
        assert!(p.diagnostics.is_empty(), "{:?}", messages(&p));
        let deck = p.value.expect("parsed");
        assert_eq!(deck.cards[0].minutes, Some(5));
        assert_eq!(deck.cards[1].minutes, Some(7));
        assert_eq!(deck.cards[0].copies, 1);
    }

    #[test]
    fn reports_every_unknown_field_and_keeps_going() {
        let text = GOOD
            .replace("title: \"T1\"", "titel: \"T1\"")
            .replace("minutes: 5", "minuter: 5");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m[0].starts_with("t.deck.ron:7:39: error: unknown field `titel` in `Card`, expected one of `id`, `category`, `title`"), "{}", m[0]);
        assert!(m[0].ends_with("(did you mean `title`?)"), "{}", m[0]);
        assert!(m[1].contains("unknown field `minuter`"), "{}", m[1]);
        // The misspelt title was understood as the title.
        let deck = p.value.expect("repaired");
        assert_eq!(deck.cards[0].title, "T1");
    }

    #[test]
    fn misspelling_next_to_the_real_field_is_dropped() {
        let text = GOOD.replace("title: \"T1\"", "title: \"T1\", titel: \"X\"");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(p.value.expect("repaired").cards[0].title, "T1");
    }

    #[test]
    fn wrong_value_type_names_the_field() {
        let text = GOOD.replace("minutes: 5", "minutes: \"fem\"");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("field `minutes`: expected a whole number"),
            "{}",
            m[0]
        );
        assert!(m[0].starts_with("t.deck.ron:7:"), "{}", m[0]);
        assert!(p.value.is_some());
    }

    #[test]
    fn wrong_required_value_does_not_also_report_it_missing() {
        let text = GOOD.replace("text: \"x\"", "text: 5");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("field `text`"), "{}", m[0]);
    }

    #[test]
    fn missing_field_is_reported() {
        let text = GOOD.replace("text: \"x\", ", "");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].contains("`Card` is missing the required field `text`"),
            "{}",
            m[0]
        );
        assert!(p.value.is_none());
    }

    #[test]
    fn duplicate_field_is_reported() {
        let text = GOOD.replace("title: \"T1\"", "title: \"T1\", title: \"T3\"");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("field `title` is given twice"), "{}", m[0]);
    }

    #[test]
    fn syntax_error_is_located() {
        let text = GOOD.replace("id: \"c1\",", "id: \"c1\"");
        let p = parse_deck(&text);
        let m = messages(&p);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].starts_with("t.deck.ron:7:"), "{}", m[0]);
        assert!(m[0].contains("comma"), "{}", m[0]);
    }

    #[test]
    fn wrong_top_level_type() {
        let p: Parsed<Card> = parse(&SourceFile::new("x.ron", GOOD));
        let m = messages(&p);
        assert!(
            m[0].contains("expected `Card(…)` but found `Deck(…)`"),
            "{m:?}"
        );
    }

    #[test]
    fn bom_is_accepted_and_bad_utf8_is_located() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(GOOD.as_bytes());
        let s = source_from_bytes(Path::new("b.deck.ron"), bytes).expect("utf8");
        assert!(s.text.starts_with("Deck("));
        let bad = b"Deck(\n  id: \"\xff\"".to_vec();
        let e = source_from_bytes(Path::new("b.deck.ron"), bad).expect_err("not utf8");
        assert_eq!(e.line, Some(2));
        assert_eq!(e.column, Some(8));
        assert!(e.message.to_string().contains("UTF-8"));
    }

    #[test]
    fn large_files_are_refused() {
        let big = vec![b' '; (MAX_FILE_BYTES + 1) as usize];
        let e = source_from_bytes(Path::new("big.deck.ron"), big).expect_err("too large");
        assert!(e.message.to_string().contains("10 MiB"), "{}", e.message);
    }

    #[test]
    fn kind_by_name() {
        assert_eq!(
            FileKind::of(Path::new("a/b.deck.ron")),
            Some(FileKind::Deck)
        );
        assert_eq!(
            FileKind::of(Path::new("x.workshop.ron")),
            Some(FileKind::Workshop)
        );
        assert_eq!(FileKind::of(Path::new("x.ron")), None);
        assert_eq!(FileKind::of(Path::new(".deck.ron")), None);
        assert!(FileKind::is_ron(Path::new("x.RON")));
    }

    #[test]
    fn suggestions_are_close_names_only() {
        assert_eq!(closest("titel", &["id", "title", "text"]), Some("title"));
        assert_eq!(closest("kategori", &["category", "id"]), Some("category"));
        assert_eq!(closest("zzzzzz", &["id", "title"]), None);
    }

    #[test]
    fn a_negative_number_is_quoted_with_its_sign() {
        let p = parse_deck(&GOOD.replace("minutes: 5", "minutes: -5"));
        let m = messages(&p);
        assert!(m.iter().any(|m| m.contains("(found `-5`)")), "{m:?}");
    }

    #[test]
    fn a_large_file_is_repaired_fewer_times() {
        assert_eq!(repair_limit(10_000), MAX_REPAIRS);
        assert_eq!(repair_limit(0), MAX_REPAIRS);
        // A file at the size limit is parsed at most 7 times: about 70 MiB in all.
        assert_eq!(repair_limit(MAX_FILE_BYTES as usize), 7);
    }

    /// Every error RON 0.12 can give, with the data a real one carries.
    fn every_ron_error() -> Vec<RonError> {
        vec![
            RonError::Fmt,
            RonError::Io("No such file or directory".into()),
            RonError::Message("some library's own words".into()),
            RonError::Eof,
            RonError::ExpectedArray,
            RonError::ExpectedArrayEnd,
            RonError::ExpectedAttribute,
            RonError::ExpectedAttributeEnd,
            RonError::ExpectedBoolean,
            RonError::ExpectedComma,
            RonError::ExpectedChar,
            RonError::ExpectedByteLiteral,
            RonError::ExpectedFloat,
            RonError::FloatUnderscore,
            RonError::ExpectedInteger,
            RonError::ExpectedOption,
            RonError::ExpectedOptionEnd,
            RonError::ExpectedMap,
            RonError::ExpectedMapColon,
            RonError::ExpectedMapEnd,
            RonError::ExpectedDifferentStructName {
                expected: "Deck",
                found: "Workshop".into(),
            },
            RonError::ExpectedStructLike,
            RonError::ExpectedNamedStructLike("Card"),
            RonError::ExpectedNamedStructLike(""),
            RonError::ExpectedStructLikeEnd,
            RonError::ExpectedUnit,
            RonError::ExpectedString,
            RonError::ExpectedByteString,
            RonError::ExpectedStringEnd,
            RonError::ExpectedIdentifier,
            RonError::InvalidEscape("Unknown escape character"),
            RonError::InvalidEscape("Non-hex digit found"),
            RonError::IntegerOutOfBounds,
            RonError::InvalidIntegerDigit {
                digit: '2',
                base: 2,
            },
            RonError::NoSuchExtension("nosuch".into()),
            RonError::UnclosedBlockComment,
            RonError::UnclosedLineComment,
            RonError::UnderscoreAtBeginning,
            RonError::UnexpectedChar('@'),
            RonError::Utf8Error(String::from_utf8(vec![0xff]).unwrap_err().utf8_error()),
            RonError::TrailingCharacters,
            RonError::InvalidValueForType {
                expected: "a string".into(),
                found: "the unsigned integer `5`".into(),
            },
            RonError::InvalidValueForType {
                expected: "an unsigned 32-bit integer".into(),
                found: "a string".into(),
            },
            RonError::InvalidValueForType {
                expected: "struct Card".into(),
                found: "a sequence".into(),
            },
            RonError::ExpectedDifferentLength {
                expected: "an array of length 2".into(),
                found: 3,
            },
            RonError::NoSuchEnumVariant {
                expected: &["Text", "List"],
                found: "Txt".into(),
                outer: Some("Capture".into()),
            },
            RonError::NoSuchStructField {
                expected: &["id", "title"],
                found: "tittle".into(),
                outer: Some("Deck".into()),
            },
            RonError::MissingStructField {
                field: "title",
                outer: Some("Deck".into()),
            },
            RonError::DuplicateStructField {
                field: "title",
                outer: None,
            },
            RonError::InvalidIdentifier("i-d".into()),
            RonError::SuggestRawIdentifier("i-d".into()),
            RonError::ExpectedRawValue,
            RonError::ExceededRecursionLimit,
            RonError::ExpectedStructName("Card".into()),
            RonError::ExpectedRangeSyntax,
        ]
    }

    #[test]
    fn every_ron_error_is_said_in_the_catalogue_and_never_in_rons_own_words() {
        use crate::i18n::{Language, Localized};
        for error in every_ron_error() {
            let message = describe(&error);
            let swedish = message.message(Language::Swedish);
            let english = message.message(Language::English);
            // RON's `Display` (and the English of serde or a library that it carries) is not
            // what the user reads, in either language.
            let own = error.to_string().to_lowercase();
            for said in [&swedish, &english] {
                assert!(
                    !said.to_lowercase().contains(&own),
                    "{error:?}: `{said}` repeats RON's words `{own}`"
                );
            }
            for english_word in [
                "expected",
                "found",
                "invalid",
                "unexpected",
                "error",
                "digit",
            ] {
                assert!(
                    !swedish.to_lowercase().contains(english_word),
                    "{error:?}: the Swedish `{swedish}` says `{english_word}`"
                );
            }
            assert_ne!(
                swedish, english,
                "{error:?} is said the same in both languages"
            );
            assert!(!swedish.trim().is_empty() && !english.trim().is_empty());
        }
    }

    #[test]
    fn mistakes_rons_own_messages_used_to_word_are_said_in_swedish_with_their_place() {
        let say = |text: &str| -> Vec<String> {
            parse_deck(text)
                .diagnostics
                .iter()
                .map(|d| crate::i18n::Localized::message(d, crate::i18n::Language::Swedish))
                .collect()
        };
        let cases = [
            (
                GOOD.replace("title: \"D\"", "title: \"D\\q\""),
                "3:13",
                "ogiltig kod efter `\\`",
            ),
            (
                GOOD.replace("title: \"D\"", "title: \"\\u{zz}\""),
                "3:",
                "ogiltig kod efter `\\`",
            ),
            (
                format!("#![enable(nosuch)]\n{GOOD}"),
                "1:",
                "inget RON-tillägg som heter `nosuch`",
            ),
            (
                format!("#![x]\n{GOOD}"),
                "1:",
                "`#![enable(implicit_some)]`",
            ),
            (
                GOOD.replace("minutes: 5", "minutes: 0b102"),
                "7:",
                "siffran `2` finns inte i ett tal i bas 2",
            ),
            (
                GOOD.replace("minutes: 5", "minutes: 0x_5"),
                "7:",
                "får inte börja med `_`",
            ),
        ];
        for (text, place, words) in cases {
            let said = say(&text);
            let first = said
                .first()
                .unwrap_or_else(|| panic!("no error for {text}"));
            assert!(
                first.contains(&format!("t.deck.ron:{place}")) && first.contains(": fel: "),
                "{first}"
            );
            assert!(first.contains(words), "`{first}` should say `{words}`");
        }
        // A name that is not the item's: said once, without a second "(hittade …)".
        let said = say(&GOOD.replacen("Deck(", "Workshop(", 1));
        assert!(
            said[0].ends_with("förväntade `Deck(…)` men hittade `Workshop(…)`"),
            "{}",
            said[0]
        );
    }
}
