//! No words for the user outside the catalogue.
//!
//! The test reads every file under `src/` with a small token scanner (comments, `#[cfg(test)]`
//! items and the files of `#[cfg(test)] mod x;` are left out, string literals of every kind are
//! read whole) and fails, naming `file:line` and the literal, on a string literal that a user
//! would read:
//!
//! - **prose**: two or more words (runs of two or more letters, `{placeholders}` left out)
//!   separated by white space, anywhere;
//! - **Swedish letters** (å, ä, ö, é) anywhere;
//! - **any word at all** where the text goes straight to the user: an argument of a widget or
//!   a painter (`label`, `button`, `heading`, `RichText::new`, `on_hover_text`, `colored_label`,
//!   …, also through `format!`), of the command line's and the program's output (`println!`,
//!   `eprintln!`, `writeln!`, …) and of an error (`Err(…)`, `anyhow!`, `ok_or(…)`);
//! - an error type (`thiserror::Error`) that does not say itself through the catalogue
//!   (`impl Localized for …`): its `#[error("…")]` text is then the only text it has.
//!
//! Left alone: attributes, `include_*!`/`env!`/`concat!`, assertions, `Debug` impls, and the
//! English `Display` of a type that implements `Localized` (for logs; the user gets
//! `Localized::message`). Units, key names and program names (`mm`, `min`, `Ctrl`,
//! `innovationslek`) are not words to translate ([`SAME_IN_BOTH`]).
//! What else is allowed is the short list [`ALLOWED`], each entry with its reason.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::support::root;

/// Literals allowed although they look like words for the user: (file under `src/`, literal or
/// `*` for the whole file, reason).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "session/file.rs",
        "input is out of range|no possible date and time matching input|input contains invalid characters|premature end of input|trailing input|input is not enough for unique date and time|bad or unsupported format string",
        "chrono's own error texts, matched to choose a catalogue message (never shown)",
    ),
    (
        "model/sample.rs",
        "*",
        "a generated deck for benchmarks and tests: content, never shown by the app or the CLI",
    ),
    (
        "icons/names.rs",
        "*",
        "icon names (Phosphor ids) that deck files use: ids, not text",
    ),
    (
        "i18n/mod.rs",
        "*",
        "the catalogue's own code: language names in their own language, month names",
    ),
    (
        "pdf/text.rs",
        "*",
        "hyphenation: abbreviations and units that must not be split (matched, not shown)",
    ),
    (
        "content.rs",
        "LÄS MIG - READ ME.txt|\\\nInnovationslek – din egen mapp|// Min kortlek: en kopia|Min kortlek|\
         FILFORMAT - FILE FORMAT.md|My deck|// My deck: a copy",
        "the bilingual read-me and file-format guide written into the user's own folder, their \
         names, and the example deck made there from the bundled deck of the interface's \
         language, Swedish or English (files, not the interface)",
    ),
    (
        "export/docx.rs",
        "<w:rPrDefault><w:rPr><w:lang w:val=\\\"{tag}\\\" />",
        "the XML that sets the Word file's language (markup, not text)",
    ),
    (
        "session/plan.rs",
        "uppföljning|follow up",
        "spellings of a field id that mark a follow-up date (matched, not shown)",
    ),
    (
        "report.rs",
        "root problem|valda idé|vald idé|chosen idea|uppföljning|follow up",
        "spellings of field ids and labels that the summary recognises (matched, not shown)",
    ),
    (
        "pdf/guide.rs",
        "den här filen|i filen|this file|in the file|värdet minutes|minutes value|fältet minutes|the minutes field",
        "phrases that mark a sentence for the file's author, left out of the printed guide \
         (matched, not shown)",
    ),
    (
        "pdf/document/flow.rs",
        "Skriv problemet på en lapp",
        "a sample sentence whose width sets the measure of running text (measured, not shown)",
    ),
    (
        "model/parse.rs",
        "Votes(of: \\\"…\\\", dots: 3)",
        "RON syntax shown as the shape to write (code, the same in both languages)",
    ),
    (
        "ui/workshop/shortcuts.rs",
        "N / Page Down|P / Page Up",
        "key names in the shortcut list, as printed on the keys",
    ),
    (
        "cli/help.rs",
        "{about-with-newline}|{usage}|{subcommands}|{positionals}|{options}",
        "clap's help-template tags around the catalogue's headings (syntax, not shown)",
    ),
    (
        "cli/mod.rs",
        "session start",
        "the command's syntax, the same in both languages",
    ),
    (
        "session/capture.rs",
        "CaptureError",
        "an error said only inside SessionError::Capture, which names the field it is about",
    ),
    (
        "app/mod.rs",
        "innovationslek: first frame",
        "a developer's timing line, only with INNOVATIONSLEK_TIMING set",
    ),
];

