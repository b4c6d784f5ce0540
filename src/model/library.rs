//! The library: every deck and workshop loaded from a folder tree or a list of paths.
//!
//! The library walks folders, reads and parses each file, validates it, and then applies the
//! rules across files: unique deck and workshop ids, and every workshop's deck and draws. A file
//! with errors is kept as a [`FileReport`] with its diagnostics and source, but never hides the
//! others. The command line and the app use the same library; the app reloads it when files
//! change. It does not watch files itself.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::diagnostic::{Diagnostic, Severity, with_names};
use super::parse::{FileKind, parse, read_source};
use super::source::SourceFile;
use super::types::{Deck, Workshop};
use super::validate::{validate_deck, validate_draws, validate_workshop};
use crate::i18n::{Key, Language, Localized, Message, io_message};

/// How deep the loader follows sub-folders.
const MAX_DEPTH: usize = 32;

/// Choices for loading a library.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadOptions {
    /// How a `*.ron` file that is neither a deck nor a workshop is reported: an error for
    /// `check`, a warning in the app.
    pub unknown_kind: Severity,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            unknown_kind: Severity::Error,
        }
    }
}

/// A deck or workshop that loaded without errors, with the source it came from.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// The checked value.
    pub value: T,
    /// The file's path and text.
    pub source: Arc<SourceFile>,
}

/// One file the loader looked at, and what it found.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The file's path as given or found.
    pub path: PathBuf,
    /// The kind told by the file's name, if any.
    pub kind: Option<FileKind>,
    /// The id the file declares, where it could be parsed far enough.
    pub id: Option<String>,
    /// The file's text, where it could be read.
    pub source: Option<Arc<SourceFile>>,
    /// Every problem found, in the order of the file.
    pub diagnostics: Vec<Diagnostic>,
}

impl FileReport {
    /// Whether any problem of the file is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Every deck and workshop of a folder tree, and every problem found in it.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The folders and files the library was loaded from.
    pub roots: Vec<PathBuf>,
    /// Every file looked at, in path order.
    pub files: Vec<FileReport>,
    /// Decks without errors, in path order.
    pub decks: Vec<Loaded<Deck>>,
    /// Workshops without errors, in path order.
    pub workshops: Vec<Loaded<Workshop>>,
    /// Problems not tied to one file, such as a path that does not exist.
    pub general: Vec<Diagnostic>,
}

/// Counts for the last line of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Files looked at.
    pub files: usize,
    /// Decks loaded without errors.
    pub decks: usize,
    /// Distinct cards in those decks.
    pub cards: usize,
    /// Workshops loaded without errors.
    pub workshops: usize,
    /// Errors found.
    pub errors: usize,
    /// Warnings found.
    pub warnings: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Localized::message(self, Language::English))
    }
}

/// The summary line in `language`: `checked 2 files: 1 deck (1 card), 1 workshop, 0 errors`,
/// `kontrollerade 2 filer: 1 kortlek (1 kort), 1 workshop, 0 fel`.
impl Localized for Summary {
    fn message(&self, language: Language) -> String {
        language.fmt(
            Key::CheckSummary,
            &[
                ("files", &self.files),
                ("decks", &self.decks),
                ("cards", &self.cards),
                ("workshops", &self.workshops),
                ("errors", &self.errors),
            ],
        )
    }
}

impl Library {
    /// Loads every deck and workshop under the given folders and files.
    pub fn load(paths: &[PathBuf], options: LoadOptions) -> Library {
        let mut general = Vec::new();
        let mut found: Vec<PathBuf> = Vec::new();
        let mut visited = std::collections::HashSet::new();
        for path in paths {
            match std::fs::metadata(path) {
                Ok(meta) if meta.is_dir() => {
                    let before = found.len();
                    if let Ok(canonical) = path.canonicalize() {
                        visited.insert(canonical);
                    }
                    walk(path, 0, &mut visited, &mut found, &mut general);
                    let any_kind = found[before..].iter().any(|f| FileKind::of(f).is_some());
                    if !any_kind {
                        general.push(Diagnostic {
                            severity: options.unknown_kind,
                            ..Diagnostic::error(path, Key::DiagEmptyFolder)
                        });
                    }
                }
                Ok(meta) if meta.is_file() => {
                    // A file also found in a folder given before it is read once.
                    let canonical = path.canonicalize().unwrap_or_else(|_| path.clone());
                    if visited.insert(canonical) {
                        found.push(path.clone());
                    }
                }
                Ok(_) => general.push(Diagnostic::error(path, NOT_REGULAR)),
                Err(_) => general.push(Diagnostic::error(path, Key::DiagNoSuchPath)),
            }
        }
        found.sort();
        found.dedup();
        let sources = found
            .into_iter()
            .map(|path| {
                let source = if FileKind::of(&path).is_some() {
                    Some(read_source(&path))
                } else {
                    None
                };
                (path, source)
            })
            .collect();
        let mut library = Library::from_sources(sources, options);
        library.roots = paths.to_vec();
        library.general.extend(general);
        library
    }

