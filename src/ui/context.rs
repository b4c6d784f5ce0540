//! What a view is given to draw from: [`Ctx`], built by the app each frame from its own
//! fields. Views read the library, the settings, the open session and what went wrong through
//! shared references; they change only their own state (the current [`View`]'s, the library
//! view's, the folder field) and ask for everything else with a [`Command`](super::Command).

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, Utc};

use super::Selection;
use super::command::View;
use super::i18n::{Key, Language};
use super::library::LibraryViewState;
use super::theme::Theme;
use super::workshop::Toast;
use crate::active::{ActiveSession, PendingStart};
use crate::i18n::{Localized, UserMessage};
use crate::jobs::{ExportDone, ExportError, ExportJob};
use crate::model::{Deck, Library, Loaded, Workshop};
use crate::session::SessionListing;
use crate::session::draft::SessionDraft;

/// The settings as the views read them.
#[derive(Debug, Clone, Copy)]
pub struct Prefs<'a> {
    /// The interface language.
    pub language: Language,
    /// The colour theme.
    pub theme: Theme,
    /// Text size in percent.
    pub text_size: u32,
    /// The home screen lists the bundled workshops and decks of every language.
    pub home_all_languages: bool,
    /// Files and folders added by dropping them on the window.
    pub added: &'a Vec<PathBuf>,
}

/// Everything a view draws from, for one frame. The field names are those of the app's fields
/// they come from (see [`crate::app::App`]).
pub struct Ctx<'a> {
    /// The settings.
    pub state: Prefs<'a>,
    /// Everything loaded from the folder and the added paths.
    pub library: &'a Library,
    /// The current view, with its own state.
    pub view: &'a mut View,
    /// The item selected in the library list.
    pub selection: &'a Option<Selection>,
    /// The library view's own state.
    pub library_view: &'a mut LibraryViewState,
    /// The decks folder in use.
    pub folder: &'a PathBuf,
    /// The text of the folder field.
    pub folder_input: &'a mut String,
    /// Why the last folder typed could not be opened.
    pub folder_error: &'a Option<UserMessage>,
    /// Dropped paths that were not used.
    pub ignored_drops: &'a Vec<PathBuf>,
    /// When the library was last loaded, as a local clock time.
    pub loaded_at: &'a str,
    /// Why the folder cannot be watched, if it cannot.
    pub watch_error: &'a Option<UserMessage>,
    /// The export running in the background.
    pub export_job: &'a Option<ExportJob>,
    /// The outcome of the last export.
    pub last_export: &'a Option<Result<ExportDone, ExportError>>,
    /// How many exports have ended.
    pub exports_ended: u64,
    /// The file or folder that could not be opened with the system's program, and why.
    pub reveal_error: &'a Option<(PathBuf, UserMessage)>,
    /// Why the last file or folder dialog could not be shown.
    pub dialog_error: &'a Option<UserMessage>,
    /// The session being run or looked at.
    pub session: &'a Option<ActiveSession>,
    /// Whether the bundled decks and workshops are part of the library.
    pub bundled: bool,
    /// Whether the user's folder was created at this start.
    pub documents_created: bool,
    /// Why the user's folder could not be created.
    pub documents_error: &'a Option<UserMessage>,
    /// Folder and save dialogs and the opener.
    pub desktop: &'a crate::desktop::Desktop,
    /// Unfinished sessions, newest first.
    pub unfinished: &'a Vec<SessionListing>,
    /// Every session of the store, newest first.
    pub past_sessions: &'a Vec<SessionListing>,
    /// Why the last session action failed.
    pub session_error: &'a Option<UserMessage>,
    /// Where exports are written by default.
    pub exports_dir: &'a PathBuf,
    /// A start asked for while another session runs, waiting for an answer.
    pub pending_start: &'a Option<PendingStart>,
    /// What the last session action did, shown briefly with how to undo it.
    pub toast: &'a Option<Toast>,
    /// What was prepared before the day, per workshop id.
    pub drafts: &'a BTreeMap<String, SessionDraft>,
    /// Why the last background listing gave no list.
    pub listing_error: &'a Option<UserMessage>,
    /// The time of this frame.
    pub now: DateTime<Utc>,
    /// Whether the library is being read in the background.
    pub loading: bool,
    /// Whether the session folder is being read in the background.
    pub listing_sessions: bool,
    /// Whether files are being watched for changes.
    pub watching: bool,
    /// Whether a session's files are being written.
    pub files_running: bool,
    /// Why the last autosave failed, if it did.
    pub save_error: Option<UserMessage>,
    /// Why the open session is read-only, if it is.
    pub read_only: Option<&'a UserMessage>,
}

impl<'a> Ctx<'a> {
    /// The text of `key` in the interface language.
    pub fn tr(&self, key: Key) -> crate::i18n::Text {
        self.state.language.tr(key)
    }

    /// The time of this frame.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Whether the library is being read in the background (the views show "Läser in…").
    pub fn is_loading(&self) -> bool {
        self.loading
    }

    /// Whether the session folder is being read in the background.
    pub fn is_listing_sessions(&self) -> bool {
        self.listing_sessions
    }

    /// Whether files are being watched for changes.
    pub fn is_watching(&self) -> bool {
        self.watching
    }

    /// Whether a session's files are being written.
    pub fn files_running(&self) -> bool {
        self.files_running
    }

    /// Why the last autosave failed, if it did.
    pub fn save_error(&self) -> Option<&UserMessage> {
        self.save_error.as_ref()
    }

    /// What `message` says in the interface language (errors and notices are kept as values
    /// and worded when drawn, so they follow a change of language).
    pub fn say(&self, message: &impl Localized) -> String {
        message.message(self.state.language)
    }

    /// Why the open session is read-only (another running program has it open), if it is.
    pub fn read_only(&self) -> Option<&UserMessage> {
        self.read_only
    }

    /// Where an export named `name` goes by default: the exports folder.
    pub fn output_path(&self, name: &str) -> PathBuf {
        self.exports_dir.join(name)
    }

    /// Whether the decks folder exists.
    pub fn folder_exists(&self) -> bool {
        self.folder.is_dir()
    }

    /// The loaded decks as the library lists them (see [`decks_in_order`]).
    pub fn decks_in_order(&self) -> Vec<&'a Loaded<Deck>> {
        decks_in_order(self.library, self.state.language)
    }

    /// The loaded workshops as the library lists them (see [`workshops_in_order`]).
    pub fn workshops_in_order(&self) -> Vec<&'a Loaded<Workshop>> {
        workshops_in_order(self.library, self.state.language)
    }

    /// The follow-up workshop for a session of `workshop` (see
    /// [`crate::active::follow_up_workshop`]).
    pub fn follow_up_workshop(&self, workshop: &str) -> Option<&'a str> {
        crate::active::follow_up_workshop(self.library, workshop)
    }
}

/// The loaded decks as the library lists them: those in `language` first, otherwise in path
/// order.
pub fn decks_in_order(library: &Library, language: Language) -> Vec<&Loaded<Deck>> {
    let mut decks: Vec<&Loaded<Deck>> = library.decks.iter().collect();
    decks.sort_by_key(|d| !language.matches(&d.value.language));
    decks
}

/// The loaded workshops as the library lists them: those in `language` first, otherwise in
/// path order.
pub fn workshops_in_order(library: &Library, language: Language) -> Vec<&Loaded<Workshop>> {
    let mut workshops: Vec<&Loaded<Workshop>> = library.workshops.iter().collect();
    workshops.sort_by_key(|w| !language.matches(&w.value.language));
    workshops
}
