//! The eframe app: owns the library, the watcher, the settings and the current view, applies the
//! commands the views return, and persists the settings.
//!
//! Views in [`crate::ui`] draw from the state they are given and return a [`Command`] for what
//! the user asked; only [`App::apply`] changes the library, the settings or which view is shown.
//! The persisted part is one serde struct, [`PersistedState`], with defaults for every field so
//! that state saved by older versions keeps loading. Runtime handles (the file watcher, the egui
//! context) are kept apart from it.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use chrono::{DateTime, Utc};

use crate::i18n::Localized;
use crate::jobs::{ExportDone, ExportJob, SessionSaver};
use crate::model::{Deck, Library, LoadOptions, Loaded, Severity, Workshop};
use crate::session::{Session, SessionCommand, SessionEvent, SessionListing, SessionStore};
use crate::ui::browser::BrowserState;
use crate::ui::i18n::{Key, Language, fill};
use crate::ui::library::LibraryViewState;
use crate::ui::print::PrintState;
use crate::ui::theme::Theme;
use crate::ui::workshop::SessionViewState;
use crate::ui::{self, Selection};

pub use crate::active::{
    ActiveSession, FLASH_SECONDS, PendingStart, next_quarter_hour, planned_start_at,
};
pub use crate::ui::command::{Command, TEXT_SIZE_RANGE, View};
use crate::watch::{Debounce, Due, FolderWatcher};

/// The key under which eframe stores [`PersistedState`].
pub const STORAGE_KEY: &str = eframe::APP_KEY;

/// Everything the app remembers between runs (the window size is eframe's own).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    /// The interface language.
    pub language: Language,
    /// The colour theme.
    pub theme: Theme,
    /// Text size in percent, 100–200.
    pub text_size: u32,
    /// The decks folder last opened in the app.
    pub decks_folder: Option<PathBuf>,
    /// Files and folders added by dropping them on the window.
    pub added: Vec<PathBuf>,
    /// The projector window was open when the app last ran a session; it opens again when a
    /// session is resumed.
    pub projector_open: bool,
    /// The home screen lists the bundled workshops and decks of every language, not only
    /// those in the interface's language.
    pub home_all_languages: bool,
}

impl Default for PersistedState {
    fn default() -> Self {
        PersistedState {
            language: Language::system(),
            theme: Theme::default(),
            text_size: 100,
            decks_folder: None,
            added: Vec::new(),
            projector_open: false,
            home_all_languages: false,
        }
    }
}

/// Why something the user asked for in the app could not be done; shown in the interface's
/// language through [`Localized`].
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The start time is not a clock time.
    #[error(transparent)]
    Clock(#[from] crate::clock::ClockError),
    /// The seed is not a whole number.
    #[error("the seed `{0}` is not a whole number")]
    BadSeed(String),
    /// A workshop that is not in the library.
    #[error("the workshop `{0}` is not in the library")]
    NoSuchWorkshop(String),
    /// The system names no folder for the program's data.
    #[error("the system names no data folder; sessions cannot be saved")]
    NoDataFolder,
    /// A session file could not be read or written.
    #[error(transparent)]
    SessionFile(#[from] crate::session::SessionFileError),
    /// A PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    /// A file could not be written.
    #[error("could not write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// No session is open for what was asked.
    #[error("no session is open")]
    NoSession,
    /// The session has no dates for a calendar.
    #[error("the session has no dates for a calendar")]
    NoDates,
    /// No loaded workshop takes a plan over (for a session in this language).
    #[error("no follow-up workshop for the language `{0}`")]
    NoFollowUpWorkshop(String),
    /// The follow-up could not take the earlier plan over.
    #[error(transparent)]
    FollowUp(#[from] crate::session::FollowUpError),
    /// The Word protocol could not be made.
    #[error(transparent)]
    Docx(#[from] crate::export::docx::DocxError),
    /// The thread writing a session's files stopped without an answer.
    #[error("the files could not be finished (internal error)")]
    FilesInterrupted,
}

/// Which files of a session a [`FilesJob`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FilesKind {
    /// The summary, as Markdown and PDF.
    Summary,
    /// The follow-up dates as a calendar (.ics).
    Calendar,
    /// The Word protocol (.docx).
    Docx,
}

/// The part of writing a session's files that runs in the background.
type FilesWork = Box<dyn FnOnce() -> Result<Vec<PathBuf>, AppError> + Send>;

/// A session's files being written in the background.
#[derive(Debug)]
struct FilesJob {
    kind: FilesKind,
    /// The session the files are of.
    session: String,
    job: crate::jobs::Job<Result<Vec<PathBuf>, AppError>>,
}

/// Writes `bytes` to `path` durably and whole (nothing half-written is ever left).
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    crate::fsutil::write_atomic(path, bytes, true).map_err(|source| AppError::Write {
        path: path.to_path_buf(),
        source,
    })
}

impl Localized for AppError {
    fn message(&self, language: Language) -> String {
        match self {
            AppError::Clock(e) => e.message(language),
            AppError::BadSeed(seed) => language.fmt(Key::BadSeed, &[("seed", seed)]),
            AppError::NoSuchWorkshop(id) => language.fmt(Key::NoSuchWorkshop, &[("id", id)]),
            AppError::NoDataFolder => language.tr(Key::NoDataFolder).into(),
            AppError::SessionFile(e) => e.message(language),
            AppError::Pdf(e) => e.message(language),
            AppError::Write { path, source } => language.fmt(
                Key::ErrPdfWrite,
                &[
                    ("path", &path.display()),
                    ("reason", &crate::i18n::io_reason(source, language)),
                ],
            ),
            AppError::NoSession => language.tr(Key::NoSession).into(),
            AppError::NoDates => language.tr(Key::NoDates).into(),
            AppError::NoFollowUpWorkshop(tag) => {
                language.fmt(Key::FollowUpNoWorkshop, &[("language", tag)])
            }
            AppError::FollowUp(e) => e.message(language),
            AppError::Docx(e) => e.message(language),
            AppError::FilesInterrupted => language.tr(Key::ErrFilesInterrupted).into(),
        }
    }
}

/// The app's state while it runs.
pub struct App {
    /// What is remembered between runs.
    pub state: PersistedState,
    /// Everything loaded from the folder and the added paths.
    pub library: Library,
    /// The current view.
    pub view: View,
    /// Views to go back to.
    history: Vec<View>,
    /// The item selected in the library list.
    pub selection: Option<Selection>,
    /// The library view's own state.
    pub library_view: LibraryViewState,
    /// The decks folder in use.
    pub folder: PathBuf,
    /// The text of the folder field.
    pub folder_input: String,
    /// Why the last folder typed could not be opened.
    pub folder_error: Option<String>,
    /// Dropped paths that were not used.
    pub ignored_drops: Vec<PathBuf>,
    /// When the library was last loaded, as a local clock time.
    pub loaded_at: String,
    /// Why the folder cannot be watched, if it cannot.
    pub watch_error: Option<String>,
    /// The export running in the background.
    pub export_job: Option<ExportJob>,
    /// The files of a session being written in the background.
    files_job: Option<FilesJob>,
    /// The outcome of the last export.
    pub last_export: Option<Result<ExportDone, crate::jobs::ExportError>>,
    /// How many exports have ended (each new outcome counts, so a view can tell a new one
    /// from the one it has shown).
    pub exports_ended: u64,
    /// The file or folder that could not be opened with the system's program, and why.
    pub reveal_error: Option<(PathBuf, String)>,
    /// Why the last file or folder dialog could not be shown.
    pub dialog_error: Option<String>,
    /// The session being run or looked at.
    pub session: Option<ActiveSession>,
    /// Whether the bundled decks and workshops are part of the library.
    pub bundled: bool,
    /// The user's own folder in their documents, when the system has one.
    pub documents: Option<PathBuf>,
    /// Whether the user's folder was created at this start (the home screen says so).
    pub documents_created: bool,
    /// Why the user's folder could not be created.
    pub documents_error: Option<String>,
    /// Folder and save dialogs and the opener, running in the background.
    pub desktop: crate::desktop::Desktop,
    /// Where sessions are saved; `None` when the system names no data folder.
    pub store: Option<SessionStore>,
    /// Unfinished sessions of the store, newest first, offered for resuming.
    pub unfinished: Vec<SessionListing>,
    /// Every session of the store, newest first.
    pub past_sessions: Vec<SessionListing>,
    /// Why the last session action failed.
    pub session_error: Option<String>,
    /// Where exports are written by default: `exports/` in the user's folder (in the working
    /// folder for [`App::with_state`]).
    pub exports_dir: PathBuf,
    /// The time the app uses instead of the system clock (tests fast-forward with it).
    pub clock_override: Option<DateTime<Utc>>,
    /// A start asked for while another session runs, waiting for an answer.
    pub pending_start: Option<PendingStart>,
    /// What the last session action did, shown briefly with how to undo it.
    pub toast: Option<crate::ui::workshop::Toast>,
    /// What was prepared before the day, per workshop id (read from the store when the
    /// workshop's page is first shown).
    pub drafts: std::collections::BTreeMap<String, crate::session::draft::SessionDraft>,
    /// Workshops whose draft changed since it was last written (typed roles wait for the field
    /// to lose the keyboard, or for the periodic save).
    unsaved_drafts: std::collections::BTreeSet<String>,
    saver: SessionSaver,
    /// Lists the session folder in the background (the real app; tests list at once).
    lister: crate::jobs::SessionLister,
    /// Why the last background listing gave no list (the lists stay as they were).
    pub listing_error: Option<String>,
    /// The lock file of the open session, while this program has it open for writing.
    session_lock: Option<crate::session::file::SessionLock>,
    /// Why the open session is not saved: another running program has it open.
    read_only: Option<String>,
    watcher: Option<FolderWatcher>,
    watch: bool,
    /// Loads (and watches) the library in a background thread instead of in the frame.
    background_loading: bool,
    loader: crate::content_load::LibraryLoader,
    debounce: Debounce,
    ctx: Option<egui::Context>,
    applied: Option<(Theme, u32)>,
    first_frame: bool,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("state", &self.state)
            .field("folder", &self.folder)
            .field("view", &self.view)
            .finish_non_exhaustive()
    }
}

