//! The library: loading it (in the background or at once) and watching its folders.

use super::*;

impl App {
    /// The loaded decks as the library lists them: those in the interface's language first,
    /// otherwise in path order.
    pub fn decks_in_order(&self) -> Vec<&Loaded<Deck>> {
        ui::context::decks_in_order(&self.library, self.state.language)
    }

    /// The loaded workshops as the library lists them: those in the interface's language first,
    /// otherwise in path order.
    pub fn workshops_in_order(&self) -> Vec<&Loaded<Workshop>> {
        ui::context::workshops_in_order(&self.library, self.state.language)
    }

    /// Whether the decks folder exists.
    pub fn folder_exists(&self) -> bool {
        self.folder.is_dir()
    }

    /// The folders and files the library is loaded from.
    pub fn roots(&self) -> Vec<PathBuf> {
        let mut roots = Vec::new();
        if self.folder_exists() {
            roots.push(self.folder.clone());
        }
        for path in &self.state.added {
            if !roots.contains(path) {
                roots.push(path.clone());
            }
        }
        roots
    }

    /// Reads the library again (the folders stay watched as they are).
    pub(super) fn load(&mut self) {
        self.load_with(false);
    }

    /// Reads the library again and, with `rewatch`, watches its roots anew: in the background
    /// when [`App::set_background_loading`] is on and the window exists (the outcome is taken
    /// by [`App::poll_library`]), else at once.
    pub(super) fn load_with(&mut self, rewatch: bool) {
        let options = LoadOptions {
            unknown_kind: Severity::Warning,
        };
        if self.background_loading
            && let Some(ctx) = self.ctx.clone()
        {
            let watch = (rewatch && self.watch).then(|| {
                let ctx = ctx.clone();
                Box::new(move || ctx.request_repaint()) as Box<dyn Fn() + Send>
            });
            let request = crate::content_load::LoadRequest {
                roots: self.roots(),
                bundled: self.bundled,
                options,
                watch,
            };
            self.loader.start(request, move || ctx.request_repaint());
            return;
        }
        let library = crate::content::load_library(&self.roots(), self.bundled, options);
        self.set_library(library);
        if rewatch && self.watch {
            self.start_watching();
        }
    }

    /// Whether the library is being read in the background (the views show "Läser in…").
    pub fn is_loading(&self) -> bool {
        self.loader.is_loading()
    }

    /// Reads the library, and watches its folders, in a background thread from now on (the
    /// real app does from its start; tests turn it on to see the window while a load runs).
    pub fn set_background_loading(&mut self, on: bool) {
        self.background_loading = on;
    }

    /// The background loader (tests hold its loads with [`crate::content_load::LibraryLoader::hold`]).
    pub fn loader(&self) -> &crate::content_load::LibraryLoader {
        &self.loader
    }

    /// Takes the background load's outcome once it is ready. Call once per frame.
    pub fn poll_library(&mut self) {
        if let Some(outcome) = self.loader.poll() {
            self.take_load(outcome);
        }
    }

    /// Waits (up to `limit`) for the background load and takes its outcome; for tests and
    /// for callers that need the library now.
    pub fn wait_for_library(&mut self, limit: std::time::Duration) {
        if let Some(outcome) = self.loader.wait(limit) {
            self.take_load(outcome);
        }
    }

    pub(super) fn take_load(
        &mut self,
        outcome: Result<crate::content_load::LoadOutcome, crate::content_load::LoadError>,
    ) {
        match outcome {
            Ok(outcome) => {
                let first = self.loaded_at.is_empty();
                self.set_library(outcome.library);
                match outcome.watcher {
                    Some(Ok(watcher)) => {
                        self.watcher = Some(watcher);
                        self.watch_error = None;
                    }
                    Some(Err(e)) => {
                        self.watcher = None;
                        self.watch_error = Some(UserMessage::new(e));
                    }
                    None => {}
                }
                if first && self.selection.is_none() {
                    self.select_first_deck();
                }
            }
            Err(e) => self.folder_error = Some(UserMessage::new(e)),
        }
    }

    pub(super) fn set_library(&mut self, library: Library) {
        let old = std::mem::replace(&mut self.library, library);
        // Freeing a large library (10,000 cards: several milliseconds) is not the frame's work.
        if std::thread::Builder::new()
            .name("library-drop".to_owned())
            .spawn(move || drop(old))
            .is_err()
        {
            // No thread: it was freed here, as before.
        }
        self.loaded_at = chrono::Local::now().format("%H:%M:%S").to_string();
        // Keep the selection while its item still exists.
        let keep = match &self.selection {
            Some(Selection::Deck(id)) => self.library.deck(id).is_some(),
            Some(Selection::Workshop(id)) => self.library.workshop(id).is_some(),
            Some(Selection::File(path)) => self.library.file(path).is_some(),
            None => true,
        };
        if !keep {
            self.selection = None;
        }
    }

    pub(super) fn start_watching(&mut self) {
        self.watcher = None;
        self.watch_error = None;
        let roots = self.roots();
        let Some(ctx) = self.ctx.clone() else { return };
        if roots.is_empty() {
            return;
        }
        match FolderWatcher::new(&roots, move || ctx.request_repaint()) {
            Ok(watcher) => self.watcher = Some(watcher),
            Err(e) => {
                let reason = crate::watch::watch_reason(&e);
                self.watch_error = Some(UserMessage::new(reason));
            }
        }
    }

    /// Whether the card browser is shown.
    pub fn view_is_browser(&self) -> bool {
        matches!(self.view, View::Browser(_))
    }

    /// Whether files are being watched for changes.
    pub fn is_watching(&self) -> bool {
        self.watcher.is_some()
    }

    /// Takes the watcher's pending changes and reloads once the files have been quiet long
    /// enough; otherwise asks for a repaint when they will have been. Returns whether it
    /// reloaded.
    pub fn process_file_events(&mut self, now: Instant) -> bool {
        if let Some(watcher) = &self.watcher
            && !watcher.take_changes().is_empty()
        {
            self.debounce.touch(now);
        }
        match self.debounce.due(now) {
            Due::Idle => false,
            Due::Wait(after) => {
                if let Some(ctx) = &self.ctx {
                    ctx.request_repaint_after(after);
                }
                false
            }
            Due::Now => {
                self.load();
                true
            }
        }
    }

    /// Notes that files changed at `now`, as the watcher does; the reload follows from
    /// [`App::process_file_events`] once the debounce delay has passed.
    pub fn note_file_change(&mut self, now: Instant) {
        self.debounce.touch(now);
    }

    pub(super) fn reload_and_watch(&mut self) {
        self.load_with(true);
    }
}
