//! Watching the library's folders and files for changes, and debouncing the reloads.
//!
//! [`FolderWatcher`] wraps a `notify` watcher: its thread keeps the paths of `.ron` files and
//! folders that changed and calls a wake-up function (the app passes one that asks the window for
//! a repaint), so the interface sleeps until something happens. [`Debounce`] turns a burst of
//! changes (an editor saving writes several events) into one reload a short delay after the last
//! change; it takes the time as an argument so tests are exact. Loading the files is the
//! library's business, not this module's.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use notify::{EventKind, RecursiveMode, Watcher as _};

/// How long the files must be quiet after a change before the library is reloaded.
pub const DEBOUNCE: Duration = Duration::from_millis(250);

/// Watches folders (recursively) and single files for changes to decks and workshops.
pub struct FolderWatcher {
    _watcher: notify::RecommendedWatcher,
    changes: Receiver<PathBuf>,
    /// The paths being watched, as given.
    pub paths: Vec<PathBuf>,
}

impl std::fmt::Debug for FolderWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatcher")
            .field("paths", &self.paths)
            .finish_non_exhaustive()
    }
}

/// Why folders cannot be watched, as a catalogue message (said in the interface's language).
pub fn watch_reason(error: &notify::Error) -> crate::i18n::Message {
    use crate::i18n::{Key, Message};
    match &error.kind {
        notify::ErrorKind::Io(e) => crate::i18n::io_message(e),
        notify::ErrorKind::PathNotFound => Message::new(Key::IoNotFound),
        notify::ErrorKind::MaxFilesWatch => Message::new(Key::WatchTooMany),
        // The rest come from the watcher library itself, in its (English) words: not shown.
        _ => crate::i18n::io_other(None),
    }
}

impl FolderWatcher {
    /// Starts watching `paths` (folders recursively; for a file, its folder); `wake` is called on
    /// the watcher's thread after each relevant change.
    pub fn new(
        paths: &[PathBuf],
        wake: impl Fn() + Send + 'static,
    ) -> Result<FolderWatcher, notify::Error> {
        let (sender, changes) = channel();
        // Links to folders are not followed, as the library's walk does not follow them: a link
        // to `/` would otherwise have every folder of the system watched.
        let config = notify::Config::default().with_follow_symlinks(false);
        let mut watcher = notify::RecommendedWatcher::new(
            move |event: notify::Result<notify::Event>| {
                let Ok(event) = event else { return };
                if matches!(event.kind, EventKind::Access(_)) {
                    return;
                }
                let mut relevant = false;
                for path in event.paths {
                    if is_relevant(&path) {
                        relevant = true;
                        let _ = sender.send(path);
                    }
                }
                if relevant {
                    wake();
                }
            },
            config,
        )?;
        for path in paths {
            if path.is_dir() {
                watcher.watch(path, RecursiveMode::Recursive)?;
            } else if let Some(parent) = path.parent().filter(|p| p.is_dir()) {
                watcher.watch(parent, RecursiveMode::NonRecursive)?;
            } else if path.is_file() {
                watcher.watch(Path::new("."), RecursiveMode::NonRecursive)?;
            }
        }
        Ok(FolderWatcher {
            _watcher: watcher,
            changes,
            paths: paths.to_vec(),
        })
    }

    /// The paths that changed since the last call (possibly with repeats).
    pub fn take_changes(&self) -> Vec<PathBuf> {
        self.changes.try_iter().collect()
    }
}

/// Whether a change to `path` can change the library: a `.ron` file, or something without an
/// extension (a folder). Hidden files (editor swap files) are not.
pub fn is_relevant(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    if name.starts_with('.') || name.ends_with('~') {
        return false;
    }
    match path.extension() {
        Some(ext) => ext.eq_ignore_ascii_case("ron"),
        None => true,
    }
}

/// What to do about pending changes at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Nothing changed.
    Idle,
    /// Changes are pending; look again after this long.
    Wait(Duration),
    /// Reload now.
    Now,
}

/// Collapses a burst of changes into one reload, [`DEBOUNCE`] after the last change.
#[derive(Debug, Clone, Copy, Default)]
pub struct Debounce {
    last_change: Option<Instant>,
}

impl Debounce {
    /// Notes a change at `now`.
    pub fn touch(&mut self, now: Instant) {
        self.last_change = Some(now);
    }

    /// Whether a reload is due at `now`; `Now` also clears the pending change.
    pub fn due(&mut self, now: Instant) -> Due {
        match self.last_change {
            None => Due::Idle,
            Some(last) => {
                let quiet = now.saturating_duration_since(last);
                if quiet >= DEBOUNCE {
                    self.last_change = None;
                    Due::Now
                } else {
                    Due::Wait(DEBOUNCE - quiet)
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_of_changes_gives_one_reload_after_the_last() {
        let start = Instant::now();
        let mut debounce = Debounce::default();
        assert_eq!(debounce.due(start), Due::Idle);
        debounce.touch(start);
        debounce.touch(start + Duration::from_millis(100));
        assert_eq!(
            debounce.due(start + Duration::from_millis(150)),
            Due::Wait(DEBOUNCE - Duration::from_millis(50))
        );
        assert_eq!(
            debounce.due(start + Duration::from_millis(100) + DEBOUNCE),
            Due::Now
        );
        assert_eq!(debounce.due(start + Duration::from_secs(5)), Due::Idle);
    }

    #[test]
    fn only_deck_files_and_folders_matter() {
        assert!(is_relevant(Path::new("decks/a.deck.ron")));
        assert!(is_relevant(Path::new("decks/sub")));
        assert!(!is_relevant(Path::new("decks/.a.deck.ron.swp")));
        assert!(!is_relevant(Path::new("decks/a.deck.ron~")));
        assert!(!is_relevant(Path::new("decks/notes.txt")));
    }
}