/// When the program started, for the start-up time printed with `INNOVATIONSLEK_TIMING=1`.
static STARTED: OnceLock<Instant> = OnceLock::new();

impl App {
    /// The app for eframe: settings from eframe's storage, the bundled content, the user's
    /// folder in their documents, and `decks` from the command line (`--decks DIR`) instead of
    /// that folder when given.
    pub fn new(cc: &eframe::CreationContext<'_>, decks: Option<PathBuf>) -> App {
        let state = cc
            .storage
            .and_then(|storage| eframe::get_value::<PersistedState>(storage, STORAGE_KEY))
            .unwrap_or_default();
        let documents = crate::content::documents_folder();
        let mut app = App::desktop_deferred(decks, state, documents, true);
        // The library is read, and its folders watched, in the background: the first frame
        // does not wait for the disk.
        app.background_loading = true;
        app.bind(&cc.egui_ctx);
        if cc.gl.is_some() {
            crate::ui::projector::enable_gl_clear(&cc.egui_ctx);
        }
        app.refresh_sessions();
        app
    }

    /// The app as the desktop starts it, whatever the working folder: the bundled decks and
    /// workshops, and the user's folder `documents` (created on the first start with a README
    /// and an example; exports go to its `exports/`). The folder shown is `decks` when given,
    /// else the one remembered in the settings if it still exists, else `documents`. Opens on
    /// the home screen.
    pub fn desktop(
        decks: Option<PathBuf>,
        state: PersistedState,
        documents: Option<PathBuf>,
        watch: bool,
    ) -> App {
        let mut app = App::desktop_deferred(decks, state, documents, watch);
        app.load();
        app.select_first_deck();
        app
    }

    /// [`App::desktop`] with nothing loaded yet: the first load is the caller's (in the
    /// background once bound, see [`App::set_background_loading`]).
    fn desktop_deferred(
        decks: Option<PathBuf>,
        state: PersistedState,
        documents: Option<PathBuf>,
        watch: bool,
    ) -> App {
        let mut documents_created = false;
        let mut documents_error = None;
        if let Some(dir) = &documents {
            match crate::content::prepare_folder_in(dir, state.language) {
                Ok(prepared) => {
                    documents_created = prepared == crate::content::Prepared::Created;
                }
                Err(e) => documents_error = Some(format!("{}: {e}", dir.display())),
            }
        }
        let folder = decks
            .or_else(|| state.decks_folder.clone().filter(|f| f.is_dir()))
            .or_else(|| documents.clone())
            .unwrap_or_else(|| PathBuf::from(crate::paths::DEFAULT_DECKS));
        let exports_dir = documents.as_ref().map_or_else(
            || default_output(""),
            |d| d.join(crate::content::EXPORTS_FOLDER),
        );
        let mut app = App::build(folder, state, watch, true);
        app.documents = documents;
        app.documents_created = documents_created;
        app.documents_error = documents_error;
        app.exports_dir = exports_dir;
        app.view = View::Home;
        app
    }

    /// The app with the given settings and only the files under `decks` (no bundled content),
    /// on the library view; exports go to `exports/` in the working folder. Its sessions are
    /// listed once a store is set (see [`App::set_store`]; [`App::new`] lists the user's), so a
    /// test swaps in its own store before anything of the user's data folder is read. The command line's
    /// `decks` wins unless it is the default folder and the settings remember another one
    /// that still exists. With `watch`, changes on disk are reloaded automatically once the
    /// app is shown.
    pub fn with_state(decks: PathBuf, state: PersistedState, watch: bool) -> App {
        let folder = match &state.decks_folder {
            Some(remembered)
                if decks == Path::new(crate::paths::DEFAULT_DECKS) && remembered.is_dir() =>
            {
                remembered.clone()
            }
            _ => decks,
        };
        let mut app = App::build(folder, state, watch, false);
        app.load();
        app.select_first_deck();
        app
    }

