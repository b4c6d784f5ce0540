//! What the views ask for and which view the window shows: the [`Command`]s views return and
//! the app carries out, and the [`View`] with the view's own state.

use std::path::PathBuf;

use super::Selection;
use super::browser::BrowserState;
use super::i18n::Language;
use super::print::PrintState;
use super::theme::Theme;
use super::workshop::SessionViewState;
use crate::pdf::PdfOptions;
use crate::session::SessionCommand;

/// Text size limits in percent.
pub const TEXT_SIZE_RANGE: std::ops::RangeInclusive<u32> = 100..=200;

/// What the window shows.
#[derive(Debug, Clone)]
pub enum View {
    /// The home screen: run a workshop, continue a session, print a deck, your own folder.
    Home,
    /// Decks, workshops and broken files, with the selected one's details.
    Library,
    /// The cards of one deck.
    Browser(BrowserState),
    /// The print dialog of one deck.
    Print(PrintState),
    /// Language, theme and text size.
    Settings,
    /// The running (or finished) session, see [`crate::app::App::session`].
    Session(SessionViewState),
}

/// What the user asked for; views return these, [`crate::app::App::apply`] carries them out.
#[must_use]
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select an item in the library list.
    Select(Selection),
    /// Show the cards of the deck with this id.
    BrowseDeck(String),
    /// Show one card of a deck large, in the card browser.
    ShowCard {
        /// The deck's id.
        deck_id: String,
        /// The card's id.
        card_id: String,
    },
    /// Open the print dialog of the deck with this id.
    PrintDeck(String),
    /// Export a deck as PDF in the background.
    ExportDeck {
        /// The deck's id.
        deck_id: String,
        /// The export options.
        options: PdfOptions,
        /// The output file.
        path: PathBuf,
    },
    /// Export the duplex calibration sheet in the background.
    ExportTestSheet {
        /// Paper, backs and offset are used.
        options: PdfOptions,
        /// The output file.
        path: PathBuf,
    },
    /// Export a workshop's facilitator guide in the background.
    ExportGuide {
        /// The workshop's id.
        workshop_id: String,
        /// The start time as typed (`HH:MM`).
        start: String,
        /// The output file.
        path: PathBuf,
    },
    /// Open the folder of this file in the system's file manager.
    RevealFolder(PathBuf),
    /// Show the settings.
    ShowSettings,
    /// Show the library.
    ShowLibrary,
    /// Show the home screen.
    ShowHome,
    /// Show an item in the library (a workshop's page, to start it; a file's problems).
    ShowInLibrary(Selection),
    /// Choose the user's folder with the system's folder dialog.
    ChooseFolder,
    /// Choose where a PDF is saved with the system's save dialog; the answer goes to the
    /// print dialog's output field.
    ChooseSaveFile(PathBuf),
    /// Open a file (a PDF, a summary) with the system's default program.
    OpenFile(PathBuf),
    /// Copy a text (a path) to the clipboard.
    CopyText(String),
    /// Go back to the previous view.
    Back,
    /// Change the interface language.
    SetLanguage(Language),
    /// Change the theme.
    SetTheme(Theme),
    /// Change the text size (percent).
    SetTextSize(u32),
    /// List the bundled workshops and decks of every language on the home screen (`true`) or
    /// only those in the interface's language.
    SetHomeAllLanguages(bool),
    /// Use another decks folder.
    OpenFolder(PathBuf),
    /// Add files or folders (dropped on the window).
    AddPaths(Vec<PathBuf>),
    /// Remove an added file or folder.
    RemovePath(PathBuf),
    /// Read every file again.
    Reload,
    /// Start a new session of a workshop.
    StartSession {
        /// The workshop's id.
        workshop_id: String,
        /// The planned start as typed (`HH:MM`).
        start: String,
        /// The seed as typed.
        seed: String,
    },
    /// Open a saved session by its id (to resume it, or to see its summary).
    OpenSession(String),
    /// Show the open session again.
    ShowSession,
    /// Do something in the open session.
    Session(SessionCommand),
    /// Write the open session's summary as Markdown and PDF into the exports folder.
    ExportSummary,
    /// Write the open session's follow-up dates and due dates as a calendar (`.ics`) into the
    /// exports folder.
    ExportCalendar,
    /// Write the open session's summary as a Word protocol (`.docx`) into the exports folder.
    ExportDocx,
    /// Start the follow-up workshop from the saved session with this id: its open action plan
    /// rows are carried over.
    StartFollowUp(String),
    /// Open or close the projector window.
    ToggleProjector,
    /// Full screen for the room: the projector window if it is open, otherwise this window.
    ToggleFullscreen,
    /// Show or hide the keyboard shortcuts.
    ToggleHelp,
    /// Remember the text typed in a list field's "new item" box.
    SetNewItem(String, String),
    /// Remember the text typed for a role (who has it).
    SetRoleInput(String, String),
    /// Before the day: tick a workshop's preparation item, or take the tick off (kept in the
    /// workshop's draft until a session starts).
    SetPrepared {
        /// The workshop's id.
        workshop: String,
        /// The item, as written in the workshop.
        item: String,
        /// Ticked.
        done: bool,
    },
    /// Before the day: write down who has a role (kept in the workshop's draft).
    SetDraftRole {
        /// The workshop's id.
        workshop: String,
        /// The role.
        role: String,
        /// Who has it.
        people: String,
    },
    /// Save a workshop's draft now (a role field was left).
    SaveDraft(String),
    /// Change the session view's own state (rail, blank screen, open card, …).
    SessionView(super::workshop::ViewChange),
    /// Make the read-only session (open in another window) a copy of its own to work on.
    OpenSessionCopy,
    /// Answer the question asked when another workshop was started while a session runs:
    /// `true` starts it (the running one stays saved and can be resumed), `false` keeps the
    /// running one.
    ConfirmStart(bool),
}
