//! Finding the deck or workshop a command line argument names: a file path, or an id under the
//! decks folder.

use std::path::{Path, PathBuf};

use super::error::{FileKindWanted as Kind, ResolveError};
use crate::model::Diagnostic;
use crate::model::{Deck, Library, LoadOptions, Loaded, Workshop};

/// Loads the library for an argument: the decks folder (if it exists) and, when the argument
/// is a file, that file too (so a workshop file finds its deck in the folder).
fn library_for(decks: &Path, arg: &str) -> (Library, Option<PathBuf>) {
    let path = PathBuf::from(arg);
    let is_file = path.is_file();
    let mut paths = Vec::new();
    if decks.is_dir() {
        paths.push(decks.to_path_buf());
    }
    if is_file {
        paths.push(path.clone());
    }
    let library = crate::content::load_library(&paths, uses_bundled(decks), LoadOptions::default());
    (library, is_file.then_some(path))
}

/// Whether the bundled decks and workshops stand in for the decks folder: when it is the
/// default `decks/` and the working folder has none (`--decks DIR` uses that folder alone).
pub fn uses_bundled(decks: &Path) -> bool {
    decks == Path::new(super::DEFAULT_DECKS) && !decks.is_dir()
}

/// The problems of one file, one per line, for an error message.
fn problems_of(library: &Library, path: &Path) -> Vec<Diagnostic> {
    library
        .file(path)
        .map(|f| {
            f.diagnostics
                .iter()
                .filter(|d| d.is_error())
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// The deck named by `arg` (a path or an id under `decks`), or a message saying why not.
pub fn resolve_deck(decks: &Path, arg: &str) -> Result<(Library, Loaded<Deck>), ResolveError> {
    resolve(decks, arg, Kind::Deck, |library, found| match found {
        Found::Path(path) => library.deck_at(path).cloned(),
        Found::Id(id) => library.deck(id).cloned(),
    })
}

/// The workshop named by `arg` (a path or an id under `decks`), or a message saying why not.
pub fn resolve_workshop(
    decks: &Path,
    arg: &str,
) -> Result<(Library, Loaded<Workshop>), ResolveError> {
    resolve(decks, arg, Kind::Workshop, |library, found| match found {
        Found::Path(path) => library.workshop_at(path).cloned(),
        Found::Id(id) => library.workshop(id).cloned(),
    })
}

/// What is being looked for, for messages.
/// How the argument was understood.
enum Found<'a> {
    Path(&'a Path),
    Id(&'a str),
}

fn resolve<T>(
    decks: &Path,
    arg: &str,
    kind: Kind,
    pick: impl Fn(&Library, Found<'_>) -> Option<T>,
) -> Result<(Library, T), ResolveError> {
    let (library, path) = library_for(decks, arg);
    let found = match &path {
        Some(path) => pick(&library, Found::Path(path)).ok_or_else(|| {
            let problems = problems_of(&library, path);
            if problems.is_empty() {
                ResolveError::NotOfKind {
                    path: path.clone(),
                    kind,
                }
            } else {
                ResolveError::Broken(problems)
            }
        }),
        None => pick(&library, Found::Id(arg)).ok_or_else(|| {
            let ids: Vec<String> = match kind {
                Kind::Deck => library.decks.iter().map(|d| d.value.id.clone()).collect(),
                Kind::Workshop => library
                    .workshops
                    .iter()
                    .map(|w| w.value.id.clone())
                    .collect(),
            };
            let broken = library
                .files
                .iter()
                .find(|f| f.id.as_deref() == Some(arg) && f.has_errors());
            match broken {
                Some(f) => ResolveError::Broken(problems_of(&library, &f.path)),
                None => ResolveError::NoSuchId {
                    kind,
                    id: arg.to_owned(),
                    decks: decks.to_path_buf(),
                    known: ids,
                },
            }
        }),
    }?;
    Ok((library, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decks() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("decks")
    }

    #[test]
    fn by_id_and_by_path() {
        let (_, deck) = resolve_deck(&decks(), "innovationslek").expect("by id");
        assert_eq!(deck.value.language, "sv");
        let path = decks().join("innovation-game.deck.ron");
        let (_, deck) = resolve_deck(&decks(), path.to_str().expect("utf-8")).expect("by path");
        assert_eq!(deck.value.id, "innovation-game");
        let (_, w) = resolve_workshop(&decks(), "kirunamodellen-135").expect("workshop");
        assert_eq!(w.value.total_minutes(), 135);
    }

    #[test]
    fn unknown_ids_list_what_exists() {
        let e = resolve_deck(&decks(), "nope")
            .expect_err("unknown")
            .to_string();
        assert!(e.contains("no deck with id `nope`"), "{e}");
        assert!(e.contains("`innovationslek`"), "{e}");
        let e = resolve_workshop(&decks(), "innovationslek")
            .expect_err("a deck id")
            .to_string();
        assert!(e.contains("no workshop with id"), "{e}");
    }
}