    fn build(folder: PathBuf, state: PersistedState, watch: bool, bundled: bool) -> App {
        App {
            folder_input: folder.display().to_string(),
            folder,
            state,
            library: Library::default(),
            view: View::Library,
            history: Vec::new(),
            selection: None,
            library_view: LibraryViewState::default(),
            folder_error: None,
            ignored_drops: Vec::new(),
            loaded_at: String::new(),
            watch_error: None,
            export_job: None,
            files_job: None,
            last_export: None,
            exports_ended: 0,
            reveal_error: None,
            dialog_error: None,
            session: None,
            bundled,
            documents: None,
            documents_created: false,
            documents_error: None,
            desktop: crate::desktop::Desktop::default(),
            store: SessionStore::user(),
            unfinished: Vec::new(),
            past_sessions: Vec::new(),
            session_error: None,
            exports_dir: default_output(""),
            clock_override: None,
            pending_start: None,
            toast: None,
            drafts: std::collections::BTreeMap::new(),
            unsaved_drafts: std::collections::BTreeSet::new(),
            saver: SessionSaver::new(),
            lister: crate::jobs::SessionLister::default(),
            listing_error: None,
            session_lock: None,
            read_only: None,
            watcher: None,
            watch,
            background_loading: false,
            loader: crate::content_load::LibraryLoader::default(),
            debounce: Debounce::default(),
            ctx: None,
            applied: None,
            first_frame: true,
        }
    }

    /// Start with something to look at: the first deck in the interface's language.
    fn select_first_deck(&mut self) {
        self.selection = self
            .decks_in_order()
            .first()
            .map(|d| Selection::Deck(d.value.id.clone()));
    }

    /// Where an export named `name` goes by default: the exports folder.
    pub fn output_path(&self, name: &str) -> PathBuf {
        self.exports_dir.join(name)
    }

    /// Uses `store` for sessions (tests use a temporary folder) and lists its sessions.
    pub fn set_store(&mut self, store: Option<SessionStore>) {
        self.store = store;
        self.refresh_sessions();
    }

