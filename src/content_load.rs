//! Loading the library, and setting up the watch of its folders, in a background thread, so
//! the window keeps drawing (a "Läser in…" state) while a large or slow folder is read.
//!
//! [`LibraryLoader::start`] reads the roots with [`crate::content::load_library`] in a thread of
//! its own and, when asked, starts the [`FolderWatcher`] of the roots there too (a recursive
//! watch of a big tree costs as much as reading it). The outcome comes back through
//! [`LibraryLoader::poll`], and the window is woken to take it. A load started while another
//! runs replaces it: the older one's outcome is dropped unseen, so the newest folder always
//! wins. What the app does with the outcome is the app's; this module knows no interface.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::i18n::{Key, Language, Localized, Message};
use crate::jobs::{Hold, Latest};
use crate::model::{Library, LoadOptions};
use crate::watch::FolderWatcher;

/// Why a background load gave no library; said in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The load's thread ended without an outcome (a fault in the program).
    #[error("the library could not be read")]
    Stopped,
}

impl Localized for LoadError {
    fn message(&self, language: Language) -> String {
        match self {
            LoadError::Stopped => language.tr(Key::LibraryLoadStopped).into(),
        }
    }
}

/// What a background load produced.
#[derive(Debug)]
pub struct LoadOutcome {
    /// The library read.
    pub library: Library,
    /// The watcher of the roots, when one was asked for, or why they cannot be watched.
    pub watcher: Option<Result<FolderWatcher, Message>>,
    /// How long the load (and the watch's set-up) took.
    pub took: Duration,
}

/// What to load.
pub struct LoadRequest {
    /// The folders and files to read.
    pub roots: Vec<PathBuf>,
    /// Whether the bundled decks and workshops are part of the library.
    pub bundled: bool,
    /// How unknown files are reported.
    pub options: LoadOptions,
    /// When set, the roots are watched too, and this is called after each change.
    pub watch: Option<Box<dyn Fn() + Send + 'static>>,
}

/// Loads in the background, one load at a time (the newest): a [`Latest`] job.
#[derive(Default)]
pub struct LibraryLoader {
    latest: Latest<LoadOutcome>,
}

impl std::fmt::Debug for LibraryLoader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LibraryLoader")
            .field("loading", &self.is_loading())
            .finish_non_exhaustive()
    }
}

impl LibraryLoader {
    /// Starts loading `request` in a new thread; `wake` is called there once the outcome is
    /// ready. A load still running is forgotten (its outcome is never taken).
    pub fn start(&mut self, request: LoadRequest, wake: impl FnOnce() + Send + 'static) {
        self.latest.start("library-load", wake, move || {
            let started = Instant::now();
            let library =
                crate::content::load_library(&request.roots, request.bundled, request.options);
            let watcher = request.watch.map(|wake| {
                FolderWatcher::new(&request.roots, wake).map_err(|e| crate::watch::watch_reason(&e))
            });
            LoadOutcome {
                library,
                watcher,
                took: started.elapsed(),
            }
        });
    }

    /// Whether a load has been started and its outcome not yet taken.
    pub fn is_loading(&self) -> bool {
        self.latest.is_running()
    }

    /// The outcome of the load, once it is ready (once). `Some(Err)` when the load's thread
    /// ended without one.
    pub fn poll(&mut self) -> Option<Result<LoadOutcome, LoadError>> {
        self.latest.poll().map(|o| o.ok_or(LoadError::Stopped))
    }

    /// Waits up to `limit` for the outcome of the load (tests, and where waiting is wanted).
    pub fn wait(&mut self, limit: Duration) -> Option<Result<LoadOutcome, LoadError>> {
        self.latest.wait(limit).map(|o| o.ok_or(LoadError::Stopped))
    }

    /// Holds every load started from now on at its start until the returned hold is dropped:
    /// tests use it to see the window while a load is still running.
    pub fn hold(&self) -> Hold {
        self.latest.hold()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn request(roots: Vec<PathBuf>) -> LoadRequest {
        LoadRequest {
            roots,
            bundled: true,
            options: LoadOptions::default(),
            watch: None,
        }
    }

    #[test]
    fn a_load_runs_in_the_background_and_wakes_the_window() {
        let dir = tempfile::tempdir().expect("temp");
        let mut loader = LibraryLoader::default();
        let woken = Arc::new(AtomicUsize::new(0));
        let hold = loader.hold();
        let counter = Arc::clone(&woken);
        loader.start(request(vec![dir.path().to_path_buf()]), move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        // Held: nothing is ready, and asking does not wait.
        assert!(loader.is_loading());
        assert!(loader.poll().is_none());
        assert!(loader.wait(Duration::from_millis(50)).is_none());
        drop(hold);
        let outcome = loader
            .wait(Duration::from_secs(30))
            .expect("an outcome")
            .expect("loaded");
        assert!(outcome.library.deck("innovationslek").is_some());
        assert!(outcome.watcher.is_none());
        assert!(!loader.is_loading());
        assert!(loader.poll().is_none());
        // The wake-up comes after the outcome is sent.
        let deadline = Instant::now() + Duration::from_secs(5);
        while woken.load(Ordering::SeqCst) == 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(woken.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn the_newest_load_wins() {
        let first = tempfile::tempdir().expect("temp");
        let second = tempfile::tempdir().expect("temp");
        let deck = |id: &str| {
            format!(
                "Deck(id: \"{id}\", title: \"{id}\", language: \"sv\", categories: [Category(id: \"a\", name: \"A\", color: \"#336699\")], cards: [Card(id: \"c\", category: \"a\", title: \"T\", text: \"Text.\")])"
            )
        };
        std::fs::write(first.path().join("a.deck.ron"), deck("forsta")).expect("write");
        std::fs::write(second.path().join("b.deck.ron"), deck("andra")).expect("write");
        let mut loader = LibraryLoader::default();
        let hold = loader.hold();
        loader.start(request(vec![first.path().to_path_buf()]), || {});
        loader.start(
            LoadRequest {
                watch: Some(Box::new(|| {})),
                ..request(vec![second.path().to_path_buf()])
            },
            || {},
        );
        drop(hold);
        let outcome = loader
            .wait(Duration::from_secs(30))
            .expect("an outcome")
            .expect("loaded");
        assert!(outcome.library.deck("andra").is_some());
        assert!(outcome.library.deck("forsta").is_none());
        assert!(matches!(outcome.watcher, Some(Ok(_))));
        // The first load's outcome never arrives.
        assert!(loader.wait(Duration::from_millis(200)).is_none());
    }
}