/// Words that are the same in both languages: units, key names, program names.
const SAME_IN_BOTH: &[&str] = &[
    "mm",
    "min",
    "KiB",
    "MiB",
    "pt",
    "px",
    "ms",
    "Ctrl",
    "Shift",
    "Esc",
    "Space",
    "PDF",
    "innovationslek",
    "Innovationslek",
    "printpdf",
];

/// Calls and macros whose text argument goes straight to the user: methods (`.label(`) of
/// egui's widgets, responses and painters, paths (`RichText::new(`), macros (`println!(`).
const SINKS: &[&str] = &[
    ".label",
    ".button",
    ".small_button",
    ".heading",
    ".monospace",
    ".small",
    ".strong",
    ".weak",
    ".code",
    ".hyperlink_to",
    ".selectable_label",
    ".selectable_value",
    ".radio",
    ".radio_value",
    ".checkbox",
    ".toggle_value",
    ".colored_label",
    ".on_hover_text",
    ".on_disabled_hover_text",
    ".on_hover_text_at_pointer",
    ".hint_text",
    ".show_tooltip_text",
    ".text",
    "RichText::new",
    "Button::new",
    "Label::new",
    "Window::new",
    "CollapsingHeader::new",
    "ComboBox::from_label",
    "WidgetInfo::labeled",
    "Item::text",
    // The projected charts' names for screen readers (`ui::choosing`).
    "mark",
    // Output and errors.
    "println!",
    "eprintln!",
    "print!",
    "eprint!",
    "writeln!",
    "write!",
    "panic!",
    "anyhow!",
    "bail!",
    "Err",
    ".ok_or",
    ".ok_or_else",
];

/// Calls and macros whose literals are never read by a user.
const SILENT: &[&str] = &[
    "include_str!",
    "include_bytes!",
    "include!",
    "env!",
    "option_env!",
    "concat!",
    "assert!",
    "assert_eq!",
    "assert_ne!",
    "debug_assert!",
    "debug_assert_eq!",
    "debug_assert_ne!",
    "debug_struct",
    "field",
    "var",
    "var_os",
];

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Ident,
    Str,
    Punct,
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    text: String,
    line: usize,
}