    /// The time now: the system clock, or [`App::clock_override`] when set.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock_override.unwrap_or_else(Utc::now)
    }

    /// Lists the store's sessions again: in the background when
    /// [`App::set_background_loading`] is on and the window exists (the lists are replaced when
    /// the listing is ready, see [`App::poll_sessions`]), else at once.
    pub fn refresh_sessions(&mut self) {
        if self.background_loading
            && let (Some(ctx), Some(store)) = (self.ctx.clone(), self.store.clone())
        {
            // The listing waits for pending saves in its own thread, so no file is read while
            // it is being replaced and the window does not wait for the disk.
            self.lister
                .start(store, self.saver.waiter(), move || ctx.request_repaint());
            return;
        }
        // Pending saves first, so no file is read while it is being replaced.
        self.saver.flush();
        let all = self
            .store
            .as_ref()
            .map(SessionStore::list)
            .unwrap_or_default();
        self.take_listing(all);
    }

    /// Takes a background listing once it is ready. Call once per frame.
    pub fn poll_sessions(&mut self) {
        match self.lister.poll() {
            Some(Ok(all)) => {
                self.listing_error = None;
                self.take_listing(all);
            }
            Some(Err(e)) => self.listing_error = Some(e.message(self.state.language)),
            None => {}
        }
    }

    /// Whether the session folder is being read in the background.
    pub fn is_listing_sessions(&self) -> bool {
        self.lister.is_listing()
    }

    /// The background session lister (tests hold and wait for its listings).
    pub fn session_lister(&mut self) -> &mut crate::jobs::SessionLister {
        &mut self.lister
    }

    /// Puts a listing of the store into the lists, newest first, with the open session's line
    /// as it is now (the listing may have been read before its latest change).
    fn take_listing(&mut self, mut all: Vec<SessionListing>) {
        let updated = |l: &SessionListing| l.state.as_ref().ok().map(|s| s.updated);
        all.sort_by_key(|l| std::cmp::Reverse(updated(l)));
        self.unfinished = all
            .iter()
            .filter(|l| l.state.as_ref().is_ok_and(|s| s.finished.is_none()))
            .cloned()
            .collect();
        self.past_sessions = all;
        self.note_listing();
    }

    /// Waits until every autosave asked for is on disk.
    pub fn flush_saves(&self) {
        self.saver.flush();
    }

    /// Why the open session is read-only (another running program has it open), if it is.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Makes the read-only session a new session of its own (a copy under a new name, held
    /// open by this program), so work can go on while the other window keeps the original.
    fn open_session_copy(&mut self) -> Result<(), AppError> {
        if self.read_only.is_none() {
            return Ok(());
        }
        let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
        let Some(active) = &mut self.session else {
            return Ok(());
        };
        let original = active.session.id().to_owned();
        active.session.set_id(format!("{original}-kopia"));
        match store.create(&mut active.session) {
            Ok((path, lock)) => {
                active.path = Some(path);
                active
                    .notes
                    .push(crate::i18n::Message::new(Key::SessionCopyOf).with("id", &original));
                self.session_lock = Some(lock);
                self.read_only = None;
                self.refresh_sessions();
                Ok(())
            }
            Err(e) => {
                active.session.set_id(original);
                Err(e.into())
            }
        }
    }

    /// Why the last autosave failed, if it did.
    pub fn save_error(&self) -> Option<String> {
        self.saver.error()
    }

    /// Saves the open session in the background (serialised here, written by the saver).
    fn autosave(&mut self) {
        if let Some(why) = &self.read_only {
            self.session_error = Some(why.clone());
            return;
        }
        let Some(active) = &self.session else { return };
        let Some(path) = active.path.clone() else {
            return;
        };
        match active.session.file().to_ron() {
            Ok(text) => self.saver.save(path, text),
            Err(e) => self.session_error = Some(e.message(self.state.language)),
        }
    }

    fn start_session(
        &mut self,
        workshop_id: &str,
        start: &str,
        seed: &str,
    ) -> Result<(), AppError> {
        self.start_session_from(workshop_id, start, seed, None)
    }

    /// Starts a session; with `from`, as the follow-up of that earlier session.
    fn start_session_from(
        &mut self,
        workshop_id: &str,
        start: &str,
        seed: &str,
        from: Option<&Session>,
    ) -> Result<(), AppError> {
        let start_minutes = crate::clock::parse_minutes(start)?;
        let seed: u64 = seed
            .trim()
            .parse()
            .map_err(|_| AppError::BadSeed(seed.trim().to_owned()))?;
        let loaded = self
            .library
            .workshop(workshop_id)
            .ok_or_else(|| AppError::NoSuchWorkshop(workshop_id.to_owned()))?;
        let workshop = loaded.value.clone();
        let hash = crate::session::content_hash(&loaded.source.text);
        let deck = workshop
            .deck
            .as_deref()
            .and_then(|id| self.library.deck(id))
            .map(|d| d.value.clone());
        let now = self.now();
        let planned_start = planned_start_at(now, start_minutes);
        let mut session = Session::new(workshop, hash, deck.as_ref(), seed, planned_start, now);
        if let Some(earlier) = from {
            session.follow_up(earlier)?;
        }
        // What was prepared before the day goes into the session.
        self.load_draft(workshop_id);
        let draft = self.drafts.remove(workshop_id);
        if let Some(draft) = draft.as_ref().filter(|d| !d.is_empty()) {
            session.take_draft(draft, now);
        }
        self.session_lock = None;
        self.read_only = None;
        let path = match &self.store {
            Some(store) => {
                let (path, lock) = store.create(&mut session)?;
                self.session_lock = Some(lock);
                Some(path)
            }
            None => None,
        };
        self.session = Some(ActiveSession {
            session,
            deck,
            path,
            notes: Vec::new(),
            flash_until: None,
            exported: Vec::new(),
        });
        if let (Some(store), Some(draft)) = (&self.store, &draft)
            && !draft.is_empty()
            && let Err(e) = store.remove_draft(workshop_id)
        {
            self.session_error = Some(e.message(self.state.language));
        }
        self.show(View::Session(SessionViewState::default()));
        self.refresh_sessions();
        Ok(())
    }

    fn open_session(&mut self, id: &str) -> Result<(), AppError> {
        let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
        // Pending saves first, so what is read is what was last written.
        self.saver.flush();
        self.session_lock = None;
        let lock = store.lock(id);
        let loaded = match &lock {
            Ok(_) => store.open(id),
            // Another program has it open: read it, and move nothing aside.
            Err(_) => crate::session::read_session(&store.path_of(id)),
        }?;
        let file = loaded.file;
        let workshop = self
            .library
            .workshop(&file.workshop)
            .ok_or_else(|| AppError::NoSuchWorkshop(file.workshop.clone()))?;
        let hash = crate::session::content_hash(&workshop.source.text);
        let workshop = workshop.value.clone();
        let deck = file
            .deck
            .as_deref()
            .and_then(|id| self.library.deck(id))
            .map(|d| d.value.clone());
        let (mut session, notices) = Session::resume(file, workshop, &hash);
        // The session is the file it was opened from: its own name, not the `id` written in it.
        session.set_id(id.to_owned());
        let mut notes: Vec<crate::i18n::Message> = notices
            .iter()
            .map(crate::session::ResumeNotice::to_message)
            .collect();
        if loaded.from_backup {
            notes.push(
                crate::i18n::Message::new(Key::NoteFromBackup).with("path", loaded.path.display()),
            );
        }
        match lock {
            Ok(lock) => {
                self.session_lock = Some(lock);
                self.read_only = None;
            }
            Err(held) => {
                let why = held.message(self.state.language);
                self.session_error = Some(why.clone());
                self.read_only = Some(why);
            }
        }
        self.session = Some(ActiveSession {
            session,
            deck,
            path: Some(loaded.path),
            notes,
            flash_until: None,
            exported: Vec::new(),
        });
        self.show(View::Session(SessionViewState {
            projector_open: self.state.projector_open,
            ..SessionViewState::default()
        }));
        Ok(())
    }

    /// Reads a workshop's draft from the store once (an unreadable one is reported and a new
    /// one started; the damaged file is left as it is).
    pub fn load_draft(&mut self, workshop: &str) {
        if self.drafts.contains_key(workshop) {
            return;
        }
        let now = self.now();
        let loaded = match &self.store {
            Some(store) => store.load_draft(workshop),
            None => Ok(None),
        };
        let draft = match loaded {
            Ok(Some(draft)) => draft,
            Ok(None) => crate::session::draft::SessionDraft::new(workshop, now),
            Err(e) => {
                self.session_error = Some(e.message(self.state.language));
                crate::session::draft::SessionDraft::new(workshop, now)
            }
        };
        self.drafts.insert(workshop.to_owned(), draft);
    }

    fn draft_mut(&mut self, workshop: &str) -> &mut crate::session::draft::SessionDraft {
        self.load_draft(workshop);
        let now = self.now();
        self.drafts
            .entry(workshop.to_owned())
            .or_insert_with(|| crate::session::draft::SessionDraft::new(workshop, now))
    }

    /// Writes a workshop's draft to the store (a tiny file; an empty draft removes it).
    fn save_draft(&mut self, workshop: &str) {
        self.unsaved_drafts.remove(workshop);
        let (Some(store), Some(draft)) = (&self.store, self.drafts.get(workshop)) else {
            return;
        };
        if let Err(e) = store.save_draft(draft) {
            self.session_error = Some(e.message(self.state.language));
        }
    }

    fn session_command(&mut self, command: SessionCommand) {
        // Another window has the session open: nothing here changes it (the banner says why).
        if self.read_only.is_some() {
            return;
        }
        let now = self.now();
        let language = self.state.language;
        let Some(active) = &mut self.session else {
            return;
        };
        let recorded = active.session.history().recorded();
        match active.session.apply(command, now) {
            Ok(event) => {
                self.session_error = None;
                let history = active.session.history();
                let toast = match &event {
                    SessionEvent::Undid(action) => {
                        Some(crate::ui::workshop::Toast::undid(action, language, now))
                    }
                    SessionEvent::Redid(action) => {
                        Some(crate::ui::workshop::Toast::redid(action, language, now))
                    }
                    // Something was recorded (a new step, or typing joined to the last one).
                    _ if history.recorded() != recorded => history
                        .undo_action()
                        .map(|action| crate::ui::workshop::Toast::done(action, language, now)),
                    _ => None,
                };
                if toast.is_some() {
                    self.toast = toast;
                }
                if matches!(event, SessionEvent::Finished) {
                    active.flash_until = None;
                }
                self.autosave();
                self.note_listing();
                // Reopened (or finishing undone): the session is unfinished again.
                let reopened = self
                    .session
                    .as_ref()
                    .is_some_and(|a| a.session.finished().is_none() && a.path.is_some())
                    && !self.unfinished.iter().any(|l| self.is_active(&l.id));
                if matches!(event, SessionEvent::Finished) || reopened {
                    self.refresh_sessions();
                }
            }
            Err(e) => {
                self.session_error = Some(crate::ui::workshop::session_error_text(&e, language));
            }
        }
    }

    /// Whether `id` is the session open now.
    fn is_active(&self, id: &str) -> bool {
        self.session.as_ref().is_some_and(|a| a.session.id() == id)
    }

    /// Brings the open session's line in the session lists up to date at once (step, time of
    /// the last change, finished), without reading the folder again.
    fn note_listing(&mut self) {
        let Some(active) = &self.session else { return };
        let file = active.session.file();
        let id = active.session.id().to_owned();
        for list in [&mut self.unfinished, &mut self.past_sessions] {
            for listing in list.iter_mut().filter(|l| l.id == id) {
                if let Ok(listed) = &mut listing.state {
                    listed.current_step = file.current_step.clone();
                    listed.updated = file.updated;
                    listed.finished = file.finished;
                }
            }
        }
        let finished = file.finished.is_some();
        if finished {
            self.unfinished.retain(|l| l.id != id);
        }
    }

    /// What writing the `kind` files of the open session takes: the data copied out of the
    /// session and the paths checked here, on the window's thread, so that the rest (laying
    /// out a PDF or a Word file, writing) can run in the background. The names come from us,
    /// never from the file: a plain stem inside the exports folder.
    fn files_work(&self, kind: FilesKind) -> Result<FilesWork, AppError> {
        let Some(active) = &self.session else {
            return Err(AppError::NoSession);
        };
        let stem = format!("{}-summary", crate::fsutil::safe_stem(active.session.id()));
        let inside = |extension: &str| {
            let name = format!("{stem}.{extension}");
            crate::fsutil::join_inside(&self.exports_dir, &name).map_err(|source| AppError::Write {
                path: self.exports_dir.join(&name),
                source,
            })
        };
        let data = || {
            crate::session::SummaryData::build(
                &active.session,
                active.deck.as_ref(),
                active.notes.clone(),
            )
        };
        Ok(match kind {
            FilesKind::Summary => {
                let data = data();
                let (md_path, pdf_path) = (inside("md")?, inside("pdf")?);
                Box::new(move || {
                    let markdown = crate::session::render_markdown(&data);
                    let pdf = crate::pdf::document::render_document(
                        &crate::report::summary_document(&data),
                    )?;
                    write_file(&md_path, markdown.as_bytes())?;
                    write_file(&pdf_path, &pdf.bytes)?;
                    Ok(vec![md_path, pdf_path])
                })
            }
            FilesKind::Calendar => {
                let export = crate::export::ics::calendar(&active.session);
                if export.events == 0 {
                    return Err(AppError::NoDates);
                }
                let path = inside("ics")?;
                Box::new(move || {
                    write_file(&path, export.text.as_bytes())?;
                    Ok(vec![path])
                })
            }
            FilesKind::Docx => {
                let data = data();
                let path = inside("docx")?;
                Box::new(move || {
                    write_file(&path, &crate::export::docx::protocol(&data)?)?;
                    Ok(vec![path])
                })
            }
        })
    }

    /// Starts writing the `kind` files of the open session in the background (one such job
    /// at a time: the buttons wait while one runs).
    fn start_files(&mut self, kind: FilesKind) {
        if self.files_job.is_some() {
            return;
        }
        match self.files_work(kind) {
            Err(e) => self.session_error = Some(e.message(self.state.language)),
            Ok(work) => {
                self.session_error = None;
                let session = self
                    .session
                    .as_ref()
                    .map(|a| a.session.id().to_owned())
                    .unwrap_or_default();
                let ctx = self.ctx.clone();
                let wake = move || {
                    if let Some(ctx) = ctx {
                        ctx.request_repaint();
                    }
                };
                self.files_job = Some(FilesJob {
                    kind,
                    session,
                    job: crate::jobs::Job::spawn(wake, work),
                });
            }
        }
    }

    /// Whether a session's files are being written.
    pub fn files_running(&self) -> bool {
        self.files_job.is_some()
    }

    /// Takes the answer of the job writing a session's files, if it has ended.
    fn poll_files(&mut self) {
        let answer = self.files_job.as_ref().and_then(|f| f.job.poll());
        self.finish_files(answer);
    }

    /// Waits at most `limit` for the job writing a session's files and takes its answer (for
    /// tests and scripts that need the files before going on).
    pub fn wait_for_files(&mut self, limit: Duration) {
        let answer = self.files_job.as_ref().and_then(|f| f.job.wait(limit));
        self.finish_files(answer);
    }

    fn finish_files(&mut self, answer: Option<Option<Result<Vec<PathBuf>, AppError>>>) {
        let Some(answer) = answer else {
            return;
        };
        let Some(job) = self.files_job.take() else {
            return;
        };
        match answer.unwrap_or(Err(AppError::FilesInterrupted)) {
            Err(e) => self.session_error = Some(e.message(self.state.language)),
            Ok(paths) => {
                self.session_error = None;
                let now = self.now();
                let note = match (job.kind, paths.first()) {
                    (FilesKind::Summary, _) | (_, None) => None,
                    (_, Some(path)) => {
                        Some(fill(self.tr(Key::SavedFile), &[("path", &path.display())]))
                    }
                };
                if let Some(active) = &mut self.session
                    && active.session.id() == job.session
                {
                    active.exported = paths;
                }
                if let Some(note) = note {
                    self.toast = Some(crate::ui::workshop::Toast::note(note, now));
                }
            }
        }
    }

    /// The follow-up workshop for a session of `workshop` (see
    /// [`crate::active::follow_up_workshop`]).
    pub fn follow_up_workshop(&self, workshop: &str) -> Option<&str> {
        crate::active::follow_up_workshop(&self.library, workshop)
    }

    /// Starts the follow-up workshop from the saved session `id` (the open one, or one in the
    /// store): the new session's carried-over table lists that session's open plan rows.
    fn start_follow_up(&mut self, id: &str) -> Result<(), AppError> {
        let earlier = match &self.session {
            Some(active) if active.session.id() == id => active.session.clone(),
            _ => {
                let store = self.store.clone().ok_or(AppError::NoDataFolder)?;
                self.saver.flush();
                let loaded = crate::session::read_session(&store.path_of(id))?;
                let workshop = self
                    .library
                    .workshop(&loaded.file.workshop)
                    .ok_or_else(|| AppError::NoSuchWorkshop(loaded.file.workshop.clone()))?;
                let hash = crate::session::content_hash(&workshop.source.text);
                let mut session = Session::resume(loaded.file, workshop.value.clone(), &hash).0;
                session.set_id(id.to_owned());
                session
            }
        };
        let workshop = self
            .follow_up_workshop(&earlier.workshop().id)
            .map(str::to_owned)
            .ok_or_else(|| AppError::NoFollowUpWorkshop(earlier.workshop().language.clone()))?;
        let now = self.now();
        let start = next_quarter_hour(now);
        let seed = crate::seed::new_seed().to_string();
        if self
            .session
            .as_ref()
            .is_some_and(|a| a.session.finished().is_none() && a.session.id() != id)
        {
            self.pending_start = Some(PendingStart {
                workshop_id: workshop,
                start,
                seed,
                from: Some(Box::new(earlier)),
            });
            return Ok(());
        }
        self.start_session_from(&workshop, &start, &seed, Some(&earlier))
    }

    /// Notes a time-up at `now` (the flash, and the chime with the `sound` feature) and asks for
    /// the next repaint the session's display needs. Call once per frame.
    pub fn tick_session(&mut self, ctx: &egui::Context) {
        let now = self.now();
        let Some(active) = &mut self.session else {
            return;
        };
        if active.session.take_time_up_event(now).is_some() {
            active.flash_until = Some(now + chrono::TimeDelta::seconds(FLASH_SECONDS));
            crate::ui::workshop::chime();
            self.autosave();
        }
        let Some(active) = &mut self.session else {
            return;
        };
        if active.flash_until.is_some_and(|until| until <= now) {
            active.flash_until = None;
        }
        if let Some(after) = crate::ui::workshop::next_repaint(active, now) {
            ctx.request_repaint_after(after);
        }
        // Wake when the toast goes, to take it away.
        match &self.toast {
            Some(toast) if toast.showing(now) => {
                let ms = (toast.until - now).num_milliseconds().max(0) as u64 + 5;
                ctx.request_repaint_after(std::time::Duration::from_millis(ms));
            }
            Some(_) => self.toast = None,
            None => {}
        }
    }

    /// Connects the app to its window's context: fonts, and the watcher that wakes it.
    fn bind(&mut self, ctx: &egui::Context) {
        if self.ctx.is_some() {
            return;
        }
        ui::theme::install_fonts(ctx);
        self.ctx = Some(ctx.clone());
        if self.background_loading {
            // The first load (or the one asked for before the window existed), with the watch.
            self.load_with(true);
        } else if self.watch {
            self.start_watching();
        }
    }

    /// The text of `key` in the interface language.
    pub fn tr(&self, key: Key) -> crate::i18n::Text {
        self.state.language.tr(key)
    }

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
    fn load(&mut self) {
        self.load_with(false);
    }

    /// Reads the library again and, with `rewatch`, watches its roots anew: in the background
    /// when [`App::set_background_loading`] is on and the window exists (the outcome is taken
    /// by [`App::poll_library`]), else at once.
    fn load_with(&mut self, rewatch: bool) {
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

    fn take_load(
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
                        self.watch_error = Some(e.message(self.state.language));
                    }
                    None => {}
                }
                if first && self.selection.is_none() {
                    self.select_first_deck();
                }
            }
            Err(e) => self.folder_error = Some(e.message(self.state.language)),
        }
    }

    fn set_library(&mut self, library: Library) {
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

    fn start_watching(&mut self) {
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
                self.watch_error = Some(reason.message(self.state.language));
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

    /// Carries out a command.
    pub fn apply(&mut self, command: Command) {
        // Before the first library has been read, starting or resuming a workshop waits for
        // it (a few seconds at most), rather than saying the workshop does not exist.
        if matches!(
            command,
            Command::OpenSession(_) | Command::StartSession { .. }
        ) && self.is_loading()
            && self.loaded_at.is_empty()
        {
            self.wait_for_library(std::time::Duration::from_secs(10));
        }
        match command {
            Command::Select(selection) => {
                self.library_view = LibraryViewState::default();
                // A file is selected to see its problems: show the first one's lines at once.
                if matches!(selection, Selection::File(_)) {
                    self.library_view.diagnostic = Some(0);
                }
                self.selection = Some(selection);
            }
            Command::BrowseDeck(id) => self.show(View::Browser(BrowserState::new(id))),
            Command::ShowCard { deck_id, card_id } => {
                let mut browser = BrowserState::new(deck_id.as_str());
                browser.open = self
                    .library
                    .deck(&deck_id)
                    .and_then(|d| d.value.cards.iter().position(|c| c.id == card_id));
                self.show(View::Browser(browser));
            }
            Command::PrintDeck(id) => {
                let output = self.output_path(&crate::paths::deck_pdf_name(&id));
                self.show(View::Print(PrintState::new(id, output)));
            }
            Command::ExportDeck {
                deck_id,
                options,
                path,
            } => {
                if let Some(deck) = self.library.deck(&deck_id) {
                    let file = deck.source.path.clone();
                    let deck = deck.value.clone();
                    self.start_export(deck.title.clone(), path, move || {
                        let mut options = options;
                        let logo = crate::pdf::logo::attach(&deck, &file, &mut options).err();
                        let mut export = crate::pdf::export_deck(&deck, &options)?;
                        export
                            .warnings
                            .extend(logo.map(|e| crate::pdf::Warning::Logo(e.into_message())));
                        Ok(export)
                    });
                }
            }
            Command::ExportTestSheet { options, path } => {
                let what = self.tr(Key::ExportTestSheet).to_owned();
                self.start_export(what, path, move || crate::pdf::export_test_sheet(&options));
            }
            Command::ExportGuide {
                workshop_id,
                start,
                path,
            } => match crate::clock::parse_minutes(&start) {
                Err(e) => {
                    self.last_export = Some(Err(e.into()));
                    self.exports_ended += 1;
                }
                Ok(start_minutes) => {
                    if let Some(workshop) = self.library.workshop(&workshop_id) {
                        let workshop = workshop.value.clone();
                        let deck = workshop
                            .deck
                            .as_deref()
                            .and_then(|id| self.library.deck(id))
                            .map(|d| d.value.clone());
                        let what = format!("{}: {}", self.tr(Key::Guide), workshop.title);
                        self.start_export(what, path, move || {
                            crate::pdf::export_guide(
                                &workshop,
                                deck.as_ref(),
                                &crate::pdf::GuideOptions { start_minutes },
                            )
                        });
                    }
                }
            },
            Command::RevealFolder(path) => {
                self.reveal_error = None;
                let folder = crate::desktop::folder_of(&path);
                self.desktop.open(folder, self.ctx.clone());
            }
            Command::OpenFile(path) => {
                self.reveal_error = None;
                self.desktop.open(path, self.ctx.clone());
            }
            Command::CopyText(text) => {
                if let Some(ctx) = &self.ctx {
                    ctx.copy_text(text);
                }
            }
            Command::ChooseFolder => {
                let start = self.folder.clone();
                self.desktop.choose_folder(start, self.ctx.clone());
            }
            Command::ChooseSaveFile(suggested) => {
                self.desktop.choose_save_file(suggested, self.ctx.clone());
            }
            Command::ShowHome => {
                self.history.clear();
                self.view = View::Home;
            }
            Command::ShowInLibrary(selection) => {
                self.apply(Command::Select(selection));
                if !matches!(self.view, View::Library) {
                    self.show(View::Library);
                }
            }
            Command::ShowSettings => {
                if !matches!(self.view, View::Settings) {
                    self.show(View::Settings);
                }
            }
            Command::ShowLibrary => {
                self.history.clear();
                self.view = View::Library;
            }
            Command::Back => {
                let home = if self.bundled {
                    View::Home
                } else {
                    View::Library
                };
                self.view = self.history.pop().unwrap_or(home);
            }
            Command::SetLanguage(language) => self.state.language = language,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::SetHomeAllLanguages(all) => self.state.home_all_languages = all,
            Command::SetTextSize(percent) => {
                self.state.text_size =
                    percent.clamp(*TEXT_SIZE_RANGE.start(), *TEXT_SIZE_RANGE.end());
            }
            Command::OpenFolder(path) => {
                if path.as_os_str().is_empty() {
                    self.folder_error = Some(self.tr(Key::EmptyPath).to_owned());
                } else if !path.is_dir() {
                    let key = if path.exists() {
                        Key::NotAFolder
                    } else {
                        Key::FolderMissing
                    };
                    self.folder_error = Some(fill(self.tr(key), &[("path", &path.display())]));
                } else {
                    let path = std::path::absolute(&path).unwrap_or(path);
                    self.folder_error = None;
                    self.folder_input = path.display().to_string();
                    self.state.decks_folder = Some(path.clone());
                    self.folder = path;
                    self.selection = None;
                    // From the home screen (the folder dialog) it stays; elsewhere the library
                    // shows the new folder.
                    if !matches!(self.view, View::Home) {
                        self.history.clear();
                        self.view = View::Library;
                    }
                    self.reload_and_watch();
                }
            }
            Command::AddPaths(paths) => {
                let mut added = false;
                for path in paths {
                    let usable =
                        path.is_dir() || (path.is_file() && crate::model::FileKind::is_ron(&path));
                    if !usable {
                        self.ignored_drops.push(path);
                    } else if !self.state.added.contains(&path) {
                        self.state.added.push(path);
                        added = true;
                    }
                }
                if added {
                    self.reload_and_watch();
                }
            }
            Command::RemovePath(path) => {
                self.state.added.retain(|p| *p != path);
                self.reload_and_watch();
            }
            Command::Reload => self.load(),
            Command::StartSession {
                workshop_id,
                start,
                seed,
            } => {
                let running = self
                    .session
                    .as_ref()
                    .is_some_and(|a| a.session.finished().is_none());
                if running {
                    self.pending_start = Some(PendingStart {
                        workshop_id,
                        start,
                        seed,
                        from: None,
                    });
                } else {
                    let language = self.state.language;
                    self.session_error = self
                        .start_session(&workshop_id, &start, &seed)
                        .err()
                        .map(|e| e.message(language));
                }
            }
            Command::ConfirmStart(start) => {
                if let Some(pending) = self.pending_start.take()
                    && start
                {
                    self.flush_saves();
                    let language = self.state.language;
                    self.session_error = self
                        .start_session_from(
                            &pending.workshop_id,
                            &pending.start,
                            &pending.seed,
                            pending.from.as_deref(),
                        )
                        .err()
                        .map(|e| e.message(language));
                }
            }
            Command::OpenSession(id) => {
                // Read-only is told by the session view's banner, not as an error.
                let language = self.state.language;
                self.session_error = self.open_session(&id).err().map(|e| e.message(language));
            }
            Command::OpenSessionCopy => {
                let language = self.state.language;
                self.session_error = self.open_session_copy().err().map(|e| e.message(language));
            }
            Command::ShowSession => {
                if self.session.is_some() && !matches!(self.view, View::Session(_)) {
                    self.show(View::Session(SessionViewState::default()));
                }
            }
            Command::Session(command) => self.session_command(command),
            Command::ExportCalendar => self.start_files(FilesKind::Calendar),
            Command::ExportDocx => self.start_files(FilesKind::Docx),
            Command::StartFollowUp(id) => {
                let language = self.state.language;
                self.session_error = self.start_follow_up(&id).err().map(|e| e.message(language));
            }
            Command::ExportSummary => self.start_files(FilesKind::Summary),
            Command::ToggleProjector => {
                if let View::Session(state) = &mut self.view {
                    state.projector_open = !state.projector_open;
                    state.projector_fullscreen = false;
                    self.state.projector_open = state.projector_open;
                }
            }
            Command::ToggleFullscreen => {
                if let View::Session(state) = &mut self.view {
                    if state.projector_open {
                        state.projector_fullscreen = !state.projector_fullscreen;
                    } else {
                        state.presenting = !state.presenting;
                        if let Some(ctx) = &self.ctx {
                            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
                                state.presenting,
                            ));
                        }
                    }
                }
            }
            Command::SetNewItem(field, text) => {
                if let View::Session(state) = &mut self.view {
                    state.new_items.insert(field, text);
                }
            }
            Command::SetPrepared {
                workshop,
                item,
                done,
            } => {
                let now = self.now();
                self.draft_mut(&workshop).set_prepared(&item, done, now);
                self.save_draft(&workshop);
            }
            Command::SetDraftRole {
                workshop,
                role,
                people,
            } => {
                let now = self.now();
                self.draft_mut(&workshop).set_role(&role, &people, now);
                self.unsaved_drafts.insert(workshop);
            }
            Command::SaveDraft(workshop) => self.save_draft(&workshop),
            Command::SetRoleInput(role, text) => {
                if let View::Session(state) = &mut self.view {
                    state.role_inputs.insert(role, text);
                }
            }
            Command::ToggleHelp => {
                if let View::Session(state) = &mut self.view {
                    state.help = !state.help;
                }
            }
            Command::SessionView(change) => {
                if let View::Session(state) = &mut self.view {
                    state.change(change);
                }
            }
        }
    }

    fn start_export(
        &mut self,
        what: String,
        path: PathBuf,
        work: impl FnOnce() -> Result<crate::pdf::Export, crate::pdf::PdfError> + Send + 'static,
    ) {
        if self.export_job.is_some() {
            return;
        }
        let path = if path.as_os_str().is_empty() {
            self.output_path("export.pdf")
        } else {
            path
        };
        let ctx = self.ctx.clone();
        let wake = move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        };
        self.last_export = None;
        self.reveal_error = None;
        let language = self.state.language;
        self.export_job = Some(ExportJob::spawn_in(language, what, path, wake, work));
    }

    /// Takes the answers of the desktop's dialogs and opener.
    pub fn poll_desktop(&mut self) {
        for answer in self.desktop.poll() {
            self.take_answer(answer);
        }
    }

    /// Carries out what a dialog or the opener answered.
    pub fn take_answer(&mut self, answer: crate::desktop::Answer) {
        use crate::desktop::Answer;
        match answer {
            Answer::Folder(path) => {
                self.dialog_error = None;
                self.apply(Command::OpenFolder(path));
            }
            Answer::SaveFile(path) => {
                self.dialog_error = None;
                let path = if path.extension().is_none() {
                    path.with_extension("pdf")
                } else {
                    path
                };
                if let View::Print(state) = &mut self.view {
                    state.output = path.display().to_string();
                }
            }
            Answer::DialogUnavailable => {
                self.dialog_error = Some(self.tr(Key::DialogUnavailable).to_owned());
            }
            Answer::OpenFailed { path, error } => {
                self.reveal_error = Some((path, error.message(self.state.language)));
            }
        }
    }

    /// Takes the outcome of the background export, if it has ended.
    pub fn poll_export(&mut self) {
        if let Some(job) = &self.export_job
            && let Some(outcome) = job.poll()
        {
            self.last_export = Some(outcome);
            self.exports_ended += 1;
            self.export_job = None;
        }
    }

    fn show(&mut self, view: View) {
        let previous = std::mem::replace(&mut self.view, view);
        self.history.push(previous);
    }

    fn reload_and_watch(&mut self) {
        self.load_with(true);
    }

    /// Applies the theme and text size when they changed, and follows egui's own zoom keys.
    fn sync_style(&mut self, ctx: &egui::Context) {
        let zoom_percent = (ctx.zoom_factor() * 100.0).round() as u32;
        if let Some((_, applied_zoom)) = self.applied
            && zoom_percent != applied_zoom
        {
            // Ctrl +/− changed the zoom: keep it within the range and remember it.
            self.state.text_size =
                zoom_percent.clamp(*TEXT_SIZE_RANGE.start(), *TEXT_SIZE_RANGE.end());
            if self.state.text_size != zoom_percent {
                // Past the range's end: set the zoom back to the setting.
                self.applied = None;
            }
        }
        let wanted = (self.state.theme, self.state.text_size);
        if self.applied != Some(wanted) {
            self.state.theme.apply(ctx);
            ctx.set_zoom_factor(self.state.text_size as f32 / 100.0);
            self.applied = Some(wanted);
        }
    }

    /// Reads what the views show but do not load themselves: the draft of the workshop selected
    /// in the library.
    fn prepare_views(&mut self) {
        if matches!(self.view, View::Library)
            && let Some(Selection::Workshop(id)) = &self.selection
            && self.library.workshop(id).is_some()
        {
            let id = id.clone();
            self.load_draft(&id);
        }
    }

    /// What the views draw from in this frame: shared references to the app's state, and the
    /// views' own state to change.
    pub fn view_context(&mut self) -> ui::Ctx<'_> {
        let now = self.now();
        ui::Ctx {
            state: ui::Prefs {
                language: self.state.language,
                theme: self.state.theme,
                text_size: self.state.text_size,
                home_all_languages: self.state.home_all_languages,
                added: &self.state.added,
            },
            library: &self.library,
            view: &mut self.view,
            selection: &self.selection,
            library_view: &mut self.library_view,
            folder: &self.folder,
            folder_input: &mut self.folder_input,
            folder_error: &self.folder_error,
            ignored_drops: &self.ignored_drops,
            loaded_at: &self.loaded_at,
            watch_error: &self.watch_error,
            export_job: &self.export_job,
            last_export: &self.last_export,
            exports_ended: self.exports_ended,
            reveal_error: &self.reveal_error,
            dialog_error: &self.dialog_error,
            session: &self.session,
            bundled: self.bundled,
            documents_created: self.documents_created,
            documents_error: &self.documents_error,
            desktop: &self.desktop,
            unfinished: &self.unfinished,
            past_sessions: &self.past_sessions,
            session_error: &self.session_error,
            exports_dir: &self.exports_dir,
            pending_start: &self.pending_start,
            toast: &self.toast,
            drafts: &self.drafts,
            listing_error: &self.listing_error,
            now,
            loading: self.loader.is_loading(),
            listing_sessions: self.lister.is_listing(),
            watching: self.watcher.is_some(),
            files_running: self.files_job.is_some(),
            save_error: self.saver.error(),
            read_only: self.read_only.as_deref(),
        }
    }

    /// Draws the whole window into `ui` and applies what the user asked for. The eframe entry
    /// point and the tests both call this.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.bind(&ctx);
        self.sync_style(&ctx);
        self.poll_library();
        self.poll_sessions();
        self.process_file_events(Instant::now());
        self.poll_export();
        self.poll_files();
        self.poll_desktop();
        self.tick_session(&ctx);

        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        let mut commands = Vec::new();
        if !dropped.is_empty() {
            commands.push(Command::AddPaths(dropped));
        }
        self.prepare_views();
        commands.extend(ui::shell_ui(ui, &mut self.view_context()));
        for command in commands {
            self.apply(command);
        }
        if self.first_frame {
            self.first_frame = false;
            if std::env::var_os("INNOVATIONSLEK_TIMING").is_some()
                && let Some(started) = STARTED.get()
            {
                eprintln!(
                    "innovationslek: first frame {:.1} ms after start",
                    started.elapsed().as_secs_f64() * 1000.0
                );
            }
            // For measuring the start-up against a bare window (examples/bare_window.rs).
            if std::env::var_os("INNOVATIONSLEK_EXIT_AFTER_FIRST_FRAME").is_some() {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    /// The panel colour: the panels paint no background of their own (see `ui::shell_ui`).
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.state);
        // Roles typed before the day, whose field may still have the keyboard.
        let workshops: Vec<String> = self.unsaved_drafts.iter().cloned().collect();
        for workshop in workshops {
            self.save_draft(&workshop);
        }
    }
}

