//! Where the decks and workshops come from: the bundled ones compiled into the program, and the
//! user's own folder in their documents (`~/Documents/Innovationslek/` or the platform's
//! documents folder), created on the first start with a short README and one example copy to
//! edit. Exports go to a sub-folder of it.
//!
//! The bundled files are the `*.ron` files of `decks/` at build time (see `build.rs`); they are
//! always available, whatever folder the program is started in. A user's file with the same id
//! as a bundled one replaces it, so a copy being edited never clashes with the original.
//! Loading is one function, [`load_library`], which the app calls for every (re)load. This
//! module knows no interface.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::i18n::Language;
use crate::model::{Diagnostic, FileKind, Library, LoadOptions, SourceFile};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The folder name the bundled files are listed under (they have no path on disk).
pub const BUNDLED_ROOT: &str = "<inbyggd>";

/// The name of the user's folder inside their documents folder.
pub const DOCUMENTS_FOLDER: &str = "Innovationslek";

/// The sub-folder of the user's folder that exports go to.
pub const EXPORTS_FOLDER: &str = "exports";

/// The README written into a new user folder.
pub const README_NAME: &str = "LÄS MIG - READ ME.txt";

/// The example deck written into a new user folder when the interface is Swedish.
pub const EXAMPLE_NAME: &str = "min-kortlek.deck.ron";

/// The Swedish example deck's id.
pub const EXAMPLE_ID: &str = "min-kortlek";

/// The example deck written into a new user folder when the interface is English.
pub const EXAMPLE_NAME_EN: &str = "my-deck.deck.ron";

/// The English example deck's id.
pub const EXAMPLE_ID_EN: &str = "my-deck";

/// The file-format guide written beside the example (docs/formats.md), so that someone who
/// opens the folder finds how to write a deck without a browser or the source.
pub const FORMATS_NAME: &str = "FILFORMAT - FILE FORMAT.md";

/// The file-format guide's text.
pub const FORMATS: &str = include_str!("../docs/formats.md");

/// The bundled deck the Swedish example is copied from, when it exists.
const EXAMPLE_SOURCE: &str = "innovationslek.deck.ron";

/// The bundled deck the English example is copied from, when it exists.
const EXAMPLE_SOURCE_EN: &str = "innovation-game.deck.ron";

/// Whether a library path names a bundled file.
pub fn is_bundled(path: &Path) -> bool {
    path.starts_with(BUNDLED_ROOT)
}

/// The path a bundled file is listed under.
pub fn bundled_path(name: &str) -> PathBuf {
    Path::new(BUNDLED_ROOT).join(name)
}

/// The bundled files as sources for [`Library::from_sources`].
pub fn bundled_sources() -> Vec<(PathBuf, Option<Result<SourceFile, Diagnostic>>)> {
    BUNDLED_FILES
        .iter()
        .map(|(name, text)| {
            let path = bundled_path(name);
            let source = SourceFile::new(path.clone(), *text);
            (path, Some(Ok(source)))
        })
        .collect()
}

/// The library of the bundled files alone (built once).
pub fn bundled_library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| Library::from_sources(bundled_sources(), LoadOptions::default()))
}

/// Loads every deck and workshop under `roots`, and, with `bundled`, the bundled ones too. A
/// file under `roots` whose id is also a bundled file's id replaces the bundled file.
pub fn load_library(roots: &[PathBuf], bundled: bool, options: LoadOptions) -> Library {
    let user = Library::load(roots, options);
    if !bundled {
        return user;
    }
    let taken: HashSet<(FileKind, &str)> = user
        .files
        .iter()
        .filter_map(|f| Some((f.kind?, f.id.as_deref()?)))
        .collect();
    let shadowed: HashSet<&Path> = bundled_library()
        .files
        .iter()
        .filter(|f| {
            matches!((f.kind, f.id.as_deref()), (Some(kind), Some(id)) if taken.contains(&(kind, id)))
        })
        .map(|f| f.path.as_path())
        .collect();
    let mut sources: Vec<_> = bundled_sources()
        .into_iter()
        .filter(|(path, _)| !shadowed.contains(path.as_path()))
        .collect();
    // The user's files again, as they were read (the library keeps each file's text).
    for report in &user.files {
        let source = match (report.kind, &report.source) {
            (None, _) => None,
            (Some(_), Some(source)) => Some(Ok(SourceFile::clone(source))),
            (Some(_), None) => report.diagnostics.first().cloned().map(Err),
        };
        sources.push((report.path.clone(), source));
    }
    let mut library = Library::from_sources(sources, options);
    library.roots = user.roots;
    library.general = user.general;
    library
}