/// The tokens of Rust source: identifiers, string literals (their contents), punctuation.
/// Comments are dropped; char literals and numbers are `Other`.
fn tokens(source: &str) -> Vec<Token> {
    let s: Vec<char> = source.chars().collect();
    let n = s.len();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let ident_char = |c: char| c.is_alphanumeric() || c == '_';
    while i < n {
        let c = s[i];
        let starts_word = i == 0 || !ident_char(s[i - 1]);
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && s.get(i + 1) == Some(&'/') {
            while i < n && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && s.get(i + 1) == Some(&'*') {
            let mut depth = 0;
            while i < n {
                if s[i] == '/' && s.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && s.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if s[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if let Some((open, hashes)) = raw_string_start(&s, i).filter(|_| starts_word) {
            // r"…", r#"…"#, br"…", cr"…": no escapes, ends at `"` and the same number of `#`.
            let start_line = line;
            let mut j = i + open;
            let mut text = String::new();
            while j < n {
                if s[j] == '"' && (0..hashes).all(|k| s.get(j + 1 + k) == Some(&'#')) {
                    break;
                }
                if s[j] == '\n' {
                    line += 1;
                }
                text.push(s[j]);
                j += 1;
            }
            out.push(Token {
                kind: Kind::Str,
                text,
                line: start_line,
            });
            i = j + 1 + hashes;
        } else if c == '"' || (starts_word && (c == 'b' || c == 'c') && s.get(i + 1) == Some(&'"'))
        {
            let start_line = line;
            let mut j = if c == '"' { i + 1 } else { i + 2 };
            let mut text = String::new();
            while j < n && s[j] != '"' {
                if s[j] == '\\' && j + 1 < n {
                    text.push(s[j]);
                    text.push(s[j + 1]);
                    if s[j + 1] == '\n' {
                        line += 1;
                    }
                    j += 2;
                    continue;
                }
                if s[j] == '\n' {
                    line += 1;
                }
                text.push(s[j]);
                j += 1;
            }
            out.push(Token {
                kind: Kind::Str,
                text,
                line: start_line,
            });
            i = j + 1;
        } else if c == '\'' {
            // A char literal ('a', '\n', '\u{2212}') or a lifetime ('a).
            let close = if s.get(i + 1) == Some(&'\\') {
                (i + 2..n.min(i + 12)).find(|&k| s[k] == '\'')
            } else if s.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match close {
                Some(end) => {
                    out.push(Token {
                        kind: Kind::Other,
                        text: s[i..=end].iter().collect(),
                        line,
                    });
                    i = end + 1;
                }
                None => {
                    i += 1;
                    while i < n && ident_char(s[i]) {
                        i += 1;
                    }
                }
            }
        } else if ident_char(c) {
            let start = i;
            while i < n && ident_char(s[i]) {
                i += 1;
            }
            let text: String = s[start..i].iter().collect();
            let kind = if c.is_ascii_digit() {
                Kind::Other
            } else {
                Kind::Ident
            };
            out.push(Token { kind, text, line });
        } else {
            out.push(Token {
                kind: Kind::Punct,
                text: c.to_string(),
                line,
            });
            i += 1;
        }
    }
    out
}

/// `Some((length of the opening, number of #))` when a raw string starts at `i`.
fn raw_string_start(s: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if matches!(s.get(j), Some('b' | 'c')) {
        j += 1;
    }
    if s.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while s.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (s.get(j) == Some(&'"')).then_some((j + 1 - i, hashes))
}

fn is(token: Option<&Token>, text: &str) -> bool {
    token.is_some_and(|t| t.kind != Kind::Str && t.text == text)
}

/// The index after the item that starts at `i`: up to a `;` outside brackets or the end of its
/// first `{…}` block.
fn item_end(tokens: &[Token], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind == Kind::Punct {
            match t.text.as_str() {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                "}" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return i + 1;
                    }
                }
                ";" if depth == 0 => return i + 1,
                _ => {}
            }
        }
        i += 1;
    }
    i
}

/// The index after the attribute `#[…]` or `#![…]` that starts at `i`.
fn attribute_end(tokens: &[Token], i: usize) -> usize {
    let mut j = i + 1;
    if is(tokens.get(j), "!") {
        j += 1;
    }
    let mut depth = 0usize;
    while j < tokens.len() {
        match tokens[j].text.as_str() {
            "[" if tokens[j].kind == Kind::Punct => depth += 1,
            "]" if tokens[j].kind == Kind::Punct => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

/// Whether the attribute at `i` is `#[cfg(test)]`.
fn is_cfg_test(tokens: &[Token], i: usize) -> bool {
    ["#", "[", "cfg", "(", "test", ")", "]"]
        .iter()
        .enumerate()
        .all(|(k, text)| is(tokens.get(i + k), text))
}

/// The tokens without `#[cfg(test)]` items, and the names of `#[cfg(test)] mod x;` files.
fn without_tests(tokens: Vec<Token>) -> (Vec<Token>, Vec<String>) {
    let mut out = Vec::with_capacity(tokens.len());
    let mut test_files = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if is_cfg_test(&tokens, i) {
            let mut j = attribute_end(&tokens, i);
            while is(tokens.get(j), "#") {
                j = attribute_end(&tokens, j);
            }
            let end = item_end(&tokens, j);
            if is(tokens.get(j), "mod") && is(tokens.get(end - 1), ";") {
                test_files.push(tokens[j + 1].text.clone());
            }
            i = end;
        } else {
            out.push(tokens[i].clone());
            i += 1;
        }
    }
    (out, test_files)
}

/// The words of a literal: runs of two or more letters, with `{placeholders}` and escapes left
/// out, grouped by the white-space-separated chunk they stand in.
fn words(literal: &str) -> Vec<Vec<String>> {
    let mut plain = String::new();
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('u') => {
                    for c in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                    }
                }
                Some('n' | 't' | 'r') => plain.push(' '),
                _ => {}
            },
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                plain.push('{');
            }
            '{' => {
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                }
                plain.push('\u{1}');
            }
            _ => plain.push(c),
        }
    }
    plain
        .split_whitespace()
        .map(|chunk| {
            chunk
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|chunk| !chunk.is_empty())
        .collect()
}

