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

use crate::i18n::{Localized, UserMessage};
use crate::jobs::{ExportDone, ExportJob, SessionSaver};
use crate::model::{Deck, Library, LoadOptions, Loaded, Severity, Workshop};
use crate::session::{Session, SessionCommand, SessionEvent, SessionListing, SessionStore};
use crate::ui::browser::BrowserState;
use crate::ui::i18n::{Key, Language};
use crate::ui::library::LibraryViewState;
use crate::ui::print::PrintState;
use crate::ui::theme::Theme;
use crate::ui::workshop::SessionViewState;
use crate::ui::{self, Selection};

pub use crate::active::{
    ActiveSession, FLASH_SECONDS, PendingStart, next_quarter_hour, planned_start_at,
};
pub use crate::ui::command::{Command, TEXT_SIZE_RANGE, View};

mod apply;
mod error;
mod files;
mod library;
mod session;
mod state;

use crate::watch::{Debounce, Due, FolderWatcher};
pub use error::AppError;
use files::{FilesJob, FilesKind};
pub use state::PersistedState;

/// The key under which eframe stores [`PersistedState`].
pub const STORAGE_KEY: &str = eframe::APP_KEY;

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
    pub folder_error: Option<UserMessage>,
    /// Dropped paths that were not used.
    pub ignored_drops: Vec<PathBuf>,
    /// When the library was last loaded, as a local clock time.
    pub loaded_at: String,
    /// Why the folder cannot be watched, if it cannot.
    pub watch_error: Option<UserMessage>,
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
    pub reveal_error: Option<(PathBuf, UserMessage)>,
    /// Why the last file or folder dialog could not be shown.
    pub dialog_error: Option<UserMessage>,
    /// The session being run or looked at.
    pub session: Option<ActiveSession>,
    /// Whether the bundled decks and workshops are part of the library.
    pub bundled: bool,
    /// The user's own folder in their documents, when the system has one.
    pub documents: Option<PathBuf>,
    /// Whether the user's folder was created at this start (the home screen says so).
    pub documents_created: bool,
    /// Why the user's folder could not be created.
    pub documents_error: Option<UserMessage>,
    /// Folder and save dialogs and the opener, running in the background.
    pub desktop: crate::desktop::Desktop,
    /// Where sessions are saved; `None` when the system names no data folder.
    pub store: Option<SessionStore>,
    /// Unfinished sessions of the store, newest first, offered for resuming.
    pub unfinished: Vec<SessionListing>,
    /// Every session of the store, newest first.
    pub past_sessions: Vec<SessionListing>,
    /// Why the last session action failed.
    pub session_error: Option<UserMessage>,
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
    pub listing_error: Option<UserMessage>,
    /// The lock file of the open session, while this program has it open for writing.
    session_lock: Option<crate::session::file::SessionLock>,
    /// Why the open session is not saved: another running program has it open.
    read_only: Option<UserMessage>,
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
                Err(source) => {
                    documents_error = Some(UserMessage::new(AppError::Write {
                        path: dir.clone(),
                        source,
                    }));
                }
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

    /// The time now: the system clock, or [`App::clock_override`] when set.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock_override.unwrap_or_else(Utc::now)
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

    fn show(&mut self, view: View) {
        let previous = std::mem::replace(&mut self.view, view);
        self.history.push(previous);
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
            read_only: self.read_only.as_ref(),
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
        let mut text = crate::i18n::Language::system()
            .tr(Key::NoWindow)
            .to_string();
        if crate::i18n::wants_technical_detail() {
            text = format!("{text}\n{e:?}");
        }
        anyhow::Error::msg(text)
    })
}