/// The user's folder: `Innovationslek` in the platform's documents folder (the home folder's
/// `Documents` when the system names none), or `None` without a home folder.
pub fn documents_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    let documents = dirs
        .document_dir()
        .map_or_else(|| dirs.home_dir().join("Documents"), Path::to_path_buf);
    Some(documents.join(DOCUMENTS_FOLDER))
}

/// What [`prepare_folder_in`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prepared {
    /// The folder was created, with the README and the example.
    Created,
    /// The folder was there already; nothing was changed.
    Existed,
}

/// Makes sure the user's folder exists. A new folder gets the README, the file-format guide
/// and the example deck in the interface's `language` (a copy of the bundled deck of that
/// language with its own id, to edit); an existing one is left as it is, so a file the user
/// deleted does not come back.
pub fn prepare_folder_in(dir: &Path, language: Language) -> io::Result<Prepared> {
    if dir.is_dir() {
        return Ok(Prepared::Existed);
    }
    std::fs::create_dir_all(dir)?;
    crate::fsutil::write_atomic(&dir.join(README_NAME), README.as_bytes(), false)?;
    crate::fsutil::write_atomic(&dir.join(FORMATS_NAME), FORMATS.as_bytes(), false)?;
    if let Some(example) = example_deck_in(language) {
        crate::fsutil::write_atomic(&dir.join(example_name(language)), example.as_bytes(), false)?;
    }
    std::fs::create_dir_all(dir.join(EXPORTS_FOLDER))?;
    Ok(Prepared::Created)
}

/// The example deck's file name in `language`.
pub fn example_name(language: Language) -> &'static str {
    match language {
        Language::Swedish => EXAMPLE_NAME,
        Language::English => EXAMPLE_NAME_EN,
    }
}

/// The example deck's id in `language`.
pub fn example_id(language: Language) -> &'static str {
    match language {
        Language::Swedish => EXAMPLE_ID,
        Language::English => EXAMPLE_ID_EN,
    }
}

/// The README of the user's folder, in Swedish and English.
pub const README: &str = "\
Innovationslek – din egen mapp
==============================

Här lägger du dina egna kortlekar och workshoppar. Programmet läser in alla filer
i den här mappen (även undermappar) när det startar och så fort du sparar en fil.

- En kortlek heter NAMN.deck.ron, en workshop NAMN.workshop.ron.
- min-kortlek.deck.ron (my-deck.deck.ron om programmet är på engelska) är en kopia
  av den inbyggda kortleken att ändra i. Ge varje kortlek och workshop ett eget id.
- Hur en fil skrivs står i FILFORMAT - FILE FORMAT.md (på engelska).
- Det som programmet sparar åt dig (PDF:er, sammanfattningar) hamnar i mappen exports.
- Fel i en fil visas i programmet under \"Mina egna kortlekar\" med rad och kolumn.

Innovationslek – your own folder
================================

Put your own decks and workshops here. The program reads every file in this folder
(sub-folders too) when it starts and as soon as you save a file.

- A deck is named NAME.deck.ron, a workshop NAME.workshop.ron.
- my-deck.deck.ron (min-kortlek.deck.ron when the program is in Swedish) is a copy of
  the bundled deck for you to edit. Give every deck and workshop its own id.
- How to write a file is explained in FILFORMAT - FILE FORMAT.md.
- What the program saves for you (PDFs, summaries) goes into the exports folder.
- Problems in a file are shown in the program under \"My own decks\", with line and column.
";

/// The example deck in `language`: the bundled deck of that language with the example's id
/// and title, and a comment on top.
pub fn example_deck_in(language: Language) -> Option<String> {
    let (source, title, comment) = match language {
        Language::Swedish => (
            EXAMPLE_SOURCE,
            "Min kortlek",
            "// Min kortlek: en kopia av en inbyggd kortlek att ändra i. Spara filen, så visas\n\
             // ändringarna i programmet direkt. Hur filen skrivs: FILFORMAT - FILE FORMAT.md.\n",
        ),
        Language::English => (
            EXAMPLE_SOURCE_EN,
            "My deck",
            "// My deck: a copy of a bundled deck for you to edit. Save the file and the program\n\
             // shows the changes at once. How the file is written: FILFORMAT - FILE FORMAT.md.\n",
        ),
    };
    let (_, text) = BUNDLED_FILES
        .iter()
        .find(|(name, _)| *name == source)
        .or_else(|| {
            BUNDLED_FILES
                .iter()
                .find(|(name, _)| name.ends_with(".deck.ron"))
        })?;
    let text = replace_first_value(text, "id", example_id(language))?;
    let text = replace_first_value(&text, "title", title).unwrap_or(text);
    Some(format!("{comment}{text}"))
}