/// A literal the user would read, found outside the catalogue.
#[derive(Debug, Clone, PartialEq)]
struct Finding {
    file: String,
    line: usize,
    literal: String,
    why: &'static str,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: String = self.literal.chars().take(100).collect();
        write!(
            f,
            "src/{}:{}: {:?} ({})",
            self.file, self.line, shown, self.why
        )
    }
}

/// The context a literal stands in: the names of the calls, macros and blocks around it,
/// innermost last (`label`, `format!`, `RichText::new`, `#` for an attribute, "" for a bare
/// bracket).
fn opener_name(tokens: &[Token], at: usize) -> String {
    let before = |k: usize| at.checked_sub(k).and_then(|i| tokens.get(i));
    if tokens[at].text == "[" && (is(before(1), "#") || (is(before(1), "!") && is(before(2), "#")))
    {
        return "#".to_owned();
    }
    if let Some(prev) = before(1) {
        if prev.kind == Kind::Ident {
            if is(before(2), ":")
                && is(before(3), ":")
                && let Some(path) = before(4).filter(|t| t.kind == Kind::Ident)
            {
                return format!("{}::{}", path.text, prev.text);
            }
            if is(before(2), ".") {
                return format!(".{}", prev.text);
            }
            return prev.text.clone();
        }
        if is(Some(prev), "!")
            && let Some(name) = before(2).filter(|t| t.kind == Kind::Ident)
        {
            return format!("{}!", name.text);
        }
    }
    String::new()
}

/// The types that say themselves through the catalogue (`impl Localized for T`), in all files.
fn localized_types(all: &[(String, Vec<Token>)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, tokens) in all {
        for (i, t) in tokens.iter().enumerate() {
            if t.text == "Localized"
                && is(tokens.get(i + 1), "for")
                && let Some(name) = tokens.get(i + 2)
            {
                out.insert(name.text.clone());
            }
        }
    }
    out
}