    /// Builds a library from files already read: each path with its source (or the problem
    /// reading it), or `None` for a file whose kind is unknown.
    pub fn from_sources(
        files: Vec<(PathBuf, Option<Result<SourceFile, Diagnostic>>)>,
        options: LoadOptions,
    ) -> Library {
        let mut library = Library::default();
        let mut decks: Vec<(usize, Deck)> = Vec::new();
        let mut workshops: Vec<(usize, Workshop)> = Vec::new();

        for (path, source) in files {
            let kind = FileKind::of(&path);
            let mut report = FileReport {
                path: path.clone(),
                kind,
                id: None,
                source: None,
                diagnostics: Vec::new(),
            };
            match (kind, source) {
                (None, _) | (_, None) => {
                    report.diagnostics.push(Diagnostic {
                        severity: options.unknown_kind,
                        ..Diagnostic::error(&path, Key::DiagUnknownKind)
                    });
                }
                (Some(_), Some(Err(diagnostic))) => report.diagnostics.push(diagnostic),
                (Some(FileKind::Deck), Some(Ok(source))) => {
                    let source = Arc::new(source);
                    match guarded(&path, || {
                        let parsed = parse::<Deck>(&source);
                        let mut diagnostics = parsed.diagnostics;
                        if let Some(deck) = &parsed.value {
                            diagnostics.extend(validate_deck(deck, &source));
                        }
                        (parsed.value, diagnostics)
                    }) {
                        Ok((deck, diagnostics)) => {
                            report.diagnostics = diagnostics;
                            if let Some(deck) = deck {
                                report.id = Some(deck.id.clone());
                                decks.push((library.files.len(), deck));
                            }
                        }
                        Err(diagnostic) => report.diagnostics.push(diagnostic),
                    }
                    report.source = Some(source);
                }
                (Some(FileKind::Workshop), Some(Ok(source))) => {
                    let source = Arc::new(source);
                    match guarded(&path, || {
                        let parsed = parse::<Workshop>(&source);
                        let mut diagnostics = parsed.diagnostics;
                        if let Some(workshop) = &parsed.value {
                            diagnostics.extend(validate_workshop(workshop, &source));
                        }
                        (parsed.value, diagnostics)
                    }) {
                        Ok((workshop, diagnostics)) => {
                            report.diagnostics = diagnostics;
                            if let Some(workshop) = workshop {
                                report.id = Some(workshop.id.clone());
                                workshops.push((library.files.len(), workshop));
                            }
                        }
                        Err(diagnostic) => report.diagnostics.push(diagnostic),
                    }
                    report.source = Some(source);
                }
            }
            library.files.push(report);
        }

        // Unique ids across files: the first file (in path order) keeps its id.
        let mut deck_paths: HashMap<String, PathBuf> = HashMap::new();
        for (index, deck) in &decks {
            library.unique_id(*index, IdOf::Deck, &deck.id, &mut deck_paths);
        }
        let mut workshop_paths: HashMap<String, PathBuf> = HashMap::new();
        for (index, workshop) in &workshops {
            library.unique_id(*index, IdOf::Workshop, &workshop.id, &mut workshop_paths);
        }

        for (index, deck) in decks {
            let report = &library.files[index];
            if let (false, Some(source)) = (report.has_errors(), &report.source) {
                library.decks.push(Loaded {
                    value: deck,
                    source: Arc::clone(source),
                });
            }
        }

        // A workshop's deck and draws, against the decks that loaded.
        for (index, workshop) in workshops {
            let Some(source) = library.files[index].source.clone() else {
                continue;
            };
            let mut found = Vec::new();
            if let Some(deck_id) = &workshop.deck {
                match library.deck(deck_id) {
                    Some(deck) => {
                        match guarded(&source.path, || {
                            validate_draws(&workshop, &source, &deck.value)
                        }) {
                            Ok(diagnostics) => found.extend(diagnostics),
                            Err(diagnostic) => found.push(diagnostic),
                        }
                    }
                    None => {
                        let at = guarded(&source.path, || {
                            source
                                .find_id(&workshop.id, 0)
                                .and_then(|top| source.find_field(top, "deck"))
                                .map(|at| source.position(at))
                        })
                        .unwrap_or(None);
                        let broken = library.files.iter().find(|f| {
                            f.kind == Some(FileKind::Deck) && f.id.as_deref() == Some(deck_id)
                        });
                        let message = match broken {
                            Some(file) if file.has_errors() => Message::new(Key::DiagDeckBroken)
                                .with("deck", deck_id)
                                .with("path", file.path.display()),
                            _ => {
                                let ids: Vec<&str> =
                                    library.decks.iter().map(|d| d.value.id.as_str()).collect();
                                with_names(
                                    Message::new(Key::DiagDeckNotLoaded).with("deck", deck_id),
                                    "decks",
                                    &ids,
                                )
                            }
                        };
                        found.push(Diagnostic::error(&source.path, message).at(at));
                    }
                }
            }
            let report = &mut library.files[index];
            report.diagnostics.extend(found);
            if !report.has_errors() {
                library.workshops.push(Loaded {
                    value: workshop,
                    source,
                });
            }
        }

        for report in &mut library.files {
            report
                .diagnostics
                .sort_by_key(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)));
        }
        library
    }

    fn unique_id(
        &mut self,
        index: usize,
        what: IdOf,
        id: &str,
        seen: &mut HashMap<String, PathBuf>,
    ) {
        let report = &mut self.files[index];
        if report.has_errors() {
            return;
        }
        match seen.get(id) {
            Some(first) => {
                let at = report.source.as_ref().and_then(|s| {
                    guarded(&s.path, || s.find_id(id, 0).map(|at| s.position(at))).unwrap_or(None)
                });
                report.diagnostics.push(
                    Diagnostic::error(
                        &report.path,
                        Message::new(match what {
                            IdOf::Deck => Key::DiagDeckIdTaken,
                            IdOf::Workshop => Key::DiagWorkshopIdTaken,
                        })
                        .with("id", id)
                        .with("path", first.display()),
                    )
                    .at(at),
                );
            }
            None => {
                seen.insert(id.to_owned(), report.path.clone());
            }
        }
    }

    /// The deck with `id`, if it loaded.
    pub fn deck(&self, id: &str) -> Option<&Loaded<Deck>> {
        self.decks.iter().find(|d| d.value.id == id)
    }

    /// The workshop with `id`, if it loaded.
    pub fn workshop(&self, id: &str) -> Option<&Loaded<Workshop>> {
        self.workshops.iter().find(|w| w.value.id == id)
    }

    /// The deck loaded from `path`.
    pub fn deck_at(&self, path: &Path) -> Option<&Loaded<Deck>> {
        self.decks.iter().find(|d| same_file(&d.source.path, path))
    }

    /// The workshop loaded from `path`.
    pub fn workshop_at(&self, path: &Path) -> Option<&Loaded<Workshop>> {
        self.workshops
            .iter()
            .find(|w| same_file(&w.source.path, path))
    }

    /// The report of the file at `path`.
    pub fn file(&self, path: &Path) -> Option<&FileReport> {
        self.files.iter().find(|f| same_file(&f.path, path))
    }

    /// Every problem, file by file in path order, then the general ones.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.files
            .iter()
            .flat_map(|f| f.diagnostics.iter())
            .chain(self.general.iter())
    }

    /// Files with at least one error.
    pub fn broken_files(&self) -> impl Iterator<Item = &FileReport> {
        self.files.iter().filter(|f| f.has_errors())
    }

    /// The counts for `check`'s last line.
    pub fn summary(&self) -> Summary {
        let (errors, warnings) =
            self.diagnostics().fold(
                (0, 0),
                |(e, w), d| {
                    if d.is_error() { (e + 1, w) } else { (e, w + 1) }
                },
            );
        Summary {
            files: self.files.len(),
            decks: self.decks.len(),
            cards: self.decks.iter().map(|d| d.value.cards.len()).sum(),
            workshops: self.workshops.len(),
            errors,
            warnings,
        }
    }
}