/// Where an export goes by default: `exports/<name>` under the working folder, as on the
/// command line.
pub fn default_output(name: &str) -> PathBuf {
    let path = crate::paths::output_path(None, name);
    std::path::absolute(&path).unwrap_or(path)
}

/// The file the window's settings are kept in: `app.ron` in the program's data folder, beside
/// the sessions, so the program has one folder of its own. Settings that an earlier version
/// kept in the folder eframe names after the app id are moved there once.
fn settings_file() -> Option<PathBuf> {
    let file = crate::session::file::data_folder()?.join("app.ron");
    if !file.exists()
        && let Some(old) = eframe::storage_dir(crate::desktop::APP_ID).map(|d| d.join("app.ron"))
        && old.is_file()
        && let Some(parent) = file.parent()
        && std::fs::create_dir_all(parent).is_ok()
        && std::fs::copy(&old, &file).is_ok()
    {
        let _ = std::fs::remove_file(&old);
        if let Some(folder) = old.parent() {
            // Only when it is empty now.
            let _ = std::fs::remove_dir(folder);
        }
    }
    Some(file)
}

/// Opens the app's window (with `--decks DIR` as `decks`); returns when the window closes.
pub fn run(decks: Option<PathBuf>) -> anyhow::Result<()> {
    let _ = STARTED.set(Instant::now());
    let options = eframe::NativeOptions {
        persistence_path: settings_file(),
        viewport: egui::ViewportBuilder::default()
            .with_title("Innovationslek")
            .with_app_id(crate::desktop::APP_ID)
            .with_icon(crate::desktop::window_icon())
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 420.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Innovationslek",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, decks)))),
    )
    .map_err(|e| {
        // Said before any setting is read: in the system's language.
        let text = crate::i18n::Language::system().fmt(Key::NoWindow, &[("error", &e)]);
        anyhow::Error::msg(text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persisted_state_round_trips_through_ron() {
        let state = PersistedState {
            language: Language::English,
            theme: Theme::HighContrast,
            text_size: 150,
            decks_folder: Some(PathBuf::from("/tmp/lekar")),
            added: vec![PathBuf::from("/tmp/extra.deck.ron")],
            projector_open: true,
            home_all_languages: true,
        };
        let text = ron::to_string(&state).expect("serialise");
        let back: PersistedState = ron::from_str(&text).expect("deserialise");
        assert_eq!(back, state);
    }

    #[test]
    fn old_saved_state_with_missing_and_unknown_fields_still_loads() {
        let back: PersistedState =
            ron::from_str("(theme: Dark, retired_option: 3)").expect("old state");
        assert_eq!(back.theme, Theme::Dark);
        assert_eq!(back.text_size, 100);
        assert!(back.added.is_empty());
    }
}