/// For each token, the name of the type whose `impl Display`/`impl Debug` block holds it.
fn impl_blocks(tokens: &[Token]) -> Vec<Option<(String, String)>> {
    let mut out = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if is(tokens.get(i), "impl") {
            // impl [path::]Trait for Type {
            let mut j = i + 1;
            let mut trait_name = String::new();
            while j < tokens.len() && !is(tokens.get(j), "for") && !is(tokens.get(j), "{") {
                if tokens[j].kind == Kind::Ident {
                    trait_name = tokens[j].text.clone();
                }
                j += 1;
            }
            if is(tokens.get(j), "for")
                && (trait_name == "Display" || trait_name == "Debug")
                && let Some(ty) = tokens.get(j + 1)
            {
                let end = item_end(tokens, j);
                for slot in &mut out[i..end] {
                    *slot = Some((trait_name.clone(), ty.text.clone()));
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The error types (`#[derive(… Error …)]`) declared in the tokens, with the line.
fn error_types(tokens: &[Token]) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if is(tokens.get(i), "#") && is(tokens.get(i + 1), "[") && is(tokens.get(i + 2), "derive") {
            let end = attribute_end(tokens, i);
            let derives_error = tokens[i..end].iter().any(|t| t.text == "Error");
            if derives_error {
                let mut j = end;
                while is(tokens.get(j), "#") {
                    j = attribute_end(tokens, j);
                }
                while j < tokens.len() && !is(tokens.get(j), "enum") && !is(tokens.get(j), "struct")
                {
                    j += 1;
                }
                if let Some(name) = tokens.get(j + 1) {
                    out.push((name.text.clone(), name.line));
                }
            }
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

fn allowed(file: &str, literal: &str) -> bool {
    ALLOWED.iter().any(|(f, what, _)| {
        *f == file
            && (*what == "*"
                || what
                    .split('|')
                    .any(|w| literal == w || (w.len() >= 12 && literal.starts_with(w))))
    })
}

/// The literals of one file the user would read outside the catalogue.
fn scan(file: &str, tokens: &[Token], localized: &BTreeSet<String>) -> Vec<Finding> {
    let mut found = Vec::new();
    let impls = impl_blocks(tokens);
    let mut stack: Vec<String> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.kind == Kind::Punct {
            match t.text.as_str() {
                "(" | "[" | "{" => stack.push(opener_name(tokens, i)),
                ")" | "]" | "}" => {
                    stack.pop();
                }
                _ => {}
            }
        }
        if t.kind != Kind::Str {
            i += 1;
            continue;
        }
        i += 1;
        let named: Vec<&str> = stack
            .iter()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect();
        if named.iter().any(|n| *n == "#" || SILENT.contains(n)) {
            continue;
        }
        match &impls[i - 1] {
            Some((kind, _)) if kind == "Debug" => continue,
            Some((_, ty)) if localized.contains(ty) => continue,
            _ => {}
        }
        if allowed(file, &t.text) {
            continue;
        }
        let chunks = words(&t.text);
        let all: Vec<&String> = chunks.iter().flatten().collect();
        let is_word = |w: &&String| !SAME_IN_BOTH.contains(&w.as_str());
        let why = if chunks.len() >= 2 && all.iter().any(is_word) {
            Some("prose")
        } else if t.text.chars().any(|c| "åäöÅÄÖéÉ".contains(c)) {
            Some("Swedish letters")
        } else if all.iter().any(is_word) {
            // The innermost call that is not a mere pass-through of text.
            let target = named.iter().rev().find(|n| {
                ![
                    "format!",
                    ".to_owned",
                    ".to_string",
                    ".into",
                    "String::from",
                ]
                .contains(*n)
            });
            target
                .filter(|n| SINKS.contains(*n))
                .map(|_| "a word shown to the user")
        } else {
            None
        };
        if let Some(why) = why {
            found.push(Finding {
                file: file.to_owned(),
                line: t.line,
                literal: t.text.clone(),
                why,
            });
        }
    }
    for (name, line) in error_types(tokens) {
        if !localized.contains(&name) && !allowed(file, &name) {
            found.push(Finding {
                file: file.to_owned(),
                line,
                literal: name,
                why: "an error type whose only text is its English #[error]: impl Localized",
            });
        }
    }
    found
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every file under `src/` but the test modules, as (path under `src/`, tokens).
fn sources() -> Vec<(String, Vec<Token>)> {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut test_files = BTreeSet::new();
    let mut all = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let (tokens, tests) = without_tests(tokens(&text));
        // `#[cfg(test)] mod tests;` in `a/b.rs` is `a/b/tests.rs`; in `a/mod.rs`, `a/tests.rs`.
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let dir = if ["mod", "lib", "main"].contains(&stem.as_str()) {
            path.parent().unwrap().to_path_buf()
        } else {
            path.with_extension("")
        };
        for name in tests {
            test_files.insert(dir.join(format!("{name}.rs")));
            test_files.insert(dir.join(&name).join("mod.rs"));
        }
        let relative = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        all.push((path.clone(), relative, tokens));
    }
    all.into_iter()
        .filter(|(path, _, _)| !test_files.contains(path))
        .map(|(_, relative, tokens)| (relative, tokens))
        .collect()
}

fn scan_text(file: &str, text: &str) -> Vec<Finding> {
    let (tokens, _) = without_tests(tokens(text));
    let localized = localized_types(&[(file.to_owned(), tokens.clone())]);
    scan(file, &tokens, &localized)
}

#[test]
fn no_user_facing_literal_is_outside_the_catalogue() {
    let all = sources();
    assert!(all.len() > 50, "{} files", all.len());
    let localized = localized_types(&all);
    let found: Vec<String> = all
        .iter()
        .flat_map(|(file, tokens)| scan(file, tokens, &localized))
        .map(|f| f.to_string())
        .collect();
    assert!(
        found.is_empty(),
        "{} literals a user would read are not in the catalogue (add a Key and a message to \
         both i18n/sv/innovationslek.ftl and i18n/en/innovationslek.ftl):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scanner_catches_a_planted_literal() {
    let planted = r##"
use crate::i18n::Key;

fn view(ui: &mut egui::Ui, language: Language) {
    // ui.label("in a comment") is not code
    /* nor "Hej i ett block" */
    ui.label(language.tr(Key::Library));
    ui.label("Hej världen");
    ui.add(egui::Button::new(format!("{} Spara", icon)));
    ui.label(r#"Raw text here"#);
    let id = egui::Id::new("library-list");
    let path = format!("{stem}.pdf");
    eprintln!("cannot {what}");
    let ok = '"';
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_in_tests_are_fine() {
        ui.label("Test words here");
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BareError {
    #[error("something went wrong")]
    Wrong,
}
"##;
    let found = scan_text("ui/planted.rs", planted);
    let shown: Vec<(usize, &str, &str)> = found
        .iter()
        .map(|f| (f.line, f.literal.as_str(), f.why))
        .collect();
    assert_eq!(
        shown,
        [
            (8, "Hej världen", "prose"),
            (9, "{} Spara", "a word shown to the user"),
            (10, "Raw text here", "prose"),
            (13, "cannot {what}", "a word shown to the user"),
            (
                26,
                "BareError",
                "an error type whose only text is its English #[error]: impl Localized"
            ),
        ],
        "{found:#?}"
    );
    // The message names the file, the line and the literal.
    assert_eq!(
        found[0].to_string(),
        "src/ui/planted.rs:8: \"Hej världen\" (prose)"
    );
    // Localized error types, units and ids pass.
    let fine = r#"
#[derive(Debug, thiserror::Error)]
pub enum GoodError {
    #[error("something went wrong")]
    Wrong,
}
impl Localized for GoodError {
    fn message(&self, language: Language) -> String { language.tr(Key::Wrong).into() }
}
impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Note({})", self.0)
    }
}
impl Localized for Note { fn message(&self, l: Language) -> String { String::new() } }
fn units(ui: &mut egui::Ui) {
    ui.add(egui::DragValue::new(&mut x).suffix(" mm"));
    ui.label(format!("{start}–{end} min"));
    assert!(ok, "words in an assertion are for developers");
}
"#;
    assert_eq!(scan_text("ui/fine.rs", fine), []);
}

#[test]
fn the_allowed_list_stays_short_and_every_entry_is_used_and_explained() {
    assert!(ALLOWED.len() <= 20, "{} allowed entries", ALLOWED.len());
    let all = sources();
    for (file, what, reason) in ALLOWED {
        assert!(reason.len() > 20, "{file}: {what}: say why it is allowed");
        let tokens = &all
            .iter()
            .find(|(f, _)| f == file)
            .unwrap_or_else(|| panic!("allowed file {file} does not exist"))
            .1;
        let used = tokens
            .iter()
            .any(|t| t.kind != Kind::Punct && allowed(file, &t.text));
        assert!(used, "{file}: {what} is allowed but no longer there");
    }
}