/// Runs one file's share of the loading and turns a panic (a bug in this program, met by some
/// unusual input) into an error on that file, so that one file can never stop the others, the
/// command line or the app from loading.
fn guarded<T>(path: &Path, work: impl FnOnce() -> T) -> Result<T, Diagnostic> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Diagnostic::error(path, Message::new(Key::DiagInternal).with("what", what))
    })
}

/// Whether two paths name the same file, comparing canonical forms where they exist.
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Why a path that is neither a file nor a folder is not read.
const NOT_REGULAR: Key = Key::DiagNotRegular;

/// Whose id is given twice.
#[derive(Clone, Copy)]
enum IdOf {
    Deck,
    Workshop,
}

/// Collects every `*.ron` file under `dir`, skipping hidden entries. Only ordinary files are
/// read: pipes, sockets and devices are skipped with a warning (opening a pipe would wait
/// forever). Links to files are followed; links to folders are not (a link to `.` or to a
/// parent would make the walk go round), and a file reached twice is read once.
fn walk(
    dir: &Path,
    depth: usize,
    visited: &mut std::collections::HashSet<PathBuf>,
    found: &mut Vec<PathBuf>,
    problems: &mut Vec<Diagnostic>,
) {
    if depth > MAX_DEPTH {
        problems.push(Diagnostic::warning(
            dir,
            Message::new(Key::DiagTooDeep).with("n", MAX_DEPTH),
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            problems.push(Diagnostic::error(
                dir,
                Message::new(Key::DiagCannotReadFolder).part("reason", io_message(&e)),
            ));
            return;
        }
    };
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.path(), e.file_type().ok()))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, file_type) in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        let Some(file_type) = file_type else { continue };
        if file_type.is_dir() {
            walk(&path, depth + 1, visited, found, problems);
            continue;
        }
        if file_type.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            problems.push(Diagnostic::warning(&path, Key::DiagLinkToFolder));
            continue;
        }
        if !FileKind::is_ron(&path) {
            continue;
        }
        if file_type.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_file() => {}
                Ok(_) => {
                    problems.push(Diagnostic::warning(&path, NOT_REGULAR));
                    continue;
                }
                Err(_) => {
                    problems.push(Diagnostic::warning(&path, Key::DiagLinkToNothing));
                    continue;
                }
            }
        } else if !file_type.is_file() {
            problems.push(Diagnostic::warning(&path, NOT_REGULAR));
            continue;
        }
        // The same file through a link (or twice through links) is read once.
        let first_time = path
            .canonicalize()
            .map_or(true, |canonical| visited.insert(canonical));
        if first_time {
            found.push(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(path: &str, text: &str) -> (PathBuf, Option<Result<SourceFile, Diagnostic>>) {
        (PathBuf::from(path), Some(Ok(SourceFile::new(path, text))))
    }

    const DECK: &str = r##"Deck(id: "d", title: "D", language: "sv",
    categories: [Category(id: "a", name: "A", color: "#112233")],
    cards: [Card(id: "c1", category: "a", title: "T", text: "x")],
)"##;

    const WORKSHOP: &str = r##"Workshop(id: "w", title: "W", language: "sv", deck: "d",
    steps: [Step(id: "s", title: "S", minutes: 5, instructions: "Gör så här.",
        draw: Draw(categories: ["a"], count: 1))],
)"##;

    #[test]
    fn loads_a_deck_and_its_workshop() {
        let lib = Library::from_sources(
            vec![
                source("d.deck.ron", DECK),
                source("w.workshop.ron", WORKSHOP),
            ],
            LoadOptions::default(),
        );
        let s = lib.summary();
        assert_eq!(
            s.to_string(),
            "checked 2 files: 1 deck (1 card), 1 workshop, 0 errors"
        );
        assert_eq!(
            s.message(Language::Swedish),
            "kontrollerade 2 filer: 1 kortlek (1 kort), 1 workshop, 0 fel"
        );
        assert!(lib.workshop("w").is_some());
    }

    #[test]
    fn a_workshop_without_its_deck_is_an_error_for_it_alone() {
        let lib = Library::from_sources(
            vec![source("w.workshop.ron", WORKSHOP)],
            LoadOptions::default(),
        );
        let m: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("w.workshop.ron:1:"), "{}", m[0]);
        assert!(m[0].contains("deck `d` is not loaded"), "{}", m[0]);
    }

    #[test]
    fn a_draw_larger_than_the_category_is_an_error() {
        let w = WORKSHOP.replace("count: 1", "count: 9");
        let lib = Library::from_sources(
            vec![source("d.deck.ron", DECK), source("w.workshop.ron", &w)],
            LoadOptions::default(),
        );
        let m: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
        assert_eq!(
            m,
            vec![
                "w.workshop.ron:3:9: error: step `s`: draw.count is 9 but category `a` has 1 card"
            ]
        );
        assert!(lib.workshops.is_empty());
    }

    #[test]
    fn duplicate_deck_ids_name_both_files() {
        let lib = Library::from_sources(
            vec![source("a.deck.ron", DECK), source("b.deck.ron", DECK)],
            LoadOptions::default(),
        );
        let m: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
        assert_eq!(m.len(), 1);
        assert!(
            m[0].starts_with("b.deck.ron:1:6: error: deck id `d` is also used by a.deck.ron"),
            "{}",
            m[0]
        );
        assert_eq!(lib.decks.len(), 1);
    }

    #[test]
    fn unknown_kind_follows_the_options() {
        let files = vec![(PathBuf::from("x.ron"), None)];
        let lib = Library::from_sources(files.clone(), LoadOptions::default());
        assert_eq!(lib.summary().errors, 1);
        let lib = Library::from_sources(
            files,
            LoadOptions {
                unknown_kind: Severity::Warning,
            },
        );
        assert_eq!(lib.summary().errors, 0);
        assert_eq!(lib.summary().warnings, 1);
    }

    #[test]
    fn a_panic_while_loading_becomes_an_error_on_that_file() {
        let outcome: Result<(), Diagnostic> = guarded(Path::new("x.deck.ron"), || {
            panic!("byte index 3 is not a char boundary")
        });
        let diagnostic = outcome.expect_err("caught");
        assert!(diagnostic.is_error());
        assert!(
            diagnostic
                .message
                .to_string()
                .contains("internal error (byte index 3"),
            "{}",
            diagnostic.message
        );
    }

    #[test]
    fn a_deck_with_unicode_white_space_loads_or_reports_but_never_panics() {
        let bundled = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("decks/innovationslek.deck.ron"),
        )
        .expect("bundled deck");
        for space in ['\u{85}', '\u{200e}', '\u{200f}', '\u{2028}', '\u{2029}'] {
            let text = bundled.replacen("\n    ", &format!("\n  {space} "), 40);
            let workshop = WORKSHOP
                .replace(
                    "deck: \"d\"",
                    &format!("{space}deck{space}:{space}\"missing\""),
                )
                .replace("\n    ", &format!("\n  {space} "));
            let lib = Library::from_sources(
                vec![
                    source("innovationslek.deck.ron", &text),
                    source("w.workshop.ron", &workshop),
                ],
                LoadOptions::default(),
            );
            assert_eq!(lib.decks.len(), 1, "{space:?}");
            let m: Vec<String> = lib.diagnostics().map(ToString::to_string).collect();
            assert!(m.iter().all(|m| !m.contains("internal error")), "{m:?}");
            assert!(m.iter().any(|m| m.contains("deck `missing` is not loaded")));
        }
    }

    fn names(lib: &Library) -> Vec<String> {
        lib.files
            .iter()
            .map(|f| {
                f.path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[cfg(unix)]
    #[test]
    fn links_around_the_tree_are_not_followed_and_a_file_is_read_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("d.deck.ron"), DECK).expect("deck");
        std::fs::create_dir(dir.path().join("sub")).expect("sub");
        for (name, to) in [("a", "."), ("b", ".."), ("sub/up", ".."), ("self", "self")] {
            std::os::unix::fs::symlink(to, dir.path().join(name)).expect("link");
        }
        std::os::unix::fs::symlink(
            dir.path().join("d.deck.ron"),
            dir.path().join("sub/l.deck.ron"),
        )
        .expect("file link");
        let started = std::time::Instant::now();
        let lib = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        assert_eq!(names(&lib), vec!["d.deck.ron".to_owned()]);
        assert_eq!(lib.summary().errors, 0, "{:?}", lib.general);
        assert_eq!(lib.decks.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_named_like_a_deck_is_skipped_with_a_warning() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("d.deck.ron"), DECK).expect("deck");
        let fifo = dir.path().join("x.deck.ron");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            return;
        }
        let lib = Library::load(&[dir.path().to_path_buf()], LoadOptions::default());
        assert_eq!(names(&lib), vec!["d.deck.ron".to_owned()]);
        let warning = lib.general.iter().find(|d| d.path == fifo).expect("warned");
        assert!(!warning.is_error());
        assert!(warning.message.to_string().contains("not an ordinary file"));
        // Given by name, it is an error, and nothing waits for a writer.
        let lib = Library::load(std::slice::from_ref(&fifo), LoadOptions::default());
        assert_eq!(lib.summary().errors, 1);
    }

    #[test]
    fn a_folder_named_like_a_deck_says_it_holds_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let folder = dir.path().join("y.deck.ron");
        std::fs::create_dir(&folder).expect("folder");
        let lib = Library::load(std::slice::from_ref(&folder), LoadOptions::default());
        assert_eq!(lib.summary().errors, 1);
        assert!(
            lib.general[0]
                .message
                .to_string()
                .contains("holds no decks or workshops")
        );
    }
}