/// `text` with the string value of the first `field: "…"` after the opening `Deck(` replaced.
fn replace_first_value(text: &str, field: &str, value: &str) -> Option<String> {
    let start = text.find("Deck(")?;
    let pattern = format!("{field}: \"");
    let at = start + text[start..].find(&pattern)? + pattern.len();
    let end = at + text[at..].find('"')?;
    Some(format!("{}{value}{}", &text[..at], &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Worktrees of the project share one target folder, and with it the build script's
    /// output: the bundled files are named through the compiling crate's own folder, never by
    /// the absolute path of whichever checkout ran the script last.
    #[test]
    fn the_bundled_files_are_read_from_this_checkout() {
        let generated = include_str!(concat!(env!("OUT_DIR"), "/bundled.rs"));
        assert!(
            generated.contains("env!(\"CARGO_MANIFEST_DIR\")"),
            "{generated}"
        );
        assert!(
            !generated.contains(env!("CARGO_MANIFEST_DIR")),
            "{generated}"
        );
    }

    #[test]
    fn every_file_of_decks_is_bundled_and_loads_without_errors() {
        let on_disk = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/decks"))
            .expect("decks folder")
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "ron"))
            })
            .count();
        assert_eq!(BUNDLED_FILES.len(), on_disk);
        let library = bundled_library();
        let problems: Vec<String> = library
            .diagnostics()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        assert!(problems.is_empty(), "{problems:?}");
        assert!(library.deck("innovationslek").is_some());
        assert!(library.workshop("kirunamodellen-135").is_some());
        assert!(library.files.iter().all(|f| is_bundled(&f.path)));
    }

    #[test]
    fn a_user_file_with_a_bundled_id_replaces_the_bundled_one() {
        let dir = tempfile::tempdir().expect("temp");
        let (_, text) = BUNDLED_FILES
            .iter()
            .find(|(n, _)| *n == EXAMPLE_SOURCE)
            .expect("bundled deck");
        let own = text.replacen("Innovationslek!", "Vår egen Innovationslek", 1);
        std::fs::write(dir.path().join("kopia.deck.ron"), own).expect("write");
        let library = load_library(&[dir.path().to_path_buf()], true, LoadOptions::default());
        assert_eq!(library.summary().errors, 0, "{:?}", library.files);
        let deck = library.deck("innovationslek").expect("the user's deck");
        assert!(!is_bundled(&deck.source.path));
        assert_eq!(
            library
                .decks
                .iter()
                .filter(|d| d.value.id == "innovationslek")
                .count(),
            1
        );
        // The bundled workshops find the user's deck.
        assert!(library.workshop("kirunamodellen-135").is_some());
    }

    #[test]
    fn without_bundled_only_the_roots_load() {
        let dir = tempfile::tempdir().expect("temp");
        let library = load_library(&[dir.path().to_path_buf()], false, LoadOptions::default());
        assert!(library.decks.is_empty());
        let library = load_library(&[], true, LoadOptions::default());
        assert_eq!(library.decks.len(), bundled_library().decks.len());
    }

    #[test]
    fn a_new_folder_gets_the_readme_and_an_example_that_loads_beside_the_bundled_deck() {
        let dir = tempfile::tempdir().expect("temp");
        let folder = dir.path().join("Dokument").join(DOCUMENTS_FOLDER);
        assert_eq!(
            prepare_folder_in(&folder, Language::Swedish).expect("prepare"),
            Prepared::Created
        );
        assert!(folder.join(README_NAME).is_file());
        assert!(folder.join(EXPORTS_FOLDER).is_dir());
        let library = load_library(std::slice::from_ref(&folder), true, LoadOptions::default());
        assert_eq!(library.summary().errors, 0, "{:?}", library.files);
        let example = library.deck(EXAMPLE_ID).expect("the example");
        assert_eq!(example.value.title, "Min kortlek");
        assert!(library.deck("innovationslek").is_some());
        // A second start changes nothing, and a deleted example stays deleted.
        std::fs::remove_file(folder.join(EXAMPLE_NAME)).expect("remove");
        assert_eq!(
            prepare_folder_in(&folder, Language::Swedish).expect("again"),
            Prepared::Existed
        );
        assert!(!folder.join(EXAMPLE_NAME).exists());
    }

    #[test]
    fn replacing_a_value_touches_only_the_first_after_the_deck() {
        let text = "// id: \"x\"\nDeck(\n id: \"a\",\n title: \"T\",\n cards: [Card(id: \"c\")])";
        let out = replace_first_value(text, "id", "b").expect("replaced");
        assert!(out.contains("id: \"b\""), "{out}");
        assert!(out.contains("Card(id: \"c\")"), "{out}");
        assert!(out.starts_with("// id: \"x\""), "{out}");
        assert!(replace_first_value("Workshop(id: \"w\")", "id", "b").is_none());
    }
}
